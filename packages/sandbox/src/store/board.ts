import type { Db } from '../db/database.js';

/** A call has about 130 communes; the bound keeps one request's work finite whatever the data. */
export const MAX_BOARD_ROWS = 5000;

export interface RowFacts {
  id: string;
  status: string;
  agreement_signed_at: string | null;
  advice_open: number;
  agreement_deadline: string | null;
}

export interface ReviewerFact {
  application_id: string;
  id: string;
  email: string;
  organisation: string | null;
  conflict: number;
}

export interface AssessmentCount {
  application_id: string;
  submitted: number;
}

/**
 * What the board reads beside the dossiers themselves, in a few statements per call (not per row):
 * the dossiers' ids in order, their reviewers, the submitted assessments of reviewers without a
 * conflict, the open requests for advice and the latest agreement deadline.
 */
export function boardStore(db: Db) {
  const FACTS = `SELECT a.id, a.status, a.agreement_signed_at,
      EXISTS (SELECT 1 FROM advice_requests r WHERE r.application_id = a.id AND r.status = 'open') AS advice_open,
      (SELECT d.agreement_deadline FROM decisions d WHERE d.application_id = a.id AND d.action = 'select'
        ORDER BY d.seq DESC LIMIT 1) AS agreement_deadline
    FROM applications a`;
  const statements = {
    all: db.prepare<[string, number], RowFacts>(
      `${FACTS} WHERE a.call_id = ? AND a.status <> 'withdrawn' ORDER BY a.seq LIMIT ?`,
    ),
    assigned: db.prepare<[string, string, number], RowFacts>(
      `${FACTS} JOIN assignments g ON g.application_id = a.id AND g.reviewer_id = ? AND g.conflict_declared_at IS NULL
       WHERE a.call_id = ? AND a.status NOT IN ('draft', 'withdrawn') ORDER BY a.seq LIMIT ?`,
    ),
    counts: db.prepare<[string], { status: string; n: number }>(
      'SELECT status, COUNT(*) AS n FROM applications WHERE call_id = ? GROUP BY status',
    ),
    reviewers: db.prepare<[string], ReviewerFact>(
      `SELECT g.application_id, u.id, u.email, u.organisation, g.conflict_declared_at IS NOT NULL AS conflict
       FROM assignments g JOIN applications a ON a.id = g.application_id JOIN accounts u ON u.id = g.reviewer_id
       WHERE a.call_id = ? ORDER BY g.assigned_at, u.email`,
    ),
    submitted: db.prepare<[string], AssessmentCount>(
      `SELECT s.application_id, COUNT(*) AS submitted FROM assessments s
       JOIN applications a ON a.id = s.application_id
       JOIN assignments g ON g.application_id = s.application_id AND g.reviewer_id = s.reviewer_id
       WHERE a.call_id = ? AND s.status = 'submitted' AND g.conflict_declared_at IS NULL GROUP BY s.application_id`,
    ),
    mine: db.prepare<[string, string], { application_id: string; status: 'draft' | 'submitted' }>(
      `SELECT s.application_id, s.status FROM assessments s JOIN applications a ON a.id = s.application_id
       WHERE s.reviewer_id = ? AND a.call_id = ?`,
    ),
  };
  return {
    /** Organisers: every live dossier of the call, oldest first. */
    all: (callId: string, limit: number) => statements.all.all(callId, limit),
    /** A reviewer: the submitted (or later) dossiers assigned to them without a conflict. */
    assigned: (reviewerId: string, callId: string, limit: number) => statements.assigned.all(reviewerId, callId, limit),
    /** Dossiers per status, withdrawn ones included. */
    counts: (callId: string) => statements.counts.all(callId),
    reviewers: (callId: string) => statements.reviewers.all(callId),
    submitted: (callId: string) => statements.submitted.all(callId),
    /** A reviewer's own assessments in the call (their status per dossier). */
    mine: (reviewerId: string, callId: string) => statements.mine.all(reviewerId, callId),
  };
}
export type BoardStore = ReturnType<typeof boardStore>;
