import { SendMessageRequest } from '@qmi/core';
import { Hono } from 'hono';
import { loadApplication } from '../http/access.js';
import { requireAccount } from '../http/auth.js';
import { readBody } from '../http/body.js';
import type { AppEnv } from '../http/env.js';

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
  const { store, clock } = c.get('deps');
  const message = store.messages.create(application.id, account.id, account.role, body, clock.now().toISOString());
  return c.json(message, 201);
});
