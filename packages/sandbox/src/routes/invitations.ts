import { InvitationRequest, TokenRequest } from '@qmi/core';
import { Hono } from 'hono';
import { callOf, loadApplication, requireOwnerOf } from '../http/access.js';
import { actionLink } from '../http/action-links.js';
import { requireAccount } from '../http/auth.js';
import { readBody } from '../http/body.js';
import type { AppEnv } from '../http/env.js';
import { ProblemError, say } from '../http/problem.js';
import { invitationMail } from '../mail/invitation-mails.js';

/** How long an invitation's link works: two weeks covers a colleague's holidays. */
export const INVITATION_LIFETIME_DAYS = 14;
const LIFETIME_MS = INVITATION_LIFETIME_DAYS * 24 * 60 * 60 * 1000;

/**
 * The owner invites colleagues by e-mail; they join as editors by accepting, signed in with the very
 * address invited (verified). The answer to the owner is the same whether or not the address has an
 * account: only the e-mail, which its owner alone reads, differs.
 */
export const invitationRoutes = new Hono<AppEnv>();

invitationRoutes.post('/v1/applications/:id/invitations', async (c) => {
  const account = requireAccount(c);
  const application = loadApplication(c, account, c.req.param('id'));
  requireOwnerOf(c, account, application, 'invite', { organisers: 'refuse' });
  const { email, continueUrl } = await readBody(c, InvitationRequest);
  const deps = c.get('deps');
  const { store, clock } = deps;
  // Already on the dossier: the owner sees its editors' addresses anyway, so saying so reveals nothing.
  const onDossier = store.applications
    .collaborators(application.id)
    .some((entry) => entry.email.toLowerCase() === email.toLowerCase());
  if (onDossier) throw new ProblemError('already_collaborator');
  await deps.throttle.invitation(c, account.id);
  const invitee = store.accounts.byEmail(email);
  const call = callOf(c, application.callId);
  const now = clock.now();
  const invitation = store.transaction(() => {
    const { invitation, token } = store.invitations.create(application.id, email, account.id, now, LIFETIME_MS);
    store.history.record(
      application.id,
      { action: 'invitation_sent', actorId: account.id, actorRole: 'owner', details: { email: invitation.email } },
      now.toISOString(),
    );
    store.outbox.enqueue(
      invitationMail({
        to: invitation.email,
        // The invitee's own language when they chose one; otherwise the language the owner writes in.
        lang: invitee ? invitee.lang : c.get('lang'),
        accountId: invitee?.id,
        inviterEmail: account.email,
        dossier: { commune: application.commune, call },
        link: actionLink(deps, 'accept-invitation', token, continueUrl),
        lifetimeDays: INVITATION_LIFETIME_DAYS,
      }),
      now.toISOString(),
    );
    return invitation;
  });
  return c.json(invitation, 201, {
    location: `/v1/applications/${encodeURIComponent(application.id)}/invitations/${encodeURIComponent(invitation.id)}`,
  });
});

invitationRoutes.get('/v1/applications/:id/invitations', (c) => {
  const application = loadApplication(c, requireAccount(c), c.req.param('id'));
  const { store, clock } = c.get('deps');
  return c.json({ data: store.invitations.list(application.id, clock.now()) });
});

invitationRoutes.delete('/v1/applications/:id/invitations/:invitationId', (c) => {
  const account = requireAccount(c);
  const application = loadApplication(c, account, c.req.param('id'));
  requireOwnerOf(c, account, application, 'revoke-invitation', { organisers: 'refuse' });
  const { store, clock } = c.get('deps');
  const invitation = store.invitations.get(application.id, c.req.param('invitationId'), clock.now());
  if (!invitation) throw new ProblemError('not_found');
  // Revoking what is no longer pending (accepted, expired, already revoked) changes nothing: same answer.
  if (invitation.status === 'pending') {
    store.transaction(() => {
      store.invitations.revoke(application.id, invitation.id);
      store.history.record(
        application.id,
        {
          action: 'invitation_revoked',
          actorId: account.id,
          actorRole: 'owner',
          details: { email: invitation.email },
        },
        clock.now().toISOString(),
      );
    });
  }
  return c.body(null, 204);
});

/** The invitee, signed in with the address invited (verified), joins the dossier as an editor. */
invitationRoutes.post('/v1/invitations/acceptance', async (c) => {
  const account = requireAccount(c);
  const { token } = await readBody(c, TokenRequest);
  const { store, clock } = c.get('deps');
  const now = clock.now();
  const invitation = store.invitations.usable(token, now);
  const application = invitation && store.applications.get(invitation.application_id);
  if (!invitation || !application || application.status === 'withdrawn') throw new ProblemError('token_invalid');
  if (account.email.toLowerCase() !== invitation.email) {
    throw new ProblemError('invitation_other_address', {
      detail: say(
        c,
        `Connectez-vous avec l’adresse à laquelle l’invitation a été envoyée, ou demandez une invitation pour ${account.email}.`,
        `Sign in with the address the invitation was sent to, or ask for an invitation for ${account.email}.`,
      ),
    });
  }
  if (account.email_verified_at === null) throw new ProblemError('email_unverified');
  if (account.role !== 'applicant') {
    // Organisers instruct every dossier; they do not join a commune's team.
    throw new ProblemError('role_required', { extra: { requiredRole: 'applicant', yourRole: account.role } });
  }
  const accepted = store.transaction(() => {
    if (!store.invitations.accept(invitation.id, account.id, now.toISOString())) return false;
    if (!store.applications.canAccess(application.id, account.id)) {
      store.applications.addCollaborator(application.id, account.id, now.toISOString());
      store.history.record(
        application.id,
        { action: 'editor_joined', actorId: account.id, actorRole: 'editor', details: { invitationId: invitation.id } },
        now.toISOString(),
      );
    }
    return true;
  });
  // Another request used the same link at the same moment.
  if (!accepted) throw new ProblemError('token_invalid');
  return c.json(store.applications.get(application.id));
});
