import { randomBytes } from 'node:crypto';
import type { Db } from '../db/database.js';
import { tokenHash } from '../ids.js';

export type EmailTokenPurpose = 'verify_email' | 'reset_password' | 'change_email';

export interface EmailTokenRow {
  token_hash: string;
  account_id: string;
  purpose: EmailTokenPurpose;
  new_email: string | null;
  created_at: string;
  expires_at: number;
  used_at: string | null;
}

/**
 * Single-use tokens sent by e-mail (address verification, password reset, change of address). Only a
 * hash is stored; a token works once, before its expiry (real time), and issuing a new one for the
 * same purpose ends the previous ones (the latest e-mail is the one that works).
 */
export function emailTokenStore(db: Db) {
  const insert = db.prepare(
    'INSERT INTO email_tokens (token_hash, account_id, purpose, new_email, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const endOthers = db.prepare(
    'UPDATE email_tokens SET used_at = ? WHERE account_id = ? AND purpose = ? AND used_at IS NULL',
  );
  const find = db.prepare<[string, string], EmailTokenRow>(
    'SELECT * FROM email_tokens WHERE token_hash = ? AND purpose = ?',
  );
  const use = db.prepare('UPDATE email_tokens SET used_at = ? WHERE token_hash = ? AND used_at IS NULL');
  const sweep = db.prepare('DELETE FROM email_tokens WHERE expires_at < ?');
  return {
    /** A new token for this purpose; earlier unused ones of the same purpose stop working. */
    issue(accountId: string, purpose: EmailTokenPurpose, lifetimeMs: number, now: string, newEmail?: string): string {
      const token = randomBytes(32).toString('base64url');
      endOthers.run(now, accountId, purpose);
      insert.run(tokenHash(token), accountId, purpose, newEmail ?? null, now, Date.now() + lifetimeMs);
      return token;
    },
    /** The token's row while it would still work, without using it (to check a new password before spending the link). */
    peek(token: string, purpose: EmailTokenPurpose): EmailTokenRow | undefined {
      const row = find.get(tokenHash(token), purpose);
      return row && row.used_at === null && row.expires_at >= Date.now() ? row : undefined;
    },
    /** Uses a token once: its row when it was valid, unused and not expired; undefined otherwise. */
    consume(token: string, purpose: EmailTokenPurpose, now: string): EmailTokenRow | undefined {
      const row = find.get(tokenHash(token), purpose);
      if (!row || row.used_at !== null || row.expires_at < Date.now()) return undefined;
      // The UPDATE decides between two requests using the same token at once: only one changes the row.
      return use.run(now, row.token_hash).changes === 1 ? row : undefined;
    },
    /** Ends every unused token of this account for a purpose (e.g. all resets once the password changed). */
    endAll: (accountId: string, purpose: EmailTokenPurpose, now: string) => endOthers.run(now, accountId, purpose),
    sweep: () => sweep.run(Date.now() - 24 * 3600 * 1000).changes,
  };
}
export type EmailTokenStore = ReturnType<typeof emailTokenStore>;
