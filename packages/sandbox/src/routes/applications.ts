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
  const call = callOf(c, c.req.param('callId'));
  const { commune: given } = await readBody(c, CreateApplicationRequest);
  requireWindowOpen(c, call);
  const commune = requireEligibleCommune(c, call, given);
  const { store, clock } = c.get('deps');
  const created = store.applications.create(call.id, commune, account.id, clock.now().toISOString());
  if (!created) {
    const existing = store.applications.liveFor(call.id, commune);
    const visible = existing && store.applications.canAccess(existing.id, account.id);
    throw new ProblemError('application_exists', {
      detail: say(
        c,
        visible ? 'Reprenez le dossier existant.' : 'Demandez à la personne qui l’a créé de vous le partager.',
        visible ? 'Resume the existing application.' : 'Ask the person who created it to share it with you.',
      ),
      extra: visible ? { existingApplicationId: existing.id } : {},
    });
  }
  c.header('location', `/v1/applications/${created.id}`);
  return withEtag(c, created, 201);
});

const ListQuery = z.object({
  call: z.string().optional(),
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
    status: query.status,
    afterSeq: decodeCursor(c, query.cursor),
    limit: pageLimit(c, query.limit),
  });
  return c.json({ data: rows, ...(more && lastSeq !== undefined ? { nextCursor: encodeCursor(lastSeq) } : {}) });
});

applicationRoutes.get('/v1/applications/:id', (c) => {
  const application = loadApplication(c, requireAccount(c), c.req.param('id'));
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
