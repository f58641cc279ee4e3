import type { Db } from '../db/database.js';

export interface StoredResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

interface KeyRow {
  fingerprint: string;
  status: number | null;
  headers: string | null;
  body: string | null;
  created_at: string;
}

export interface IdempotencyTimes {
  /**
   * How long a key may stay "in progress" when no request of this process holds it: past that, its
   * request is taken for dead (the process was killed) and the next retry is executed.
   */
  claimTimeoutMs: number;
  /** How long a key and its answer are kept. */
  retentionMs: number;
}

/**
 * Keys are kept a day, as Stripe does: long enough for any retry, short enough to stay small. A claim
 * is released after 30 s, far longer than any request of the sandbox takes (they answer in
 * milliseconds), and short enough for a messages' outbox retrying by `Retry-After` to get through.
 */
export const DEFAULT_IDEMPOTENCY_TIMES: IdempotencyTimes = { claimTimeoutMs: 30_000, retentionMs: 24 * 3600 * 1000 };

export type Claim =
  | { kind: 'new' }
  | { kind: 'replay'; response: StoredResponse }
  | { kind: 'mismatch' }
  | { kind: 'in_progress'; retryAfterMs: number };

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Times here are the server's real time, not the sandbox's demo clock: they measure how long a request
 * has been running, and an organiser moving the demo clock must not release claims still held.
 */
export function idempotencyStore(db: Db, times: IdempotencyTimes = DEFAULT_IDEMPOTENCY_TIMES) {
  const find = db.prepare<[string, string], KeyRow>(
    'SELECT fingerprint, status, headers, body, created_at FROM idempotency_keys WHERE account_id = ? AND key = ?',
  );
  const insert = db.prepare(
    'INSERT OR IGNORE INTO idempotency_keys (account_id, key, fingerprint, created_at) VALUES (?, ?, ?, ?)',
  );
  const complete = db.prepare(
    'UPDATE idempotency_keys SET status = ?, headers = ?, body = ? WHERE account_id = ? AND key = ?',
  );
  const release = db.prepare('DELETE FROM idempotency_keys WHERE account_id = ? AND key = ?');
  const forget = db.prepare(
    'DELETE FROM idempotency_keys WHERE account_id = ? AND key = ? AND (created_at <= ? OR (status IS NULL AND created_at <= ?))',
  );
  const purge = db.prepare('DELETE FROM idempotency_keys WHERE created_at <= ?');
  /**
   * The claims that a request of this process is running now. One of them is never released by
   * time (its request may still write); a claim in the database but not here was left by a process
   * that died, or is held by another process on the same database.
   */
  const held = new Set<string>();
  const id = (accountId: string, key: string) => `${accountId}\n${key}`;
  return {
    /**
     * Claims a key for a request. Answers "new" (go ahead), "replay" (the stored answer), "mismatch"
     * (the key was used for another request) or "in_progress" (the first request is still running,
     * with how long to wait before trying again).
     */
    claim(accountId: string, key: string, fingerprint: string): Claim {
      const now = Date.now();
      if (!held.has(id(accountId, key)))
        forget.run(accountId, key, iso(now - times.retentionMs), iso(now - times.claimTimeoutMs));
      if (insert.run(accountId, key, fingerprint, iso(now)).changes === 1) {
        held.add(id(accountId, key));
        return { kind: 'new' };
      }
      const row = find.get(accountId, key)!;
      if (row.fingerprint !== fingerprint) return { kind: 'mismatch' };
      if (row.status === null) {
        // Held here: its request answers in a moment. Held by no one alive: it is released when its time is up.
        const left = held.has(id(accountId, key)) ? 0 : Date.parse(row.created_at) + times.claimTimeoutMs - now;
        return { kind: 'in_progress', retryAfterMs: Math.max(1000, left) };
      }
      return {
        kind: 'replay',
        response: { status: row.status, headers: JSON.parse(row.headers ?? '{}'), body: row.body ?? '' },
      };
    },
    complete(accountId: string, key: string, response: StoredResponse) {
      held.delete(id(accountId, key));
      complete.run(response.status, JSON.stringify(response.headers), response.body, accountId, key);
    },
    /** A request that failed on our side may be tried again with the same key. */
    release(accountId: string, key: string) {
      held.delete(id(accountId, key));
      release.run(accountId, key);
    },
    /** Removes the keys past their retention; run at start-up and on a timer while the server runs. */
    purgeExpired: () => purge.run(iso(Date.now() - times.retentionMs)).changes,
  };
}
