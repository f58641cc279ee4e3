import type { CommuneClaim, CommuneClaimStatus } from '@qmi/core';
import type { Db } from '../db/database.js';
import { newId } from '../ids.js';

interface ClaimRow {
  seq: number;
  id: string;
  account_id: string;
  email: string;
  commune: string;
  name: string;
  town_hall_role: string;
  status: CommuneClaimStatus;
  requested_at: string;
  decided_by: string | null;
  decided_at: string | null;
  reason: string | null;
}

const toClaim = (row: ClaimRow): CommuneClaim => ({
  id: row.id,
  accountId: row.account_id,
  email: row.email,
  commune: row.commune,
  name: row.name,
  townHallRole: row.town_hall_role,
  status: row.status,
  requestedAt: row.requested_at,
  ...(row.decided_at ? { decidedAt: row.decided_at } : {}),
  ...(row.reason ? { reason: row.reason } : {}),
});

export interface ClaimFilter {
  accountId?: string | undefined;
  status?: CommuneClaimStatus | undefined;
  commune?: string | undefined;
}

/** Requests to represent a commune, which organisers approve or refuse. */
export function claimStore(db: Db) {
  const select = 'SELECT c.*, a.email FROM commune_claims c JOIN accounts a ON a.id = c.account_id';
  const byId = db.prepare<[string], ClaimRow>(`${select} WHERE c.id = ?`);
  const insert = db.prepare(
    `INSERT INTO commune_claims (id, account_id, commune, name, town_hall_role, status, requested_at)
     VALUES (?, ?, ?, ?, ?, 'pending', ?)`,
  );
  const decide = db.prepare(
    "UPDATE commune_claims SET status = ?, decided_by = ?, decided_at = ?, reason = ? WHERE id = ? AND status = 'pending'",
  );
  return {
    get: (id: string) => {
      const row = byId.get(id);
      return row && toClaim(row);
    },
    /** Undefined when the account already has a pending or approved claim for this commune. */
    create(
      accountId: string,
      request: { commune: string; name: string; townHallRole: string },
      now: string,
    ): CommuneClaim | undefined {
      const id = newId('claim');
      try {
        insert.run(id, accountId, request.commune, request.name, request.townHallRole, now);
      } catch (error) {
        if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') return undefined;
        throw error;
      }
      return toClaim(byId.get(id)!);
    },
    /** Oldest first, so that organisers review in the order people asked. */
    list(filter: ClaimFilter): CommuneClaim[] {
      const where: string[] = [];
      const params: string[] = [];
      for (const [column, value] of [
        ['c.account_id', filter.accountId],
        ['c.status', filter.status],
        ['c.commune', filter.commune],
      ] as const) {
        if (value === undefined) continue;
        where.push(`${column} = ?`);
        params.push(value);
      }
      return db
        .prepare<string[], ClaimRow>(`${select} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY c.seq`)
        .all(...params)
        .map(toClaim);
    },
    /** Decides a pending claim; false when it was decided meanwhile. */
    decide(id: string, status: 'approved' | 'refused', decidedBy: string, now: string, reason?: string): boolean {
      return decide.run(status, decidedBy, now, reason ?? null, id).changes === 1;
    },
  };
}
export type ClaimStore = ReturnType<typeof claimStore>;
