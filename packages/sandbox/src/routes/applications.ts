import {
  type Application,
  applicationContent,
  applyMergePatch,
  ApplicationDraftContent,
  ApplicationStatus,
  CreateApplicationRequest,
  isEditable,
  isJsonObject,
  jsonEqual,
  SERVER_FIELDS,
  withContent,
} from '@qmi/core';
import { Hono, type Context } from 'hono';
import {
  callOf,
  etagOf,
  ifMatchRevision,
  loadApplication,
  requireWindowOpen,
  revisionMismatch,
} from '../http/access.js';
import { requireEligibleCommune } from '../http/rules.js';
import { requireAccount } from '../http/auth.js';
import { readBody, readJson, validate } from '../http/body.js';
import type { AppEnv } from '../http/env.js';
import { ProblemError, say } from '../http/problem.js';
import { decodeCursor, encodeCursor, pageLimit } from '../http/pagination.js';
import { z } from 'zod';

export const applicationRoutes = new Hono<AppEnv>();

const MERGE_PATCH_TYPES = ['application/merge-patch+json', 'application/json'];

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
  status: ApplicationStatus.optional(),
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
  const application = loadApplication(c, requireAccount(c), c.req.param('id'), { reviewers: 'allow' });
  if (c.req.header('if-none-match') === etagOf(application)) {
    c.header('etag', etagOf(application));
    return c.body(null, 304);
  }
  return withEtag(c, application);
});

/** Which server-owned fields a patch tries to write: they are refused, never silently dropped. */
const readOnlyErrors = (c: Context<AppEnv>, patch: Record<string, unknown>) =>
  SERVER_FIELDS.filter((field) => field in patch).map((field) => ({
    path: field,
    code: 'read_only',
    message: say(c, 'Ce champ est géré par la plateforme.', 'This field is managed by the platform.'),
  }));

applicationRoutes.patch('/v1/applications/:id', async (c) => {
  const account = requireAccount(c);
  const id = c.req.param('id');
  const current = loadApplication(c, account, id);
  if (account.role !== 'applicant') throw new ProblemError('forbidden');
  const expected = ifMatchRevision(c);
  if (expected === undefined) throw new ProblemError('precondition_required', { headers: { etag: etagOf(current) } });

  const patch = await readJson(c, MERGE_PATCH_TYPES);
  if (!isJsonObject(patch)) {
    throw new ProblemError('validation_failed', {
      errors: [
        { path: '', code: 'invalid_type', message: say(c, 'Un objet JSON est attendu.', 'A JSON object is expected.') },
      ],
    });
  }
  const readOnly = readOnlyErrors(c, patch);
  if (readOnly.length) throw new ProblemError('validation_failed', { errors: readOnly });
  if (expected !== '*' && expected !== current.revision) throw revisionMismatch(c, current);
  if (!isEditable(current.status))
    throw new ProblemError('not_editable', { extra: { applicationStatus: current.status } });
  // Edits after the deadline are refused for drafts; a dossier whose changes the organisers asked for may still be completed.
  requireWindowOpen(c, callOf(c, current.callId), current.status);

  const before = applicationContent(current);
  const next = validate(c, ApplicationDraftContent, applyMergePatch(before, patch));
  if (jsonEqual(before, next)) return withEtag(c, current);
  const { store, clock } = c.get('deps');
  const updatedAt = clock.now().toISOString();
  if (!store.applications.saveContent(id, next, current.revision, updatedAt)) {
    throw revisionMismatch(c, store.applications.get(id)!);
  }
  // The saved row is known without reading it back: a dossier is large and autosave is the hot path.
  return withEtag(c, { ...withContent(current, next), revision: current.revision + 1, updatedAt });
});
