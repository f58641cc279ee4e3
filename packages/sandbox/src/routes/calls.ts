import { CallSummary } from '@qmi/core';
import { Hono } from 'hono';
import type { AppEnv } from '../http/env.js';
import { ProblemError } from '../http/problem.js';

/** Call definitions are public: a commune reads what the call asks before it signs up. */
export const callRoutes = new Hono<AppEnv>();

callRoutes.get('/v1/calls', (c) => c.json({ data: c.get('deps').calls.map((call) => CallSummary.parse(call)) }));

callRoutes.get('/v1/calls/:callId', (c) => {
  const call = c.get('deps').calls.find((candidate) => candidate.id === c.req.param('callId'));
  if (!call) throw new ProblemError('not_found');
  return c.json(call);
});
