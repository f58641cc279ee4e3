import type { ApplicationStatus, Decision, DecisionAction } from '@qmi/core';
import type { Db } from '../db/database.js';
import { newId } from '../ids.js';

interface DecisionRow {
  id: string;
  application_id: string;
  action: DecisionAction;
  comment: string | null;
  from_status: ApplicationStatus;
  to_status: ApplicationStatus;
  decided_by: string;
  decided_at: string;
}

const toDecision = (row: DecisionRow): Decision => ({
  id: row.id,
  applicationId: row.application_id,
  action: row.action,
  ...(row.comment ? { comment: row.comment } : {}),
  fromStatus: row.from_status,
  toStatus: row.to_status,
  decidedBy: row.decided_by,
  decidedAt: row.decided_at,
});

export function decisionStore(db: Db) {
  const list = db.prepare<[string], DecisionRow>('SELECT * FROM decisions WHERE application_id = ? ORDER BY seq');
  const byId = db.prepare<[string], DecisionRow>('SELECT * FROM decisions WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO decisions (id, application_id, action, comment, from_status, to_status, decided_by, decided_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return {
    list: (applicationId: string) => list.all(applicationId).map(toDecision),
    record(d: Omit<Decision, 'id'>): Decision {
      const id = newId('dec');
      insert.run(id, d.applicationId, d.action, d.comment ?? null, d.fromStatus, d.toStatus, d.decidedBy, d.decidedAt);
      return toDecision(byId.get(id)!);
    },
  };
}
