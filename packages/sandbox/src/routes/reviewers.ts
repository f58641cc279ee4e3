import {
  AssignmentRequest,
  ConflictOfInterestRequest,
  ReviewerInvitationAcceptance,
  ReviewerInvitationRequest,
} from '@qmi/core';
import { Hono, type Context } from 'hono';
import { callOf, loadApplication } from '../http/access.js';
import { actionLink } from '../http/action-links.js';
import { requireAccount, requireOrganiser } from '../http/auth.js';
import { readBody } from '../http/body.js';
import type { AppEnv } from '../http/env.js';
import { hashPassword } from '../http/password.js';
import { assertPasswordAllowed } from '../http/password-policy.js';
import { ProblemError, say } from '../http/problem.js';
import { communeLabel } from '../mail/commune-mails.js';
import { dossierAssignedMail, reviewerInvitationMail } from '../mail/reviewer-mails.js';
import { boardOf } from '../review/board.js';
import type { AccountRow } from '../store/accounts.js';
import { sessionFor } from './accounts.js';

/** How long the link of a reviewer's invitation works, as for a dossier's editors: two weeks. */
export const REVIEWER_INVITATION_DAYS = 14;
const LIFETIME_MS = REVIEWER_INVITATION_DAYS * 24 * 3600 * 1000;

/**
 * The selection committee (issue 16): organisers invite reviewers by e-mail, assign them dossiers and
 * withdraw them; a reviewer declares a conflict of interest on a dossier and no longer opens it; the
 * board lists a call's dossiers for organisers (all) and reviewers (theirs).
 */
export const reviewerRoutes = new Hono<AppEnv>();

reviewerRoutes.post('/v1/reviewers', async (c) => {
  const organiser = requireOrganiser(c);
  const body = await readBody(c, ReviewerInvitationRequest);
  const deps = c.get('deps');
  const { store, clock } = deps;
  const existing = store.accounts.byEmail(body.email);
  // Organisers already see every dossier; a reviewer's role would take that away from them.
  if (existing?.role === 'organiser') throw new ProblemError('email_taken');
  // Already on the committee: nothing to accept, they sign in with their password (no second e-mail).
  if (existing?.role === 'reviewer' && existing.deleted_at === null) return c.json(store.reviewers.view(existing), 200);
  // The committee serves the platform's calls; the mail names the first (one per platform in practice).
  const call = deps.calls[0];
  const now = clock.now();
  const reviewer = store.transaction(() => {
    const lang = body.lang ?? existing?.lang ?? c.get('lang');
    const { row, token } = store.reviewers.invite(
      { email: body.email, organisation: body.organisation, lang, invitedBy: organiser.id },
      now,
      LIFETIME_MS,
    );
    store.outbox.enqueue(
      reviewerInvitationMail({
        to: row.email,
        lang,
        accountId: existing?.id,
        organisation: row.organisation,
        inviterEmail: organiser.email,
        call,
        link: actionLink(deps, 'reviewer-invitation', token, body.continueUrl),
        lifetimeDays: REVIEWER_INVITATION_DAYS,
      }),
      now.toISOString(),
    );
    return store.reviewers.invitationView(row);
  });
  return c.json(reviewer, 201, { location: `/v1/reviewers/${encodeURIComponent(reviewer.id)}` });
});

reviewerRoutes.get('/v1/reviewers', (c) => {
  requireOrganiser(c);
  return c.json({ data: c.get('deps').store.reviewers.list() });
});

/**
 * The invitation's link, followed: the address gets a reviewer's account (a new one with the password
 * chosen here, or its existing one) and is signed in. The token proves the person reads the address's
 * mail, as a password reset does; it is checked before any password is hashed.
 */
