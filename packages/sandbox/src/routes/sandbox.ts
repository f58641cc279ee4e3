import * as z from 'zod';
import { Hono } from 'hono';
import { requireOrganiser } from '../http/auth.js';
import { readBody } from '../http/body.js';
import type { AppEnv } from '../http/env.js';

/** Test clock (as Stripe's test clocks): organisers move the sandbox's "now", e.g. past the deadline. */
export const sandboxRoutes = new Hono<AppEnv>();

sandboxRoutes.get('/v1/sandbox/clock', (c) => c.json({ now: c.get('deps').clock.now().toISOString() }));

sandboxRoutes.put('/v1/sandbox/clock', async (c) => {
  requireOrganiser(c);
  const { now } = await readBody(c, z.object({ now: z.iso.datetime({ offset: true }) }));
  c.get('deps').clock.set(now);
  return c.json({ now: c.get('deps').clock.now().toISOString() });
});
