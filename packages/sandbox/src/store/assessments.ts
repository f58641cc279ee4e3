import type { Assessment, CriterionRating, CriterionSpread, Synthesis, SynthesisRequest } from '@qmi/core';
import type { Db } from '../db/database.js';
import { newId } from '../ids.js';

interface AssessmentRow {
  id: string;
  application_id: string;
  reviewer_id: string;
  ratings: string;
  status: 'draft' | 'submitted';
  revision: number;
  updated_at: string;
  submitted_at: string | null;
  /** From the reviewer's account, joined. */
  email: string;
  organisation: string | null;
}

interface SynthesisRow {
  application_id: string;
  text: string;
  per_criterion: string | null;
  updated_by: string | null;
  updated_at: string;
  updated_by_email: string | null;
}

const toAssessment = (row: AssessmentRow): Assessment => ({
  id: row.id,
  applicationId: row.application_id,
  reviewerId: row.reviewer_id,
  email: row.email,
  organisation: row.organisation ?? '',
  status: row.status,
  ratings: JSON.parse(row.ratings) as Record<string, CriterionRating>,
  revision: row.revision,
  updatedAt: row.updated_at,
  ...(row.submitted_at ? { submittedAt: row.submitted_at } : {}),
});

const toSynthesis = (row: SynthesisRow): Synthesis => ({
  text: row.text,
  ...(row.per_criterion ? { perCriterion: JSON.parse(row.per_criterion) as Record<string, string> } : {}),
  // The organiser's address names who wrote it; an account deleted since leaves its id.
  updatedBy: row.updated_by_email ?? row.updated_by ?? '',
  updatedAt: row.updated_at,
});

const WITH_REVIEWER = `SELECT assessments.*, accounts.email, accounts.organisation
  FROM assessments JOIN accounts ON accounts.id = assessments.reviewer_id`;

/**
 * Reviewers' assessments of a dossier, one per reviewer, and the committee's synthesis (issue 16).
 * Submitted ones come first, in the order they were submitted, then drafts: the spread's ratings
 * follow that order, so entry i of a criterion's ratings is the rating of assessment i.
 */
export function assessmentStore(db: Db) {
  const forApplication = db.prepare<[string], AssessmentRow>(
    `${WITH_REVIEWER} WHERE assessments.application_id = ?
     ORDER BY assessments.status = 'draft', coalesce(assessments.submitted_at, assessments.updated_at), assessments.rowid`,
  );
  const mine = db.prepare<[string, string], AssessmentRow>(
    `${WITH_REVIEWER} WHERE assessments.application_id = ? AND assessments.reviewer_id = ?`,
  );
  const insert = db.prepare(
    "INSERT INTO assessments (id, application_id, reviewer_id, ratings, status, revision, updated_at) VALUES (?, ?, ?, '{}', 'draft', 1, ?) ON CONFLICT (application_id, reviewer_id) DO NOTHING",
  );
  const save = db.prepare(
    "UPDATE assessments SET ratings = ?, revision = revision + 1, updated_at = ? WHERE id = ? AND revision = ? AND status = 'draft'",
  );
  const submit = db.prepare(
    "UPDATE assessments SET status = 'submitted', submitted_at = ?, updated_at = ?, revision = revision + 1 WHERE id = ? AND status = 'draft'",
  );
  const synthesisOf = db.prepare<[string], SynthesisRow>(
    `SELECT syntheses.*, accounts.email AS updated_by_email FROM syntheses
     LEFT JOIN accounts ON accounts.id = syntheses.updated_by WHERE application_id = ?`,
  );
  const writeSynthesis = db.prepare(
    `INSERT INTO syntheses (application_id, text, per_criterion, updated_by, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (application_id) DO UPDATE SET text = excluded.text, per_criterion = excluded.per_criterion,
       updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
  );
  const expected = db.prepare<[string], { n: number }>(
    'SELECT count(*) AS n FROM assignments WHERE application_id = ? AND conflict_declared_at IS NULL',
  );
  return {
    /** Assessments expected: one per assigned reviewer who declared no conflict of interest. */
    expected: (applicationId: string): number => expected.get(applicationId)!.n,
    list: (applicationId: string): Assessment[] => forApplication.all(applicationId).map(toAssessment),
    mine(applicationId: string, reviewerId: string): Assessment | undefined {
      const row = mine.get(applicationId, reviewerId);
      return row && toAssessment(row);
    },
    /** The reviewer's assessment, created as an empty draft (revision 1) the first time they open it. */
    open(applicationId: string, reviewerId: string, now: string): Assessment {
      insert.run(newId('asm'), applicationId, reviewerId, now);
      return toAssessment(mine.get(applicationId, reviewerId)!);
    },
    /** Saves a draft written against `revision`; false when it changed since (or was submitted). */
    save: (id: string, ratings: Record<string, CriterionRating>, revision: number, now: string): boolean =>
      save.run(JSON.stringify(ratings), now, id, revision).changes > 0,
    submit: (id: string, now: string): boolean => submit.run(now, now, id).changes > 0,
    synthesis(applicationId: string): Synthesis | undefined {
      const row = synthesisOf.get(applicationId);
      return row && toSynthesis(row);
    },
    writeSynthesis(applicationId: string, body: SynthesisRequest, authorId: string, now: string): Synthesis {
      writeSynthesis.run(
        applicationId,
        body.text,
        body.perCriterion ? JSON.stringify(body.perCriterion) : null,
        authorId,
        now,
      );
      return toSynthesis(synthesisOf.get(applicationId)!);
    },
  };
}
export type AssessmentStore = ReturnType<typeof assessmentStore>;

/**
 * How the submitted ratings spread, criterion by criterion in the call's order: min, median, max and
 * each rating, never an average or a rank (the committee weighs the dossier, not a score).
 */
export function spreadOf(criteria: readonly { id: string }[], submitted: readonly Assessment[]): CriterionSpread[] {
  return criteria.map(({ id }) => {
    const ratings = submitted.map((assessment) => assessment.ratings[id]?.rating ?? null);
    const given = ratings.filter((rating): rating is number => rating !== null).sort((a, b) => a - b);
    const middle = Math.floor(given.length / 2);
    return {
      criterionId: id,
      ratings,
      count: given.length,
      ...(given.length
        ? {
            min: given[0]!,
            max: given[given.length - 1]!,
            median: given.length % 2 ? given[middle]! : (given[middle - 1]! + given[middle]!) / 2,
          }
        : {}),
    };
  });
}