reviewerRoutes.post('/v1/reviewers/acceptance', async (c) => {
  const { token, password } = await readBody(c, ReviewerInvitationAcceptance);
  const { store, clock } = c.get('deps');
  const invitation = store.reviewers.usable(token, clock.now());
  if (!invitation) throw new ProblemError('token_invalid');
  const existing = store.accounts.byEmail(invitation.email);
  if (existing?.role === 'organiser') throw new ProblemError('email_taken');
  // A new account chooses its password here (sign-up's policy); an existing one keeps its own.
  let passwordHash: string | undefined;
  if (!existing) {
    if (password === undefined) throw passwordRequired(c);
    await assertPasswordAllowed(c, invitation.email, password);
    passwordHash = await hashPassword(password);
  }
  const now = clock.now().toISOString();
  // A ProblemError thrown inside rolls the whole of it back (a link used by a parallel request meanwhile).
  const outcome = store.transaction((): { account: AccountRow } | { blockedBy: string[] } => {
    let account = store.accounts.byEmail(invitation.email);
    if (account?.role === 'organiser') throw new ProblemError('email_taken');
    if (account?.role === 'applicant') {
      const blockedBy = store.reviewers.liveDossiersOf(account.id);
      if (blockedBy.length) return { blockedBy };
      // Whoever was signed in to the applicant's account is out: a session stands for one role.
      store.sessions.revokeAll(account.id);
    }
    if (account) {
      store.reviewers.promote(account.id, invitation.organisation);
      store.accounts.markEmailVerified(account.id, now);
    } else {
      if (passwordHash === undefined) throw passwordRequired(c);
      account = store.reviewers.createAccount(
        invitation.email,
        passwordHash,
        invitation.lang,
        invitation.organisation,
        now,
      );
    }
    if (!store.reviewers.accept(invitation.id, account.id, now)) throw new ProblemError('token_invalid');
    return { account: store.accounts.byId(account.id)! };
  });
  if ('blockedBy' in outcome) {
    throw new ProblemError('account_holds_dossiers', {
      detail: say(
        c,
        'Votre compte travaille sur des dossiers de candidature : transférez-les ou retirez-vous-en, puis acceptez de nouveau, ou demandez une invitation pour une autre adresse.',
        'Your account works on applications: hand them over or leave them, then accept again, or ask for an invitation to another address.',
      ),
      extra: { applicationIds: outcome.blockedBy },
    });
  }
  return c.json(sessionFor(c, outcome.account), 200);
});

const passwordRequired = (c: Context<AppEnv>) =>
  new ProblemError('validation_failed', {
    errors: [
      {
        path: 'password',
        code: 'required',
        message: say(c, 'Choisissez votre mot de passe.', 'Choose your password.'),
      },
    ],
  });

/**
 * A pending invitation is revoked; an active reviewer goes back to an applicant's account, signed out
 * everywhere, their unsubmitted assignments dropped (submitted assessments stay on the committee's record).
 */
reviewerRoutes.delete('/v1/reviewers/:id', (c) => {
  requireOrganiser(c);
  const { store } = c.get('deps');
  const id = c.req.param('id');
  const invitation = store.reviewers.invitation(id);
  if (invitation) {
    store.reviewers.revoke(id);
    return c.body(null, 204);
  }
  const reviewer = store.reviewers.active(id);
  if (!reviewer) throw new ProblemError('reviewer_not_found');
  store.transaction(() => {
    store.reviewers.demote(reviewer.id);
    store.reviewers.revokeAddress(reviewer.email);
    store.sessions.revokeAll(reviewer.id);
  });
  return c.body(null, 204);
});

/** The dossier for the committee's routes: organisers and the reviewers assigned to it; applicants get a 404. */
function committeeDossier(c: Context<AppEnv>, account: AccountRow, id: string) {
  const application = loadApplication(c, account, id, { reviewers: 'allow' });
  if (account.role === 'applicant') throw new ProblemError('not_found');
  return application;
}

reviewerRoutes.get('/v1/applications/:id/assignments', (c) => {
  const account = requireAccount(c);
  const application = committeeDossier(c, account, c.req.param('id'));
  const all = c.get('deps').store.assignments.list(application.id);
  return c.json({ data: account.role === 'organiser' ? all : all.filter((entry) => entry.reviewerId === account.id) });
});

