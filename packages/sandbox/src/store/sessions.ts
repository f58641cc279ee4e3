import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/database.js';
import type { AccountRow } from './accounts.js';

/** Sessions last 30 days of real time. Only a hash of the token is stored. */
export const SESSION_TTL_MS = 30 * 24 * 3600 * 1000;
const hash = (token: string) => createHash('sha256').update(token).digest('hex');

export function sessionStore(db: Db) {
  const insert = db.prepare(
    'INSERT INTO sessions (token_hash, account_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
  );
  const find = db.prepare<[string, string], AccountRow>(
    `SELECT a.* FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE s.token_hash = ? AND s.expires_at > ?`,
  );
  const remove = db.prepare('DELETE FROM sessions WHERE token_hash = ?');
  const purge = db.prepare('DELETE FROM sessions WHERE expires_at <= ?');
  return {
    create(accountId: string): { token: string; expiresAt: string } {
      const token = `qmi_${randomBytes(32).toString('base64url')}`;
      const now = Date.now();
      const expiresAt = new Date(now + SESSION_TTL_MS).toISOString();
      insert.run(hash(token), accountId, new Date(now).toISOString(), expiresAt);
      return { token, expiresAt };
    },
    accountFor: (token: string) => find.get(hash(token), new Date().toISOString()),
    revoke: (token: string) => void remove.run(hash(token)),
    purgeExpired: () => purge.run(new Date().toISOString()).changes,
  };
}
export type SessionStore = ReturnType<typeof sessionStore>;
