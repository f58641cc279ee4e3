import {
  ChangeEmailRequest,
  ChangePasswordRequest,
  ContinueUrl,
  DeleteAccountRequest,
  type EmailSent,
  TokenRequest,
  UpdateAccountRequest,
} from '@qmi/core';
import { type Context, Hono } from 'hono';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { bearerToken, requireAccount } from '../http/auth.js';
import { readBody } from '../http/body.js';
import type { AppEnv } from '../http/env.js';
import { hashPassword, verifyPassword } from '../http/password.js';
import { assertPasswordAllowed } from '../http/password-policy.js';
import { ProblemError, say } from '../http/problem.js';
import {
  accountDeletedMail,
  emailChangeMail,
  emailChangeNoticeMail,
  emailTakenNoticeMail,
  passwordChangedMail,
  verifyEmailMail,
} from '../mail/account-mails.js';
import type { AccountRow } from '../store/accounts.js';
import { recipient, VERIFY_EMAIL_MS } from './accounts.js';

/** The signed-in person's own account: address, password, profile, their data (GDPR art. 15, 17, 20). */
export const meRoutes = new Hono<AppEnv>();

const EMAIL_CHANGE_MS = 24 * 3600 * 1000;
const EMAIL_SENT: EmailSent = { status: 'email_sent' };

/**
 * Asks for the account's password again before a change that a stolen session must not make alone
 * (address, password, deletion); wrong guesses count against sign-in's throttle for the account.
 * ProConnect-only accounts have no password: their session stands for a fresh sign-in.
 */
async function reauthenticate(c: Context<AppEnv>, account: AccountRow, password: string | undefined): Promise<void> {
  if (account.has_password !== 1) return;
  const { throttle } = c.get('deps');
  await throttle.signIn.refuseWhileLocked(c, account.email);
  if (password === undefined || !(await verifyPassword(password, account.password_hash))) {
    if (password !== undefined) await throttle.signIn.failed(c, account.email);
    throw new ProblemError('reauthentication_required', {
      detail: say(c, 'Saisissez votre mot de passe actuel.', 'Enter your current password.'),
    });
  }
}

/** A resend of the verification mail; nothing to send once the address is verified. */
meRoutes.post('/v1/me/verification-email', async (c) => {
  const account = requireAccount(c);
  // The body is optional: a bare POST resends to the platform's own page.
  const { continueUrl } = c.req.header('content-type')
    ? await readBody(c, z.object({ continueUrl: z.optional(ContinueUrl) }))
    : {};
  const deps = c.get('deps');
  if (!account.email_verified_at) {
    await deps.throttle.verificationEmail(c, account.email);
    const now = deps.clock.now().toISOString();
    deps.store.transaction(() => {
      const token = deps.store.emailTokens.issue(account.id, 'verify_email', VERIFY_EMAIL_MS, now);
      deps.store.outbox.enqueue(verifyEmailMail(deps, recipient(account), token, continueUrl), now);
    });
  }
  return c.json(EMAIL_SENT, 202);
});

/** A new password, the current one given: every other session ends, and the person is told by e-mail. */
meRoutes.put('/v1/me/password', async (c) => {
  const account = requireAccount(c);
  const { currentPassword, newPassword } = await readBody(c, ChangePasswordRequest);
  const deps = c.get('deps');
  if (account.has_password !== 1)
    throw new ProblemError('reauthentication_required', {
      detail: say(
        c,
        'Ce compte n’a pas de mot de passe : utilisez « mot de passe oublié » pour en choisir un.',
        'This account has no password: use "forgot password" to choose one.',
      ),
    });
  await reauthenticate(c, account, currentPassword);
  await assertPasswordAllowed(c, account.email, newPassword);
  const passwordHash = await hashPassword(newPassword);
  const now = deps.clock.now().toISOString();
  deps.store.transaction(() => {
    deps.store.accounts.setPassword(account.id, passwordHash);
    deps.store.sessions.revokeOthers(account.id, bearerToken(c)!);
    deps.store.emailTokens.endAll(account.id, 'reset_password', now);
    deps.store.outbox.enqueue(passwordChangedMail(deps, recipient(account)), now);
  });
  return c.body(null, 204);
});

/**
 * A new address, verified by a link sent to it (24 hours); the current address is told. The same 202
 * when the new address belongs to another account: its owner gets a notice instead of a link.
 */
