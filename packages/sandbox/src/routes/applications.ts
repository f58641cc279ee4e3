import {
  type Application,
  applicationContent,
  ApplicationDraftContent,
  ApplicationStatus,
  CreateApplicationRequest,
  isEditable,
  jsonEqual,
  withContent,
} from '@qmi/core';
import { Hono, type Context } from 'hono';
import {
  callOf,
  etagOf,
  ifMatchRevision,
  loadApplicationJson,
  requireWindowOpen,
  revisionMismatch,
} from '../http/access.js';
import { requireEligibleCommune } from '../http/rules.js';
import { requireAccount } from '../http/auth.js';
import { readBody, readJson, validate } from '../http/body.js';
import type { AppEnv } from '../http/env.js';
import { prefersMinimal } from '../http/prefer.js';
import { ProblemError, say } from '../http/problem.js';
import { applyChange, PATCH_TYPES } from '../applications/apply-change.js';
import { keysNamedBy } from '../applications/change-keys.js';
import type { AccountRow } from '../store/accounts.js';
import type { ApplicationHead } from '../store/applications.js';
import { decodeCursor, encodeCursor, pageLimit } from '../http/pagination.js';
import { z } from 'zod';

export const applicationRoutes = new Hono<AppEnv>();

const withEtag = (c: Context<AppEnv>, application: Application, status: 200 | 201 = 200) => {
  c.header('etag', etagOf(application));
  return c.json(application, status);
};

applicationRoutes.post('/v1/calls/:callId/applications', async (c) => {
  const account = requireAccount(c);
  if (account.role !== 'applicant') throw new ProblemError('forbidden');
  // A dossier speaks for a commune: its owner must at least read the mail of the address they gave.
  if (!account.email_verified_at) throw new ProblemError('email_unverified');
  const call = callOf(c, c.req.param('callId'));
  const { commune: given } = await readBody(c, CreateApplicationRequest);
  requireWindowOpen(c, call);
  const commune = requireEligibleCommune(c, call, given);
  const { store, clock } = c.get('deps');
  // Only an account verified for the commune holds its place; anyone else's draft stands beside it.
  const verified = store.accounts.isVerifiedFor(account.id, commune);
  const now = clock.now().toISOString();
  const outcome = store.transaction(() => {
    const result = store.applications.create(call.id, commune, account.id, now, verified);
    if ('application' in result)
      store.history.record(result.application.id, { action: 'created', actorId: account.id, actorRole: 'owner' }, now);
    return result;
  });
  if ('conflict' in outcome) {
    const own = outcome.conflict === 'own';
    throw new ProblemError('application_exists', {
      detail: say(
        c,
        own
          ? 'Reprenez votre dossier existant.'
          : 'Un agent vérifié de la commune a déjà créé son dossier : rejoignez-le (POST /v1/applications/{id}/join).',
        own
          ? 'Resume your existing application.'
          : 'A verified agent of the commune already created its dossier: join it (POST /v1/applications/{id}/join).',
      ),
      extra: { existingApplicationId: outcome.existingId, ...(own ? {} : { joinable: true }) },
    });
  }
  const created = outcome.application;
  c.header('location', `/v1/applications/${created.id}`);
  return withEtag(c, created, 201);
});

const ListQuery = z.object({
  call: z.string().optional(),
  commune: z.string().optional(),
  status: z.optional(ApplicationStatus),
  limit: z.string().optional(),
  cursor: z.string().optional(),
});

applicationRoutes.get('/v1/applications', (c) => {
  const account = requireAccount(c);
  const query = validate(c, ListQuery, c.req.query());
  const { rows, lastSeq, more } = c.get('deps').store.applications.list({
    visibleTo: account.role === 'organiser' ? undefined : account.id,
    callId: query.call,
    commune: query.commune,
    status: query.status,
    afterSeq: decodeCursor(c, query.cursor),
    limit: pageLimit(c, query.limit),
  });
  return c.json({ data: rows, ...(more && lastSeq !== undefined ? { nextCursor: encodeCursor(lastSeq) } : {}) });
});

applicationRoutes.get('/v1/applications/:id', (c) => {
  // Sent as the text it is stored as: read first by every page that opens the dossier (issue 17).
  const { head, body } = loadApplicationJson(c, requireAccount(c), c.req.param('id'), { reviewers: 'allow' });
  const etag = etagOf(head);
  c.header('etag', etag);
  if (c.req.header('if-none-match') === etag) return c.body(null, 304);
  return c.body(body, 200, { 'content-type': 'application/json' });
});

