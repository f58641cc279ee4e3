import { Credentials, SignInRequest, type Session } from '@qmi/core';
import { type Context, Hono } from 'hono';
import { bearerToken, requireAccount } from '../http/auth.js';
import { readBody } from '../http/body.js';
import type { AppEnv } from '../http/env.js';
import { DUMMY_HASH, hashPassword, verifyPassword } from '../http/password.js';
import { assertPasswordAllowed } from '../http/password-policy.js';
import { ProblemError } from '../http/problem.js';
import type { AccountRow } from '../store/accounts.js';

/** Sign-up, sign-in, sign-out and "who am I". Sign-up only ever makes applicant accounts. */
export const accountRoutes = new Hono<AppEnv>();

const sessionFor = (c: Context<AppEnv>, account: AccountRow): Session => {
  const { token, expiresAt } = c.get('deps').store.sessions.create(account.id);
  return { token, expiresAt, account: c.get('deps').store.accounts.view(account) };
};

accountRoutes.post('/v1/accounts', async (c) => {
  const { email, password } = await readBody(c, Credentials);
  const { store, clock } = c.get('deps');
  // Counted per address before the costly hashing, whether the e-mail turns out to be taken or not.
  await c.get('deps').throttle.signUp(c);
  await assertPasswordAllowed(c, email, password);
  const account = store.accounts.create(email, await hashPassword(password), 'applicant', clock.now().toISOString());
  if (!account) throw new ProblemError('email_taken');
  return c.json(sessionFor(c, account), 201);
});

accountRoutes.post('/v1/sessions', async (c) => {
  const { email, password } = await readBody(c, SignInRequest);
  const { throttle } = c.get('deps');
  // While refused, the password is not checked at all: even the right one answers 429.
  await throttle.signIn.refuseWhileLocked(c, email);
  const account = c.get('deps').store.accounts.byEmail(email);
  const valid = await verifyPassword(password, account?.password_hash ?? DUMMY_HASH);
  if (!account || !valid) {
    await throttle.signIn.failed(c, email);
    throw new ProblemError('invalid_credentials');
  }
  // Checked again: a refusal may have started while this password was checked (parallel guesses).
  await throttle.signIn.refuseWhileLocked(c, email);
  await throttle.signIn.succeeded(c, email);
  return c.json(sessionFor(c, account), 201);
});

accountRoutes.delete('/v1/sessions/current', (c) => {
  requireAccount(c);
  c.get('deps').store.sessions.revoke(bearerToken(c)!);
  return c.body(null, 204);
});

/** Sign out everywhere: every session of the bearer's account ends (a lost phone, a shared computer). */
accountRoutes.delete('/v1/sessions', (c) => {
  c.get('deps').store.sessions.revokeAll(requireAccount(c).id);
  return c.body(null, 204);
});

accountRoutes.get('/v1/me', (c) => c.json(c.get('deps').store.accounts.view(requireAccount(c))));