meRoutes.post('/v1/me/email-change', async (c) => {
  const account = requireAccount(c);
  const { newEmail, password, continueUrl } = await readBody(c, ChangeEmailRequest);
  const deps = c.get('deps');
  const { store, clock } = deps;
  await reauthenticate(c, account, password);
  if (newEmail.toLowerCase() === account.email)
    throw new ProblemError('validation_failed', {
      errors: [
        {
          path: 'newEmail',
          code: 'same_email',
          message: say(c, 'C’est déjà l’adresse de votre compte.', 'This is already your account’s address.'),
        },
      ],
    });
  await deps.throttle.verificationEmail(c, newEmail);
  const now = clock.now().toISOString();
  store.transaction(() => {
    const taken = store.accounts.byEmail(newEmail);
    if (taken) {
      store.outbox.enqueue(emailTakenNoticeMail(deps, recipient(taken)), now);
    } else {
      const token = store.emailTokens.issue(account.id, 'change_email', EMAIL_CHANGE_MS, now, newEmail.toLowerCase());
      const to = { email: newEmail.toLowerCase(), lang: account.lang, id: account.id };
      store.outbox.enqueue(emailChangeMail(deps, to, token, continueUrl), now);
    }
    store.outbox.enqueue(emailChangeNoticeMail(deps, recipient(account), newEmail.toLowerCase()), now);
  });
  return c.json(EMAIL_SENT, 202);
});

/**
 * The link sent to the new address: the account takes it, verified. No session needed (the link may be
 * opened on another device): the request was made signed in, and the link proves the new mailbox.
 */
meRoutes.post('/v1/me/email-change/confirmation', async (c) => {
  const { token } = await readBody(c, TokenRequest);
  const { store, clock } = c.get('deps');
  const now = clock.now().toISOString();
  const outcome = store.transaction(() => {
    const row = store.emailTokens.consume(token, 'change_email', now);
    const account = row && store.accounts.byId(row.account_id);
    if (!row?.new_email || !account || account.deleted_at) return 'invalid' as const;
    // Taken meanwhile (a sign-up with that address): the link cannot move two accounts onto one address.
    if (store.accounts.byEmail(row.new_email)) return 'taken' as const;
    store.accounts.setEmail(account.id, row.new_email, now);
    // Links sent to the former address no longer concern this account's address.
    store.emailTokens.endAll(account.id, 'verify_email', now);
    store.emailTokens.endAll(account.id, 'reset_password', now);
    return store.accounts.byId(account.id)!;
  });
  if (outcome === 'invalid') throw new ProblemError('token_invalid');
  if (outcome === 'taken') throw new ProblemError('email_taken');
  return c.json(store.accounts.view(outcome));
});

meRoutes.patch('/v1/me', async (c) => {
  const account = requireAccount(c);
  const changes = await readBody(c, UpdateAccountRequest);
  const { store } = c.get('deps');
  store.accounts.updateProfile(account.id, changes);
  return c.json(store.accounts.view(store.accounts.byId(account.id)!));
});

/** GDPR art. 15 and 20: everything the platform holds about the person, as one JSON file. */
meRoutes.get('/v1/me/export', (c) => {
  const account = requireAccount(c);
  const { store, clock } = c.get('deps');
  const data = store.personalData.exportAccount(account, clock.now().toISOString());
  return c.body(JSON.stringify(data, null, 2), 200, {
    'content-type': 'application/json; charset=utf-8',
    'content-disposition': `attachment; filename="qmi-account-${account.id}.json"`,
    'cache-control': 'no-store',
  });
});

/** GDPR art. 17. What becomes of the person's dossiers is decided in retention/account-deletion.ts. */
meRoutes.delete('/v1/me', async (c) => {
  const account = requireAccount(c);
  const { confirmEmail, password } = await readBody(c, DeleteAccountRequest);
  const deps = c.get('deps');
  // Reviewers delete their own account too (retention/reviewer-deletion.ts says what stays of their work).
  if (account.role === 'organiser')
    throw new ProblemError('forbidden', {
      detail: say(
        c,
        'Les comptes d’organisateurs viennent de la configuration (QMI_ORGANISERS) : retirez-les de là.',
        'Organiser accounts come from configuration (QMI_ORGANISERS): remove them there.',
      ),
    });
  if (confirmEmail.trim().toLowerCase() !== account.email)
    throw new ProblemError('validation_failed', {
      errors: [
        {
          path: 'confirmEmail',
          code: 'confirm_email_mismatch',
          message: say(c, 'Saisissez l’adresse e-mail de votre compte.', 'Type your account’s e-mail address.'),
        },
      ],
    });
  await reauthenticate(c, account, password);
  const unusableHash = await hashPassword(randomBytes(32).toString('base64url'));
  const now = deps.clock.now().toISOString();
  const { store } = deps;
  const outcome = store.transaction(() => {
    const outcome = store.personalData.deleteAccount(account, unusableHash, now);
    if (!outcome.blockedBy.length) store.outbox.enqueue(accountDeletedMail(recipient(account)), now);
    return outcome;
  });
  if (outcome.blockedBy.length)
    throw new ProblemError('account_holds_dossiers', {
      detail: say(
        c,
        'Transférez d’abord ces dossiers déposés à un éditeur (propriété du dossier), puis supprimez votre compte.',
        'First transfer these submitted dossiers to an editor (dossier ownership), then delete your account.',
      ),
      extra: { applicationIds: outcome.blockedBy },
    });
  // Documents' bytes go once the rows are gone (a crash in between leaves files no row points to, never the reverse).
  for (const key of outcome.documentKeys) await deps.uploads.discardDocument(key).catch(() => undefined);
  return c.body(null, 204);
});
