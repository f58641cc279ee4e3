import { AdviceRequestBody, type Application, isEditable, SectionCommentRequest } from '@qmi/core';
import { type Context, Hono } from 'hono';
import { callOf, loadApplication } from '../http/access.js';
import { requireAccount, requireOrganiser } from '../http/auth.js';
import { readBody } from '../http/body.js';
import type { AppEnv } from '../http/env.js';
import { answerOnce } from '../http/idempotency.js';
import { ProblemError, say } from '../http/problem.js';
import { adviceGivenMail, adviceRequestedMail } from '../mail/review-mails.js';
import { notifyCommune, notifyOrganisers } from '../review/notify.js';
import type { AccountRow } from '../store/accounts.js';

/**
 * Accompaniment before the deadline (the brochure's "perfectionnement du dossier"): a commune asks the
 * organisers for advice on its draft; they comment on its sections; the comments appear beside them in
 * the commune's form until marked as dealt with. Reviewers have no part in it (404 on every route).
 */
export const adviceRoutes = new Hono<AppEnv>();

/** Advice is about a dossier the commune can still change: a draft, or one sent back for changes. */
function requireBeingWritten(c: Context<AppEnv>, application: Application): void {
  if (isEditable(application.status)) return;
  throw new ProblemError('advice_closed', {
    detail: say(
      c,
      `Le dossier est au statut « ${application.status} » : il n’est plus en cours de rédaction.`,
      `The dossier's status is "${application.status}": it is no longer being written.`,
    ),
    extra: { applicationStatus: application.status },
  });
}

/** The commune's people ask and mark comments as dealt with; organisers answer. */
function requireCommune(account: AccountRow): void {
  if (account.role !== 'applicant') throw new ProblemError('forbidden');
}

const roleOn = (account: AccountRow, application: Application) =>
  application.ownerId === account.id ? 'owner' : 'editor';

adviceRoutes.post('/v1/applications/:id/advice-requests', async (c) => {
  const account = requireAccount(c);
  const application = loadApplication(c, account, c.req.param('id'));
  requireCommune(account);
  const { message } = await readBody(c, AdviceRequestBody);
  requireBeingWritten(c, application);
  const deps = c.get('deps');
  const { store, clock } = deps;
  // One open request at a time: asking again answers the open one (200), the organisers see it already.
  const open = store.advice.open(application.id);
  if (open) return c.json(open, 200);
  const now = clock.now().toISOString();
  return answerOnce(c, 201, () => {
    const request = store.advice.request(application.id, account.id, message, now);
    store.history.record(
      application.id,
      { action: 'advice_requested', actorId: account.id, actorRole: roleOn(account, application) },
      now,
    );
    notifyOrganisers(deps, application, 'advice_requested', {}, now, (organiser) =>
      adviceRequestedMail(organiser, application, message),
    );
    return request;
  });
});

adviceRoutes.get('/v1/applications/:id/advice-requests', (c) => {
  const application = loadApplication(c, requireAccount(c), c.req.param('id'));
  return c.json({ data: c.get('deps').store.advice.requests(application.id) });
});

adviceRoutes.get('/v1/applications/:id/section-comments', (c) => {
  const application = loadApplication(c, requireAccount(c), c.req.param('id'));
  return c.json({ data: c.get('deps').store.advice.comments(application.id) });
});

adviceRoutes.post('/v1/applications/:id/section-comments', async (c) => {
  const organiser = requireOrganiser(c);
  const application = loadApplication(c, organiser, c.req.param('id'));
  const { sectionId, text } = await readBody(c, SectionCommentRequest);
  const call = callOf(c, application.callId);
  if (sectionId !== 'documents' && !call.formSections.some((section) => section.id === sectionId)) {
    const message = say(
      c,
      `« ${sectionId} » n’est pas une section du formulaire de l’appel.`,
      `"${sectionId}" is not a section of the call's form.`,
    );
    throw new ProblemError('validation_failed', { errors: [{ path: 'sectionId', code: 'invalid_value', message }] });
  }
  requireBeingWritten(c, application);
  const deps = c.get('deps');
  const { store, clock } = deps;
  const now = clock.now().toISOString();
  return answerOnce(c, 201, () => {
    const comment = store.advice.comment(application.id, sectionId, organiser.id, text, now);
    // A comment answers the open request; each comment is its own e-mail (organisers comment a few sections).
    store.advice.answer(application.id, now);
    store.history.record(
      application.id,
      { action: 'section_commented', actorId: organiser.id, actorRole: 'organiser', details: { sectionId } },
      now,
    );
    notifyCommune(deps, application, 'advice_given', { sectionId }, now, (recipient) =>
      adviceGivenMail(recipient, call, application, sectionId, text),
    );
    return comment;
  });
});

adviceRoutes.post('/v1/applications/:id/section-comments/:commentId/resolution', (c) => {
  const account = requireAccount(c);
  const application = loadApplication(c, account, c.req.param('id'));
  requireCommune(account);
  const { store, clock } = c.get('deps');
  const commentId = c.req.param('commentId');
  if (!store.advice.getComment(application.id, commentId)) throw new ProblemError('not_found');
  return answerOnce(c, 200, () =>
    store.advice.resolve(application.id, commentId, account.id, clock.now().toISOString()),
  );
});
