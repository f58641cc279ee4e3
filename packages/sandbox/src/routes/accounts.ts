import {
  type EmailSent,
  PasswordResetCompletion,
  PasswordResetRequest,
  SignInRequest,
  SignUpRequest,
  TokenRequest,
  type Session,
} from '@qmi/core';
import { type Context, Hono } from 'hono';
import { bearerToken, requireAccount } from '../http/auth.js';
import { readBody } from '../http/body.js';
import type { AppEnv } from '../http/env.js';
import { DUMMY_HASH, hashPassword, verifyPassword } from '../http/password.js';
import { assertPasswordAllowed } from '../http/password-policy.js';
import { ProblemError } from '../http/problem.js';
import { accountExistsMail, passwordChangedMail, passwordResetMail, verifyEmailMail } from '../mail/account-mails.js';
import type { AccountRow } from '../store/accounts.js';

/** Sign-up (with address verification), password reset, sign-in, sign-out and "who am I". Sign-up only ever makes applicant accounts. */
export const accountRoutes = new Hono<AppEnv>();

export const sessionFor = (c: Context<AppEnv>, account: AccountRow): Session => {
  const { token, expiresAt } = c.get('deps').store.sessions.create(account.id);
  return { token, expiresAt, account: c.get('deps').store.accounts.view(account) };
};

/** An account as the addressee of a mail about it. */
export const recipient = (account: AccountRow) => ({ email: account.email, lang: account.lang, id: account.id });

/** Lifetimes of the links sent by e-mail. */
export const VERIFY_EMAIL_MS = 48 * 3600 * 1000;
export const RESET_PASSWORD_MS = 30 * 60 * 1000;

const EMAIL_SENT: EmailSent = { status: 'email_sent' };

/**
 * Sign-up never says whether the address has an account (it used to answer 409 email_taken): the same
 * 202 for a new address, a verified one and an unverified one, after the same work (the password is
 * hashed in every case), and the difference goes to the mailbox, which only its owner reads. A new
 * address gets its verification link; a verified one a "you already have an account" mail; an
 * unverified one (maybe typed by someone else earlier) takes this password and a new link, older ones die.
 */
accountRoutes.post('/v1/accounts', async (c) => {
  const { email, password, lang, continueUrl } = await readBody(c, SignUpRequest);
  const deps = c.get('deps');
  const { store, clock } = deps;
  // Counted per address before the costly hashing, whether the e-mail turns out to be taken or not.
  await deps.throttle.signUp(c);
  await assertPasswordAllowed(c, email, password);
  // Then per address, known or not (a refused password sent nothing): sign-up must not become a way to
  // flood someone's mailbox.
  await deps.throttle.verificationEmail(c, email);
  const passwordHash = await hashPassword(password);
  const now = clock.now().toISOString();
  store.transaction(() => {
    const existing = store.accounts.byEmail(email);
    if (existing?.email_verified_at) {
      store.outbox.enqueue(accountExistsMail(deps, recipient(existing), continueUrl), now);
      return;
    }
    let account = existing;
    if (account) {
      store.accounts.setPassword(account.id, passwordHash);
      // Whoever signed in with the earlier password of this unverified account is signed out.
      store.sessions.revokeAll(account.id);
    } else {
      account = store.accounts.createApplicant(email, passwordHash, lang ?? c.get('lang'), now)!;
    }
    const token = store.emailTokens.issue(account.id, 'verify_email', VERIFY_EMAIL_MS, now);
    store.outbox.enqueue(verifyEmailMail(deps, recipient(account), token, continueUrl), now);
  });
  return c.json(EMAIL_SENT, 202);
});

/** The link of the verification mail: the address is verified and the person signed in. */
accountRoutes.post('/v1/accounts/verification', async (c) => {
  const { token } = await readBody(c, TokenRequest);
  const { store, clock } = c.get('deps');
  const now = clock.now().toISOString();
  const account = store.transaction(() => {
    const row = store.emailTokens.consume(token, 'verify_email', now);
    const account = row && store.accounts.byId(row.account_id);
    if (!account || account.deleted_at) return undefined;
    store.accounts.markEmailVerified(account.id, now);
    return store.accounts.byId(account.id)!;
  });
  if (!account) throw new ProblemError('token_invalid');
  return c.json(sessionFor(c, account), 201);
});

/**
 * "Forgot my password": always the same 202; a mail with a link (30 minutes, once, the latest only)
 * goes to the address only when it has an account. Throttled per address, known or not.
 */
accountRoutes.post('/v1/password-resets', async (c) => {
  const { email, continueUrl } = await readBody(c, PasswordResetRequest);
  const deps = c.get('deps');
  const { store, clock } = deps;
  await deps.throttle.passwordReset(c, email);
  const now = clock.now().toISOString();
  store.transaction(() => {
    const account = store.accounts.byEmail(email);
    if (!account || account.deleted_at) return;
    const token = store.emailTokens.issue(account.id, 'reset_password', RESET_PASSWORD_MS, now);
    store.outbox.enqueue(passwordResetMail(deps, recipient(account), token, continueUrl), now);
  });
  return c.json(EMAIL_SENT, 202);
});

/**
 * The reset link followed with a new password: it is set, every other session ends (whoever knew the
 * old password is out), the address counts as verified (the person read its mail), and they are told.
 */
accountRoutes.post('/v1/password-resets/completion', async (c) => {
  const { token, password } = await readBody(c, PasswordResetCompletion);
  const deps = c.get('deps');
  const { store, clock } = deps;
  // The password is checked before the link is spent: a refused password lets the person try another.
  const pending = store.emailTokens.peek(token, 'reset_password');
  const owner = pending && store.accounts.byId(pending.account_id);
  if (!owner || owner.deleted_at) throw new ProblemError('token_invalid');
  await assertPasswordAllowed(c, owner.email, password);
  const passwordHash = await hashPassword(password);
  const now = clock.now().toISOString();
  const account = store.transaction(() => {
    const row = store.emailTokens.consume(token, 'reset_password', now);
    if (!row) return undefined;
    store.accounts.setPassword(row.account_id, passwordHash);
    store.accounts.markEmailVerified(row.account_id, now);
    store.sessions.revokeAll(row.account_id);
    const account = store.accounts.byId(row.account_id)!;
    store.outbox.enqueue(passwordChangedMail(deps, recipient(account)), now);
    return account;
  });
  if (!account) throw new ProblemError('token_invalid');
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
