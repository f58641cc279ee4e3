import {
  AgreementRequest,
  type Application,
  DecisionRequest,
  type LifecycleAction,
  nextStatus,
  OrganiserWithdrawalRequest,
} from '@qmi/core';
import { Hono, type Context } from 'hono';
import {
  callOf,
  etagOf,
  ifMatchRevision,
  loadApplication,
  requireOwnerOf,
  requireWindowOpen,
  revisionMismatch,
} from '../http/access.js';
import { requireAccount, requireOrganiser } from '../http/auth.js';
import { requireHoldsPlace, requireReadyToSubmit } from '../http/rules.js';
import { organiserWithdrawalMail } from '../mail/commune-mails.js';
import { readBody } from '../http/body.js';
import type { AppEnv } from '../http/env.js';
import { ProblemError, say } from '../http/problem.js';
import type { AccountRow } from '../store/accounts.js';
import type { HistoryEvent } from '../store/history.js';
import { issueReceipt, onSubmitted } from '../receipts/on-submitted.js';
import { decisionMail } from '../mail/review-mails.js';
import {
  agreementDeadline,
  DECISION_NOTIFICATION,
  requireDecisionComplete,
  requireSelectionRoom,
} from '../review/decision-rules.js';
import { notifyCommune } from '../review/notify.js';

/** Submit, withdraw and the organisers' decisions: every status change goes through TRANSITIONS. */
export const lifecycleRoutes = new Hono<AppEnv>();

function transition(c: Context<AppEnv>, account: AccountRow, current: Application, action: LifecycleAction) {
  const to = nextStatus(current.status, action, account.role);
  if (!to) {
    throw new ProblemError('invalid_transition', {
      detail: say(
        c,
        `Action « ${action} » impossible depuis le statut « ${current.status} ».`,
        `Action "${action}" is not possible from status "${current.status}".`,
      ),
      extra: { applicationStatus: current.status, action },
    });
  }
  return to;
}

function checkIfMatch(c: Context<AppEnv>, current: Application) {
  const expected = ifMatchRevision(c);
  if (expected !== undefined && expected !== '*' && expected !== current.revision) throw revisionMismatch(c, current);
}

function applyStatus(
  c: Context<AppEnv>,
  current: Application,
  to: Application['status'],
  submittedAt?: string,
): Application {
  const { store, clock } = c.get('deps');
  if (!store.applications.setStatus(current.id, to, current.revision, clock.now().toISOString(), submittedAt)) {
    throw revisionMismatch(c, store.applications.get(current.id)!);
  }
  return store.applications.get(current.id)!;
}

lifecycleRoutes.post('/v1/applications/:id/submit', async (c) => {
  const account = requireAccount(c);
  const current = loadApplication(c, account, c.req.param('id'));
  const to = transition(c, account, current, 'submit');
  checkIfMatch(c, current);
  const call = callOf(c, current.callId);
  requireWindowOpen(c, call, current.status);
  requireHoldsPlace(c, current);
  requireReadyToSubmit(c, call, current);
  const { store, clock } = c.get('deps');
  const now = clock.now().toISOString();
  // The receipt's PDF is rendered before the transaction (it cannot wait for pdf-lib), from the very
  // revision applyStatus checks: a change meanwhile makes the submission a 412 (receipts/receipt-facts.ts).
  const receipt = await issueReceipt(call, current, account.email, now);
  const submitted = store.transaction(() => {
    const result = applyStatus(c, current, to, now);
    store.history.record(
      current.id,
      { action: 'submitted', actorId: account.id, actorRole: roleOn(account, current) },
      now,
    );
    // The « récépissé de dépôt » and the commune's e-mail, in the same transaction as the submission.
    onSubmitted(c.get('deps'), call, result, now, receipt);
    return result;
  });
  c.header('etag', etagOf(submitted));
  return c.json(submitted);
});

lifecycleRoutes.post('/v1/applications/:id/withdraw', (c) => {
  const account = requireAccount(c);
  const current = loadApplication(c, account, c.req.param('id'));
  // An editor prepares the dossier with its owner; withdrawing it is the owner's decision.
  requireOwnerOf(c, account, current, 'withdraw');
  const to = transition(c, account, current, 'withdraw');
  checkIfMatch(c, current);
  const withdrawn = withdrawAndFreePlace(c, current, to, {
    action: 'withdrawn',
    actorId: account.id,
    actorRole: 'owner',
  });
  c.header('etag', etagOf(withdrawn));
  return c.json(withdrawn);
});

/**
 * Organisers withdraw a dossier that should not stand (one an account took in a commune's name
 * without speaking for it, a duplicate): from the statuses its owner could withdraw it from, with a
 * reason that goes into its history and to the owner and editors by e-mail.
 */
