import type { Db } from '../db/database.js';

export interface AssignmentRow {
  application_id: string;
  reviewer_id: string;
  assigned_by: string | null;
  assigned_at: string;
  conflict_declared_at: string | null;
  conflict_reason: string | null;
}

/**
 * Which reviewers are assigned to which dossiers, and the conflicts of interest they declared
 * (issue 16). A reviewer opens a dossier only through an assignment without a conflict.
 */
export function assignmentStore(db: Db) {
  const one = db.prepare<[string, string], AssignmentRow>(
    'SELECT * FROM assignments WHERE application_id = ? AND reviewer_id = ?',
  );
  return {
    /** The reviewer's assignment to the dossier, if any. */
    get: (applicationId: string, reviewerId: string) => one.get(applicationId, reviewerId),
  };
}
export type AssignmentStore = ReturnType<typeof assignmentStore>;
