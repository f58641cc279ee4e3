import { SendMessageRequest } from '@qmi/core';
import { Hono } from 'hono';
import { loadApplication } from '../http/access.js';
import { requireAccount } from '../http/auth.js';
import { readBody } from '../http/body.js';
import type { AppEnv } from '../http/env.js';
import { answerOnce } from '../http/idempotency.js';
import { messageMail } from '../mail/review-mails.js';
import { notifyCommune, notifyOrganisers } from '../review/notify.js';

/** The messaging channel between a commune and the organisers, one thread per dossier. */
export const messageRoutes = new Hono<AppEnv>();

messageRoutes.get('/v1/applications/:id/messages', (c) => {
  const application = loadApplication(c, requireAccount(c), c.req.param('id'));
  return c.json({ data: c.get('deps').store.messages.list(application.id) });
});

messageRoutes.post('/v1/applications/:id/messages', async (c) => {
  const account = requireAccount(c);
  const application = loadApplication(c, account, c.req.param('id'));
  const { body } = await readBody(c, SendMessageRequest);
  const { store, clock, throttle } = c.get('deps');
  // Per account (a replay of an Idempotency-Key is answered before this and costs nothing).
  await throttle.message(c, account.id);
  // The message and its Idempotency-Key's answer are stored together: a retry after a crash finds the answer.
  return answerOnce(c, 201, () => {
    const now = clock.now().toISOString();
    const message = store.messages.create(application.id, account.id, account.role, body, now);
    // The other side hears of it by e-mail and in-app, in the message's transaction.
    const fromOrganisers = account.role === 'organiser';
    const notify = fromOrganisers ? notifyCommune : notifyOrganisers;
    notify(c.get('deps'), application, 'message', {}, now, (recipient) =>
      messageMail(recipient, application, body, fromOrganisers),
    );
    return message;
  });
});
