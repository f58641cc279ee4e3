import type { Assignment } from '@qmi/core';
import type { Db } from '../db/database.js';

export interface AssignmentRow {
  application_id: string;
  reviewer_id: string;
  assigned_by: string | null;
  assigned_at: string;
  conflict_declared_at: string | null;
  conflict_reason: string | null;
}

type AssignmentViewRow = AssignmentRow & { email: string; organisation: string | null; assessment: string | null };

const toAssignment = (row: AssignmentViewRow): Assignment => ({
  applicationId: row.application_id,
  reviewerId: row.reviewer_id,
  email: row.email,
  organisation: row.organisation ?? '',
  assignedAt: row.assigned_at,
  ...(row.conflict_declared_at !== null
    ? { conflict: { declaredAt: row.conflict_declared_at, reason: row.conflict_reason ?? '' } }
    : {}),
  assessment: row.assessment === 'draft' || row.assessment === 'submitted' ? row.assessment : 'not_started',
});

const VIEW = `SELECT g.*, a.email, a.organisation, s.status AS assessment FROM assignments g
  JOIN accounts a ON a.id = g.reviewer_id
  LEFT JOIN assessments s ON s.application_id = g.application_id AND s.reviewer_id = g.reviewer_id`;

/**
 * Which reviewers are assigned to which dossiers, and the conflicts of interest they declared
 * (issue 16). A reviewer opens a dossier only through an assignment without a conflict.
 */
export function assignmentStore(db: Db) {
  const one = db.prepare<[string, string], AssignmentRow>(
    'SELECT * FROM assignments WHERE application_id = ? AND reviewer_id = ?',
  );
  const view = db.prepare<[string, string], AssignmentViewRow>(
    `${VIEW} WHERE g.application_id = ? AND g.reviewer_id = ?`,
  );
  const list = db.prepare<[string], AssignmentViewRow>(
    `${VIEW} WHERE g.application_id = ? ORDER BY g.assigned_at, a.email`,
  );
  const insert = db.prepare(
    'INSERT OR IGNORE INTO assignments (application_id, reviewer_id, assigned_by, assigned_at) VALUES (?, ?, ?, ?)',
  );
  const remove = db.prepare('DELETE FROM assignments WHERE application_id = ? AND reviewer_id = ?');
  const conflict = db.prepare(
    `UPDATE assignments SET conflict_declared_at = ?, conflict_reason = ?
     WHERE application_id = ? AND reviewer_id = ? AND conflict_declared_at IS NULL`,
  );
  // A draft is work in progress nobody else reads: it goes with the assignment or the conflict. A
  // submitted assessment stays on record (the committee may have read it).
  const dropDraft = db.prepare(
    "DELETE FROM assessments WHERE application_id = ? AND reviewer_id = ? AND status = 'draft'",
  );
  return {
    /** The reviewer's assignment to the dossier, if any. */
    get: (applicationId: string, reviewerId: string) => one.get(applicationId, reviewerId),
    /** As the API shows it, with the reviewer's address, organisation and where their assessment stands. */
    view(applicationId: string, reviewerId: string): Assignment | undefined {
      const row = view.get(applicationId, reviewerId);
      return row && toAssignment(row);
    },
    list: (applicationId: string): Assignment[] => list.all(applicationId).map(toAssignment),
    /** Assigns; false when the reviewer already was (the earlier assignment stands, conflict included). */
    assign: (applicationId: string, reviewerId: string, assignedBy: string, now: string): boolean =>
      insert.run(applicationId, reviewerId, assignedBy, now).changes === 1,
    /** Unassigns, with the reviewer's draft; false when they were not assigned. */
    unassign(applicationId: string, reviewerId: string): boolean {
      dropDraft.run(applicationId, reviewerId);
      return remove.run(applicationId, reviewerId).changes === 1;
    },
    /** Records the conflict and drops the reviewer's draft; false when already declared. */
    declareConflict(applicationId: string, reviewerId: string, reason: string, now: string): boolean {
      if (conflict.run(now, reason, applicationId, reviewerId).changes !== 1) return false;
      dropDraft.run(applicationId, reviewerId);
      return true;
    },
  };
}
export type AssignmentStore = ReturnType<typeof assignmentStore>;
