import { AddCollaboratorRequest } from '@qmi/core';
import { Hono, type Context } from 'hono';
import { loadApplication, requireOwnerOf } from '../http/access.js';
import { requireAccount } from '../http/auth.js';
import { readBody } from '../http/body.js';
import type { AppEnv } from '../http/env.js';
import { ProblemError } from '../http/problem.js';

/** The owner shares a dossier with colleagues of the same commune, as co-editors. */
export const sharingRoutes = new Hono<AppEnv>();

function requireOwner(c: Context<AppEnv>) {
  const account = requireAccount(c);
  const application = loadApplication(c, account, c.req.param('id')!);
  requireOwnerOf(c, account, application, 'share');
  // An organiser sees every dossier but does not choose a commune's editors.
  if (application.ownerId !== account.id) throw new ProblemError('forbidden');
  return application;
}

sharingRoutes.get('/v1/applications/:id/collaborators', (c) => {
  const application = loadApplication(c, requireAccount(c), c.req.param('id'));
  return c.json({ data: c.get('deps').store.applications.collaborators(application.id) });
});

sharingRoutes.post('/v1/applications/:id/collaborators', async (c) => {
  const application = requireOwner(c);
  const { email } = await readBody(c, AddCollaboratorRequest);
  const { store, clock } = c.get('deps');
  const colleague = store.accounts.byEmail(email);
  if (!colleague || colleague.role !== 'applicant') throw new ProblemError('account_not_found');
  if (store.applications.canAccess(application.id, colleague.id)) throw new ProblemError('already_collaborator');
  store.applications.addCollaborator(application.id, colleague.id, clock.now().toISOString());
  const added = store.applications.collaborators(application.id).find((entry) => entry.accountId === colleague.id);
  return c.json(added, 201);
});

sharingRoutes.delete('/v1/applications/:id/collaborators/:accountId', (c) => {
  const application = requireOwner(c);
  if (!c.get('deps').store.applications.removeCollaborator(application.id, c.req.param('accountId')))
    throw new ProblemError('not_found');
  return c.body(null, 204);
});