reviewerRoutes.post('/v1/applications/:id/assignments', async (c) => {
  const organiser = requireOrganiser(c);
  const application = loadApplication(c, organiser, c.req.param('id'));
  const { reviewerId } = await readBody(c, AssignmentRequest);
  const deps = c.get('deps');
  const { store, clock } = deps;
  // A draft is the commune's alone, and a withdrawn dossier is examined by nobody.
  if (application.status === 'draft' || application.status === 'withdrawn') {
    throw new ProblemError('invalid_transition', {
      detail: say(
        c,
        `Un dossier au statut « ${application.status} » ne peut pas être confié à un examinateur.`,
        `A dossier with status "${application.status}" cannot be assigned to a reviewer.`,
      ),
      extra: { applicationStatus: application.status, action: 'assign' },
    });
  }
  const reviewer = store.reviewers.active(reviewerId);
  if (!reviewer) throw new ProblemError('reviewer_not_found');
  const call = callOf(c, application.callId);
  const now = clock.now().toISOString();
  const created = store.transaction(() => {
    if (!store.assignments.assign(application.id, reviewer.id, organiser.id, now)) return false;
    store.history.record(
      application.id,
      {
        action: 'reviewer_assigned',
        actorId: organiser.id,
        actorRole: 'organiser',
        details: { email: reviewer.email, reviewerId: reviewer.id },
      },
      now,
    );
    store.notifications.add(
      reviewer.id,
      application.id,
      'assigned',
      { commune: application.commune, communeName: communeLabel(application.commune) },
      now,
    );
    store.outbox.enqueue(
      dossierAssignedMail({
        to: reviewer.email,
        lang: reviewer.lang,
        accountId: reviewer.id,
        commune: application.commune,
        call,
        platformUrl: deps.publicUrl,
      }),
      now,
    );
    return true;
  });
  return c.json(store.assignments.view(application.id, reviewer.id), created ? 201 : 200);
});

reviewerRoutes.delete('/v1/applications/:id/assignments/:reviewerId', (c) => {
  const organiser = requireOrganiser(c);
  const application = loadApplication(c, organiser, c.req.param('id'));
  const { store, clock } = c.get('deps');
  const reviewerId = c.req.param('reviewerId');
  const assignment = store.assignments.view(application.id, reviewerId);
  if (!assignment) throw new ProblemError('reviewer_not_found');
  store.transaction(() => {
    if (!store.assignments.unassign(application.id, reviewerId)) return;
    store.history.record(
      application.id,
      {
        action: 'reviewer_unassigned',
        actorId: organiser.id,
        actorRole: 'organiser',
        details: { email: assignment.email, reviewerId },
      },
      clock.now().toISOString(),
    );
  });
  return c.body(null, 204);
});

/**
 * The assigned reviewer steps aside: from now on the dossier's routes answer them 403
 * conflict_of_interest, their draft is deleted and their assessment no longer expected. Declaring
 * again answers the conflict already recorded (200).
 */
reviewerRoutes.post('/v1/applications/:id/conflict-of-interest', async (c) => {
  const account = requireAccount(c);
  const id = c.req.param('id');
  const { store, clock } = c.get('deps');
  if (account.role !== 'reviewer') {
    loadApplication(c, account, id);
    throw new ProblemError('role_required', { extra: { requiredRole: 'reviewer', yourRole: account.role } });
  }
  const application = store.applications.get(id);
  const assignment = application && store.assignments.get(id, account.id);
  if (!application || !assignment || application.status === 'draft') throw new ProblemError('not_found');
  if (assignment.conflict_declared_at !== null) return c.json(store.assignments.view(id, account.id), 200);
  const { reason } = await readBody(c, ConflictOfInterestRequest);
  const now = clock.now().toISOString();
  store.transaction(() => {
    if (!store.assignments.declareConflict(id, account.id, reason, now)) return;
    store.history.record(
      id,
      {
        action: 'conflict_declared',
        actorId: account.id,
        actorRole: 'reviewer',
        reason,
        details: { email: account.email },
      },
      now,
    );
  });
  return c.json(store.assignments.view(id, account.id), 201);
});

reviewerRoutes.get('/v1/calls/:callId/board', (c) => {
  const account = requireAccount(c);
  const call = callOf(c, c.req.param('callId'));
  if (account.role !== 'organiser' && account.role !== 'reviewer') throw new ProblemError('forbidden');
  return c.json(boardOf(c.get('deps'), call, account, c.get('lang')));
});