lifecycleRoutes.post('/v1/applications/:id/organiser-withdrawal', async (c) => {
  const organiser = requireOrganiser(c);
  const current = loadApplication(c, organiser, c.req.param('id'));
  const { reason } = await readBody(c, OrganiserWithdrawalRequest);
  const to = nextStatus(current.status, 'withdraw', 'applicant');
  if (!to) {
    throw new ProblemError('invalid_transition', {
      detail: say(
        c,
        `Un dossier au statut « ${current.status} » ne peut pas être retiré.`,
        `A dossier with status "${current.status}" cannot be withdrawn.`,
      ),
      extra: { applicationStatus: current.status, action: 'withdraw' },
    });
  }
  checkIfMatch(c, current);
  const { store, clock } = c.get('deps');
  const withdrawn = withdrawAndFreePlace(
    c,
    current,
    to,
    { action: 'withdrawn_by_organiser', actorId: organiser.id, actorRole: 'organiser', reason },
    () => {
      const now = clock.now().toISOString();
      for (const person of store.applications.collaborators(current.id)) {
        const recipient = store.accounts.byId(person.accountId);
        if (recipient) store.outbox.enqueue(organiserWithdrawalMail(recipient, current.commune, reason), now);
      }
    },
  );
  c.header('etag', etagOf(withdrawn));
  return c.json(withdrawn);
});

/** Owner or editor, as the dossier's history names who acted. */
const roleOn = (account: AccountRow, application: Application) =>
  account.role === 'organiser' ? 'organiser' : application.ownerId === account.id ? 'owner' : 'editor';

/**
 * Withdraws, records it, and hands the commune's place, if this dossier held it, to the oldest dossier
 * of a verified agent of the commune: all in one transaction with the mails of `alsoInTransaction`.
 */
function withdrawAndFreePlace(
  c: Context<AppEnv>,
  current: Application,
  to: Application['status'],
  event: HistoryEvent,
  alsoInTransaction?: () => void,
): Application {
  const { store, clock } = c.get('deps');
  const now = clock.now().toISOString();
  return store.transaction(() => {
    const withdrawn = applyStatus(c, current, to);
    store.history.record(current.id, event, now);
    if (current.holdsPlace) store.applications.fillPlace(current.callId, current.commune, now);
    alsoInTransaction?.();
    return withdrawn;
  });
}

lifecycleRoutes.get('/v1/applications/:id/decisions', (c) => {
  const account = requireAccount(c);
  const application = loadApplication(c, account, c.req.param('id'), { reviewers: 'allow' });
  return c.json({ data: c.get('deps').store.decisions.list(application.id) });
});

lifecycleRoutes.post('/v1/applications/:id/decisions', async (c) => {
  const account = requireAccount(c);
  const current = loadApplication(c, account, c.req.param('id'));
  requireOrganiser(c);
  const request = await readBody(c, DecisionRequest);
  const { action, comment } = request;
  const to = transition(c, account, current, action);
  checkIfMatch(c, current);
  const call = callOf(c, current.callId);
  requireDecisionComplete(c, call, request);
  const deps = c.get('deps');
  const { store, clock } = deps;
  const now = clock.now().toISOString();
  const result = store.transaction(() => {
    // Counted in the transaction: two organisers selecting at once cannot both take the last place.
    if (action === 'select') requireSelectionRoom(c, call);
    const application = applyStatus(c, current, to);
    const decision = store.decisions.record({
      applicationId: current.id,
      action,
      comment,
      ...(action === 'declare_ineligible' ? { reasons: request.reasons } : {}),
      ...(action === 'request_changes' ? { fields: request.fields } : {}),
      ...(action === 'select' && call.agreementWithinMonths
        ? { agreementDeadline: agreementDeadline(now, call.agreementWithinMonths) }
        : {}),
      fromStatus: current.status,
      toStatus: to,
      decidedBy: account.id,
      decidedAt: now,
    });
    store.history.record(
      current.id,
      { action: 'decided', actorId: account.id, actorRole: 'organiser', details: { action } },
      now,
    );
    // The commune hears of it by e-mail and in-app, in the transaction that records it.
    notifyCommune(deps, application, DECISION_NOTIFICATION[action], { status: to }, now, (recipient) =>
      decisionMail(recipient, call, application, decision),
    );
    return { decision, application };
  });
  c.header('etag', etagOf(result.application));
  return c.json(result, 201);
});

/**
 * Organisers record the date a laureate signed its agreement (within `agreementWithinMonths` of the
 * selection): only for a selected dossier, and not in the future of the platform's clock.
 */
lifecycleRoutes.post('/v1/applications/:id/agreement', async (c) => {
  const organiser = requireOrganiser(c);
  const current = loadApplication(c, organiser, c.req.param('id'));
  const { signedAt } = await readBody(c, AgreementRequest);
  if (current.status !== 'selected') {
    throw new ProblemError('invalid_transition', {
      detail: say(
        c,
        `Seul un dossier sélectionné signe une convention ; ce dossier est au statut « ${current.status} ».`,
        `Only a selected dossier signs an agreement; this dossier's status is "${current.status}".`,
      ),
      extra: { applicationStatus: current.status },
    });
  }
  const { store, clock } = c.get('deps');
  const now = clock.now();
  if (new Date(signedAt) > now) {
    const message = say(
      c,
      'La date de signature ne peut pas être future.',
      'The signature date cannot be in the future.',
    );
    throw new ProblemError('validation_failed', { errors: [{ path: 'signedAt', code: 'too_big', message }] });
  }
  store.transaction(() => {
    store.decisions.recordAgreement(current.id, signedAt);
    store.history.record(
      current.id,
      { action: 'agreement_signed', actorId: organiser.id, actorRole: 'organiser', details: { signedAt } },
      now.toISOString(),
    );
  });
  const application = store.applications.get(current.id)!;
  c.header('etag', etagOf(application));
  return c.json(application);
});
