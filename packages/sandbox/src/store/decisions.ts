import type { ApplicationStatus, Decision, DecisionAction } from '@qmi/core';
import type { Db } from '../db/database.js';
import { newId } from '../ids.js';

interface DecisionRow {
  id: string;
  application_id: string;
  action: DecisionAction;
  comment: string | null;
  /** JSON arrays of strings, null when the decision has none. */
  reasons: string | null;
  fields: string | null;
  agreement_deadline: string | null;
  from_status: ApplicationStatus;
  to_status: ApplicationStatus;
  decided_by: string;
  decided_at: string;
}

const list = (json: string | null): string[] | undefined => (json ? (JSON.parse(json) as string[]) : undefined);

const toDecision = (row: DecisionRow): Decision => {
  const reasons = list(row.reasons);
  const fields = list(row.fields);
  return {
    id: row.id,
    applicationId: row.application_id,
    action: row.action,
    ...(row.comment ? { comment: row.comment } : {}),
    ...(reasons ? { reasons } : {}),
    ...(fields ? { fields } : {}),
    ...(row.agreement_deadline ? { agreementDeadline: row.agreement_deadline } : {}),
    fromStatus: row.from_status,
    toStatus: row.to_status,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
  };
};

const json = (values: readonly string[] | undefined) => (values?.length ? JSON.stringify(values) : null);

export function decisionStore(db: Db) {
  const list = db.prepare<[string], DecisionRow>('SELECT * FROM decisions WHERE application_id = ? ORDER BY seq');
  const byId = db.prepare<[string], DecisionRow>('SELECT * FROM decisions WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO decisions (id, application_id, action, comment, reasons, fields, agreement_deadline, from_status,
       to_status, decided_by, decided_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const selected = db.prepare<[string], { n: number }>(
    "SELECT COUNT(*) AS n FROM applications WHERE call_id = ? AND status = 'selected'",
  );
  const signAgreement = db.prepare(
    "UPDATE applications SET agreement_signed_at = ? WHERE id = ? AND status = 'selected'",
  );
  return {
    list: (applicationId: string) => list.all(applicationId).map(toDecision),
    record(d: Omit<Decision, 'id'>): Decision {
      const id = newId('dec');
      insert.run(
        id,
        d.applicationId,
        d.action,
        d.comment ?? null,
        json(d.reasons),
        json(d.fields),
        d.agreementDeadline ?? null,
        d.fromStatus,
        d.toStatus,
        d.decidedBy,
        d.decidedAt,
      );
      return toDecision(byId.get(id)!);
    },
    /** How many dossiers of the call are selected now: the call's `maxSelected` caps it. */
    selectedCount: (callId: string) => selected.get(callId)!.n,
    /** The date the laureate signed its agreement (only a selected dossier has one); false if not selected. */
    recordAgreement: (applicationId: string, signedAt: string) =>
      signAgreement.run(signedAt, applicationId).changes > 0,
  };
}
