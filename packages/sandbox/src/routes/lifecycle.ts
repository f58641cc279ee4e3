import { type Application, DecisionRequest, type LifecycleAction, nextStatus } from '@qmi/core';
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
import { requireReadyToSubmit } from '../http/rules.js';
import { readBody } from '../http/body.js';
import type { AppEnv } from '../http/env.js';
import { ProblemError, say } from '../http/problem.js';
import type { AccountRow } from '../store/accounts.js';

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

lifecycleRoutes.post('/v1/applications/:id/submit', (c) => {
  const account = requireAccount(c);
  const current = loadApplication(c, account, c.req.param('id'));
  const to = transition(c, account, current, 'submit');
  checkIfMatch(c, current);
  const call = callOf(c, current.callId);
  requireWindowOpen(c, call, current.status);
  requireReadyToSubmit(c, call, current);
  const submitted = applyStatus(c, current, to, c.get('deps').clock.now().toISOString());
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
  const withdrawn = applyStatus(c, current, to);
  c.header('etag', etagOf(withdrawn));
  return c.json(withdrawn);
});

lifecycleRoutes.get('/v1/applications/:id/decisions', (c) => {
  const account = requireAccount(c);
  const application = loadApplication(c, account, c.req.param('id'));
  return c.json({ data: c.get('deps').store.decisions.list(application.id) });
});

lifecycleRoutes.post('/v1/applications/:id/decisions', async (c) => {
  const account = requireAccount(c);
  const current = loadApplication(c, account, c.req.param('id'));
  requireOrganiser(c);
  const { action, comment } = await readBody(c, DecisionRequest);
  const to = transition(c, account, current, action);
  checkIfMatch(c, current);
  const { store, clock } = c.get('deps');
  const result = store.transaction(() => {
    const application = applyStatus(c, current, to);
    const decision = store.decisions.record({
      applicationId: current.id,
      action,
      comment,
      fromStatus: current.status,
      toStatus: to,
      decidedBy: account.id,
      decidedAt: clock.now().toISOString(),
    });
    return { decision, application };
  });
  c.header('etag', etagOf(result.application));
  return c.json(result, 201);
});
