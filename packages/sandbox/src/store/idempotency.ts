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
}

/** Keys are kept a day, as Stripe does: long enough for any retry, short enough to stay small. */
const TTL_MS = 24 * 3600 * 1000;

export function idempotencyStore(db: Db) {
  const find = db.prepare<[string, string], KeyRow>(
    'SELECT fingerprint, status, headers, body FROM idempotency_keys WHERE account_id = ? AND key = ?',
  );
  const claim = db.prepare(
    'INSERT OR IGNORE INTO idempotency_keys (account_id, key, fingerprint, created_at) VALUES (?, ?, ?, ?)',
  );
  const complete = db.prepare(
    'UPDATE idempotency_keys SET status = ?, headers = ?, body = ? WHERE account_id = ? AND key = ?',
  );
  const release = db.prepare('DELETE FROM idempotency_keys WHERE account_id = ? AND key = ?');
  const purge = db.prepare('DELETE FROM idempotency_keys WHERE created_at <= ?');
  return {
    /**
     * Claims a key for a request. Answers "new" (go ahead), "replay" (the stored answer), "mismatch"
     * (the key was used for another request) or "in_progress" (the first request is still running).
     */
    claim(
      accountId: string,
      key: string,
      fingerprint: string,
    ): { kind: 'new' } | { kind: 'replay'; response: StoredResponse } | { kind: 'mismatch' | 'in_progress' } {
      if (claim.run(accountId, key, fingerprint, new Date().toISOString()).changes === 1) return { kind: 'new' };
      const row = find.get(accountId, key)!;
      if (row.fingerprint !== fingerprint) return { kind: 'mismatch' };
      if (row.status === null) return { kind: 'in_progress' };
      return {
        kind: 'replay',
        response: { status: row.status, headers: JSON.parse(row.headers ?? '{}'), body: row.body ?? '' },
      };
    },
    complete: (accountId: string, key: string, response: StoredResponse) =>
      void complete.run(response.status, JSON.stringify(response.headers), response.body, accountId, key),
    /** A request that failed on our side may be tried again with the same key. */
    release: (accountId: string, key: string) => void release.run(accountId, key),
    purgeExpired: () => purge.run(new Date(Date.now() - TTL_MS).toISOString()).changes,
  };
}