/**
 * Saves a change of the dossier's content: a JSON Merge Patch (RFC 7396) or a JSON Patch (RFC 6902),
 * guarded by If-Match (428 without, 412 with the current dossier when stale). `Prefer: return=minimal`
 * (RFC 7240) answers 204 with the new ETag; otherwise 200 with the dossier.
 *
 * The hot path of every autosave, shaped by its profile (bench/autosave.bench.mjs prints where the time
 * goes): the row is read without its content; only the top-level members the change names are loaded,
 * validated (the draft schema has no rule across members, so valid members plus a valid change make a
 * valid dossier) and written, each member being its own row (store/application-members.ts): a title
 * rewrites its section's few KB, not the 90 KB dossier; the write joins the writes arriving together
 * in one transaction and one fsync (group commit), and is acknowledged only once durable.
 */
applicationRoutes.patch('/v1/applications/:id', async (c) => {
  const account = requireAccount(c);
  const id = c.req.param('id');
  const { store, clock, groupCommit } = c.get('deps');
  const head = editableHead(c, account, id);
  const expected = ifMatchRevision(c);
  if (expected === undefined)
    throw new ProblemError('precondition_required', { headers: { etag: `"${head.revision}"` } });

  const body = await readJson(c, PATCH_TYPES);
  const contentType = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  const named = keysNamedBy(contentType, body);
  const before: Record<string, unknown> =
    (named ? store.applications.contentKeys(id, named, head.revision) : store.applications.content(id)) ?? {};
  const applied = applyChange(before, contentType, body, c.get('lang'));
  if (!applied.ok) throw applied.problem;
  const { next, touched } = applied;
  if (expected !== '*' && expected !== head.revision) throw revisionMismatch(c, store.applications.get(id)!);
  if (!isEditable(head.status)) throw new ProblemError('not_editable', { extra: { applicationStatus: head.status } });
  // Edits after the deadline are refused for drafts; a dossier whose changes the organisers asked for may still be completed.
  requireWindowOpen(c, callOf(c, head.call_id), head.status);

  // Only what the change wrote, validated with the draft's own schema (all members optional, unknown refused).
  const changed: Record<string, unknown> = {};
  for (const key of touched) if (!jsonEqual(before[key], next[key])) changed[key] = next[key];
  const present = Object.fromEntries(Object.entries(changed).filter(([, value]) => value !== undefined));
  validate(c, ApplicationDraftContent, present);

  const minimal = prefersMinimal(c.req.header('prefer'));
  if (minimal) c.header('preference-applied', 'return=minimal');
  if (Object.keys(changed).length === 0) return answer(c, minimal, head.revision, () => store.applications.get(id)!);
  const updatedAt = clock.now().toISOString();
  const saved = await groupCommit.run(() => store.applications.saveKeys(id, changed, head.revision, updatedAt));
  if (!saved) throw revisionMismatch(c, store.applications.get(id)!);
  store.applications.saved(id, head.revision + 1);
  return answer(c, minimal, head.revision + 1, () => {
    // The full answer (a client that did not ask for minimal) is read back after the commit. Should a
    // later save have landed meanwhile (If-Match: *), the answer shows this change's members under its revision.
    const current = store.applications.get(id)!;
    if (current.revision === head.revision + 1) return current;
    const content = { ...applicationContent(current), ...changed } as Record<string, unknown>;
    for (const key of Object.keys(changed)) if (changed[key] === undefined) delete content[key];
    return { ...withContent(current, content), revision: head.revision + 1, updatedAt };
  });
});

/**
 * The dossier's row (without content) if this account may edit it, with loadApplication's answers:
 * 404 when it may not see it (reviewers never see drafts here, as the route does not allow them),
 * 403 for an organiser, who sees it but does not write a commune's dossier.
 */
function editableHead(c: Context<AppEnv>, account: AccountRow, id: string): ApplicationHead {
  const { applications } = c.get('deps').store;
  const found = applications.headFor(id, account.id);
  if (!found || account.role === 'reviewer') throw new ProblemError('not_found');
  if (account.role === 'organiser') throw new ProblemError('forbidden');
  if (!found.accessible) throw new ProblemError('not_found');
  return found.head;
}

/** 204 with the ETag when the client asked for return=minimal, else 200 with the dossier. */
function answer(c: Context<AppEnv>, minimal: boolean, revision: number, dossier: () => Application) {
  if (minimal) {
    c.header('etag', `"${revision}"`);
    return c.body(null, 204);
  }
  return withEtag(c, dossier());
}
