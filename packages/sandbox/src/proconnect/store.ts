import { randomBytes } from 'node:crypto';
import type { Db } from '../db/database.js';
import { tokenHash } from '../ids.js';

/** A sign-in with ProConnect between its start and the provider's answer. */
export interface OidcLogin {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** The page's origin: the popup's answer is posted to it and nowhere else. */
  origin: string;
  mode: 'popup' | 'redirect';
  returnTo: string | null;
}

/** How long an agent has at ProConnect (choosing their provider, signing in) before the start must be redone. */
export const LOGIN_LIFETIME_MS = 10 * 60 * 1000;
/** How long the page that receives a redirect has to exchange its one-time code for a session. */
export const HANDOFF_LIFETIME_MS = 60 * 1000;

/**
 * The relying party's state: logins in flight (oidc_logins), one-time codes handed to a page after a
 * redirect (oidc_handoffs, hashed), and the ProConnect identities linked to accounts (identities). The
 * lifetimes are real time, as the provider's tokens are, never the sandbox's demo clock.
 */
export function proConnectStore(db: Db) {
  const insertLogin = db.prepare(
    'INSERT INTO oidc_logins (state, nonce, code_verifier, origin, mode, return_to, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const takeLogin = db.prepare<
    [string, number],
    { nonce: string; code_verifier: string; origin: string; mode: 'popup' | 'redirect'; return_to: string | null }
  >(
    'DELETE FROM oidc_logins WHERE state = ? AND expires_at > ? RETURNING nonce, code_verifier, origin, mode, return_to',
  );
  const sweepLogins = db.prepare('DELETE FROM oidc_logins WHERE expires_at <= ?');
  const insertHandoff = db.prepare('INSERT INTO oidc_handoffs (code_hash, account_id, expires_at) VALUES (?, ?, ?)');
  const takeHandoff = db.prepare<[string, number], { account_id: string }>(
    'DELETE FROM oidc_handoffs WHERE code_hash = ? AND expires_at > ? RETURNING account_id',
  );
  const sweepHandoffs = db.prepare('DELETE FROM oidc_handoffs WHERE expires_at <= ?');
  const identity = db.prepare<[string, string], { account_id: string }>(
    'SELECT account_id FROM identities WHERE provider = ? AND subject = ?',
  );
  const link = db.prepare(
    `INSERT INTO identities (provider, subject, account_id, siret, idp_id, created_at, last_sign_in_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (provider, subject) DO UPDATE SET siret = excluded.siret, idp_id = excluded.idp_id,
       last_sign_in_at = excluded.last_sign_in_at`,
  );
  const noPassword = db.prepare('UPDATE accounts SET password_hash = ?, has_password = 0 WHERE id = ?');
  const endSessions = db.prepare('DELETE FROM sessions WHERE account_id = ?');
  const names = db.prepare('UPDATE accounts SET given_name = ?, usual_name = ? WHERE id = ?');

  return {
    /** Records a login in flight; expired ones are swept at the same time. */
    startLogin(login: OidcLogin): void {
      const now = Date.now();
      sweepLogins.run(now);
      insertLogin.run(
        login.state,
        login.nonce,
        login.codeVerifier,
        login.origin,
        login.mode,
        login.returnTo,
        now + LOGIN_LIFETIME_MS,
      );
    },
    /** The login of this state, once: a replayed or late callback finds nothing. */
    takeLogin(state: string): OidcLogin | undefined {
      const row = takeLogin.get(state, Date.now());
      return (
        row && {
          state,
          nonce: row.nonce,
          codeVerifier: row.code_verifier,
          origin: row.origin,
          mode: row.mode,
          returnTo: row.return_to,
        }
      );
    },
    /** A one-time code for the page a redirect lands on; only its hash is stored. */
    issueHandoff(accountId: string): string {
      const now = Date.now();
      sweepHandoffs.run(now);
      const code = randomBytes(32).toString('base64url');
      insertHandoff.run(tokenHash(code), accountId, now + HANDOFF_LIFETIME_MS);
      return code;
    },
    /** The account of a handoff code, once, within its lifetime. */
    takeHandoff: (code: string): string | undefined => takeHandoff.get(tokenHash(code), Date.now())?.account_id,
    /** The account linked to a provider's subject. */
    accountOf: (issuer: string, subject: string): string | undefined => identity.get(issuer, subject)?.account_id,
    /** Links (or refreshes) an identity: the organisation and provider the agent signed in with last. */
    link(issuer: string, subject: string, accountId: string, siret: string, idpId: string | undefined, now: string) {
      link.run(issuer, subject, accountId, siret, idpId ?? null, now, now);
    },
    /**
     * The account signs in with ProConnect only: its hash is of a password nobody knows (so signing in
     * with a password takes as long as for any account and never works), and its sessions end.
     */
    disablePassword(accountId: string, unusableHash: string): void {
      noPassword.run(unusableHash, accountId);
      endSessions.run(accountId);
    },
    setNames: (accountId: string, givenName: string | null, usualName: string | null) =>
      void names.run(givenName, usualName, accountId),
  };
}
export type ProConnectStore = ReturnType<typeof proConnectStore>;
