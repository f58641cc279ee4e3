import { ReassignRequest } from '@qmi/core';
import { Hono } from 'hono';
import { etagOf, loadApplication, revisionMismatch } from '../http/access.js';
import { requireAccount, requireOrganiser } from '../http/auth.js';
import { readBody } from '../http/body.js';
import type { AppEnv } from '../http/env.js';
import { ProblemError, say } from '../http/problem.js';
import { communeLabel, reassignmentMail } from '../mail/commune-mails.js';
import { historyFor } from '../review/history-visibility.js';

/**
 * Who holds a commune's dossier: a verified agent joins the dossier that holds the place, organisers
 * give a dossier to another account, and everyone involved reads its history.
 */
export const communeDossierRoutes = new Hono<AppEnv>();

/**
 * A verified agent of the commune joins, as editor, the dossier that holds its place (the one their
 * creation was refused for, with `joinable: true`). Joining again answers the dossier as it is.
 */
communeDossierRoutes.post('/v1/applications/:id/join', (c) => {
  const account = requireAccount(c);
  if (account.role !== 'applicant') throw new ProblemError('forbidden');
  if (account.email_verified_at === null) throw new ProblemError('email_unverified');
  const { store, clock } = c.get('deps');
  const id = c.req.param('id');
  const application = store.applications.get(id);
  if (!application) throw new ProblemError('not_found');
  if (store.applications.canAccess(id, account.id)) return c.json(application);
  if (!store.accounts.isVerifiedFor(account.id, application.commune)) {
    throw new ProblemError('commune_not_verified', {
      detail: say(
        c,
        `Seuls les agents vérifiés pour ${communeLabel(application.commune)} peuvent rejoindre ce dossier.`,
        `Only agents verified for ${communeLabel(application.commune)} may join this dossier.`,
      ),
      extra: { commune: application.commune },
    });
  }
  // Only the commune's own dossier can be joined; the drafts of unverified accounts stay theirs.
  if (!application.holdsPlace || application.status === 'withdrawn') throw new ProblemError('not_found');
  const now = clock.now().toISOString();
  store.transaction(() => {
    store.applications.addCollaborator(id, account.id, now);
    store.history.record(id, { action: 'editor_joined', actorId: account.id, actorRole: 'editor' }, now);
  });
  return c.json(store.applications.get(id)!);
});

/**
 * Organisers give a dossier to another applicant (the town hall's verified agent, when someone else
 * took it): the new owner holds the commune's place if verified for it and the place is this
 * dossier's or free; the previous owner loses access; both are told by e-mail, with the reason.
 */
communeDossierRoutes.post('/v1/applications/:id/reassignment', async (c) => {
  const organiser = requireOrganiser(c);
  const current = loadApplication(c, organiser, c.req.param('id'));
  const { accountId, reason } = await readBody(c, ReassignRequest);
  const { store, clock } = c.get('deps');
  const target = store.accounts.byId(accountId);
  if (!target || target.role !== 'applicant' || target.deleted_at !== null || target.id === current.ownerId) {
    throw new ProblemError('validation_failed', {
      errors: [
        {
          path: 'accountId',
          code: 'invalid_account',
          message: say(
            c,
            'Indiquez le compte d’un candidat, autre que le propriétaire actuel.',
            'Give the account of an applicant other than the current owner.',
          ),
        },
      ],
    });
  }
  if (current.status === 'withdrawn') {
    throw new ProblemError('invalid_transition', {
      detail: say(c, 'Un dossier retiré ne peut pas être réattribué.', 'A withdrawn dossier cannot be reassigned.'),
      extra: { applicationStatus: current.status, action: 'reassign' },
    });
  }
  const own = store.applications.ownLiveFor(current.callId, current.commune, target.id);
  if (own) {
    throw new ProblemError('application_exists', {
      detail: say(
        c,
        'Ce compte a déjà un dossier pour cette commune et cet appel : retirez-le d’abord.',
        'This account already has a dossier for this commune and call: withdraw it first.',
      ),
      extra: { existingApplicationId: own.id },
    });
  }
  const verified = store.accounts.isVerifiedFor(target.id, current.commune);
  const holdsPlace =
    verified && (current.holdsPlace || !store.applications.placeHolder(current.callId, current.commune));
  const previous = store.accounts.byId(current.ownerId);
  const now = clock.now().toISOString();
  const reassigned = store.transaction(() => {
    if (!store.applications.setOwner(current.id, target.id, holdsPlace, current.revision, now)) return undefined;
    // An editor who becomes owner is no longer listed as editor.
    store.applications.removeCollaborator(current.id, target.id);
    store.history.record(
      current.id,
      {
        action: 'reassigned',
        actorId: organiser.id,
        actorRole: 'organiser',
        reason,
        details: { fromAccountId: current.ownerId, toAccountId: target.id },
      },
      now,
    );
    if (current.holdsPlace && !holdsPlace) store.applications.fillPlace(current.callId, current.commune, now);
    store.outbox.enqueue(reassignmentMail(target, current.commune, reason, true), now);
    if (previous) store.outbox.enqueue(reassignmentMail(previous, current.commune, reason, false), now);
    return store.applications.get(current.id)!;
  });
  if (!reassigned) throw revisionMismatch(c, store.applications.get(current.id)!);
  c.header('etag', etagOf(reassigned));
  return c.json(reassigned);
});

/**
 * Who did what to the dossier, when and why: its owner, editors and the organisers read it; the
 * committee's lines (reviewers assigned, conflicts, assessments) are the organisers' only.
 */
communeDossierRoutes.get('/v1/applications/:id/history', (c) => {
  const account = requireAccount(c);
  const application = loadApplication(c, account, c.req.param('id'));
  return c.json({ data: historyFor(account.role, c.get('deps').store.history.list(application.id)) });
});
