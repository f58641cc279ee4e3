import { randomBytes } from 'node:crypto';
import type { Db } from '../db/database.js';
import { tokenHash } from '../ids.js';
import type { AccountRow } from './accounts.js';

export interface SessionTimes {
  /** A token left unused this long stops working; each use pushes that moment forward. */
  idleMs: number;
  /** No token works longer than this after its sign-in, however often it is used. */
  maxMs: number;
}

const DAY = 24 * 3600 * 1000;
/**
 * Idle 7 days: an agent who leaves on a Friday before a holiday bridge (Ascension, 14 July) finds their
 * session on the Wednesday after, while a token forgotten on a shared town-hall computer dies within a
 * week. Absolute 30 days: a stolen token is worth a month at most, and signing in once a month costs
 * an agent little.
 */
export const DEFAULT_SESSION_TIMES: SessionTimes = { idleMs: 7 * DAY, maxMs: 30 * DAY };

/** The last use is written at most once a minute per session (a tenth of the idle time if shorter), not on every request. */
const touchEveryMs = (idleMs: number) => Math.min(60_000, idleMs / 10);

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Bearer sessions; only a hash of each token is stored. `expires_at` is the absolute deadline, set at
 * sign-in; `last_used_at` the last use, compared with the idle time in force (so shortening it applies
 * to tokens already issued). Times are the server's real clock, never the sandbox's demo clock: an
 * organiser moving the demo clock must not revive nor end anyone's session.
 */
export function sessionStore(db: Db, times: SessionTimes = DEFAULT_SESSION_TIMES) {
  const insert = db.prepare(
    'INSERT INTO sessions (token_hash, account_id, created_at, expires_at, last_used_at) VALUES (?, ?, ?, ?, ?)',
  );
  const find = db.prepare<[string, string, string], AccountRow & { session_last_used_at: string }>(
    `SELECT a.*, s.last_used_at AS session_last_used_at FROM sessions s JOIN accounts a ON a.id = s.account_id
     WHERE s.token_hash = ? AND s.expires_at > ? AND s.last_used_at > ?`,
  );
  const touch = db.prepare('UPDATE sessions SET last_used_at = ? WHERE token_hash = ?');
  const remove = db.prepare('DELETE FROM sessions WHERE token_hash = ?');
  const removeAll = db.prepare('DELETE FROM sessions WHERE account_id = ?');
  const removeOthers = db.prepare('DELETE FROM sessions WHERE account_id = ? AND token_hash <> ?');
  const purge = db.prepare('DELETE FROM sessions WHERE expires_at <= ? OR last_used_at IS NULL OR last_used_at <= ?');
  return {
    /**
     * `expiresAt` is when the token stops working if it is not used: the idle expiry, or the absolute
     * one when that comes first. Using the token pushes the idle expiry forward, never the absolute one.
     */
    create(accountId: string): { token: string; expiresAt: string } {
      const token = `qmi_${randomBytes(32).toString('base64url')}`;
      const now = Date.now();
      const deadline = now + times.maxMs;
      insert.run(tokenHash(token), accountId, iso(now), iso(deadline), iso(now));
      return { token, expiresAt: iso(Math.min(now + times.idleMs, deadline)) };
    },
    /** The token's account, if it is neither past its absolute deadline nor idle too long; records the use. */
    accountFor(token: string): AccountRow | undefined {
      const now = Date.now();
      const key = tokenHash(token);
      const row = find.get(key, iso(now), iso(now - times.idleMs));
      if (!row) return undefined;
      const { session_last_used_at: lastUsed, ...account } = row;
      if (now - Date.parse(lastUsed) >= touchEveryMs(times.idleMs)) touch.run(iso(now), key);
      return account;
    },
    revoke: (token: string) => void remove.run(tokenHash(token)),
    /** Signs the account out everywhere; answers how many sessions ended. */
    revokeAll: (accountId: string) => removeAll.run(accountId).changes,
    /** Ends every session of the account but this one (after a change of password made with it). */
    revokeOthers: (accountId: string, keptToken: string) => removeOthers.run(accountId, tokenHash(keptToken)).changes,
    purgeExpired() {
      const now = Date.now();
      return purge.run(iso(now), iso(now - times.idleMs)).changes;
    },
  };
}
export type SessionStore = ReturnType<typeof sessionStore>;
