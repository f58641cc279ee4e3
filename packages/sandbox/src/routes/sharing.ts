import { TransferOwnershipRequest } from '@qmi/core';
import { Hono } from 'hono';
import { callOf, etagOf, loadApplication, requireOwnerOf } from '../http/access.js';
import { requireAccount } from '../http/auth.js';
import { readBody } from '../http/body.js';
import type { AppEnv } from '../http/env.js';
import { ProblemError, say } from '../http/problem.js';
import { ownershipMail } from '../mail/invitation-mails.js';

/**
 * Who edits a dossier: the owner and the editors they invited (routes/invitations.ts). The owner removes
 * editors and hands the dossier to one of them; an editor may leave. Each change is in the history.
 */
export const sharingRoutes = new Hono<AppEnv>();

sharingRoutes.get('/v1/applications/:id/collaborators', (c) => {
  const application = loadApplication(c, requireAccount(c), c.req.param('id'));
  return c.json({ data: c.get('deps').store.applications.collaborators(application.id) });
});

/** The owner removes an editor; an editor removes themself (leaves). */
sharingRoutes.delete('/v1/applications/:id/collaborators/:accountId', (c) => {
  const account = requireAccount(c);
  const application = loadApplication(c, account, c.req.param('id'));
  const target = c.req.param('accountId');
  const { store, clock } = c.get('deps');
  const leaving = target === account.id;
  if (leaving && application.ownerId === account.id) {
    // The dossier always has an owner: they hand it over first (or withdraw it).
    throw new ProblemError('role_required', {
      detail: say(
        c,
        'Le propriétaire ne peut pas quitter son dossier : transférez d’abord la propriété à un éditeur, ou retirez le dossier.',
        'The owner cannot leave their dossier: transfer its ownership to an editor first, or withdraw it.',
      ),
      extra: { requiredRole: 'editor', yourRole: 'owner' },
    });
  }
  if (!leaving) requireOwnerOf(c, account, application, 'remove-editor', { organisers: 'refuse' });
  const now = clock.now().toISOString();
  const removed = store.transaction(() => {
    if (!store.applications.removeCollaborator(application.id, target)) return false;
    store.history.record(
      application.id,
      leaving
        ? { action: 'editor_left', actorId: account.id, actorRole: 'editor' }
        : { action: 'editor_removed', actorId: account.id, actorRole: 'owner', details: { accountId: target } },
      now,
    );
    return true;
  });
  if (!removed) throw new ProblemError('not_found');
  return c.body(null, 204);
});

/**
 * The owner hands the dossier to one of its editors, and stays on as an editor. A dossier that holds
 * the commune's place goes only to someone verified for the commune: otherwise an unverified account
 * would hold the place. An editor verified for the commune takes the place with the dossier if it is free.
 */
sharingRoutes.post('/v1/applications/:id/ownership', async (c) => {
  const account = requireAccount(c);
  const application = loadApplication(c, account, c.req.param('id'));
  requireOwnerOf(c, account, application, 'transfer', { organisers: 'refuse' });
  const { accountId } = await readBody(c, TransferOwnershipRequest);
  const { store, clock } = c.get('deps');
  const editor = store.applications
    .collaborators(application.id)
    .find((entry) => entry.accountId === accountId && entry.role === 'editor');
  const newOwner = editor && store.accounts.byId(accountId);
  if (!newOwner) {
    throw new ProblemError('validation_failed', {
      errors: [
        {
          path: 'accountId',
          code: 'not_an_editor',
          message: say(
            c,
            'La propriété se transfère à un éditeur du dossier : invitez d’abord cette personne.',
            'Ownership goes to an editor of the dossier: invite this person first.',
          ),
        },
      ],
    });
  }
  const verified = store.accounts.isVerifiedFor(newOwner.id, application.commune);
  if (application.holdsPlace && !verified) {
    throw new ProblemError('commune_not_verified', {
      detail: say(
        c,
        'Ce dossier tient la place de la commune : il ne peut passer qu’à une personne vérifiée pour la commune.',
        "This dossier holds the commune's place: it can only go to someone verified for the commune.",
      ),
      extra: { commune: application.commune },
    });
  }
  const ownDossier = store.applications.ownLiveFor(application.callId, application.commune, newOwner.id);
  if (ownDossier) {
    throw new ProblemError('application_exists', {
      detail: say(
        c,
        'Cet éditeur a déjà son propre dossier pour cette commune et cet appel : il doit le retirer avant de recevoir celui-ci.',
        'This editor already has their own dossier for this commune and call: they must withdraw it before receiving this one.',
      ),
    });
  }
  const now = clock.now().toISOString();
  const call = callOf(c, application.callId);
  store.transaction(() => {
    const current = store.applications.get(application.id)!;
    const takesPlace =
      !current.holdsPlace && verified && !store.applications.placeHolder(current.callId, current.commune);
    store.applications.setOwner(current.id, newOwner.id, current.holdsPlace || takesPlace, current.revision, now);
    store.applications.removeCollaborator(current.id, newOwner.id);
    store.applications.addCollaborator(current.id, account.id, now);
    store.history.record(
      current.id,
      {
        action: 'ownership_transferred',
        actorId: account.id,
        actorRole: 'owner',
        details: { from: account.id, to: newOwner.id },
      },
      now,
    );
    if (takesPlace) store.history.record(current.id, { action: 'place_taken', actorRole: 'platform' }, now);
    store.outbox.enqueue(
      ownershipMail({
        to: newOwner.email,
        lang: newOwner.lang,
        accountId: newOwner.id,
        previousOwnerEmail: account.email,
        dossier: { commune: current.commune, call },
      }),
      now,
    );
  });
  const transferred = store.applications.get(application.id)!;
  return c.json(transferred, 200, { etag: etagOf(transferred) });
});
