import type { Db } from '../db/database.js';
import type { AccountRow } from '../store/accounts.js';

type Row = Record<string, unknown>;

/** Nulls left out, so the file holds what is known, not the empty columns. */
export const withoutNulls = (rows: Row[]): Row[] =>
  rows.map((row) => Object.fromEntries(Object.entries(row).filter(([, value]) => value !== null)));

/** JSON columns given back as data, not as strings inside the JSON file. */
const parsed = (rows: Row[], ...columns: string[]): Row[] =>
  rows.map((row) => {
    const copy = { ...row };
    for (const column of columns)
      if (typeof copy[column] === 'string') copy[column] = JSON.parse(copy[column] as string) as unknown;
    return copy;
  });

/** The dossiers an account owns or edits (the commune's side), as a SQL condition on `application_id`. */
const THEIR_DOSSIERS = `application_id IN (SELECT id FROM applications WHERE owner_id = @id
  UNION SELECT application_id FROM collaborators WHERE account_id = @id)`;

/**
 * What the organisers' side (issue 16) holds about one person, for the GDPR export: the commune's
 * people get their notifications, their requests for advice, the organisers' comments on their
 * dossiers' sections (as the commune reads them) and their receipts' metadata (the PDF is downloaded
 * on its own); a reviewer their assignments, the conflicts they declared and their assessments; an
 * organiser the annotations, section comments and syntheses they wrote. Others' assessments and the
 * organisers' notes on the person's dossier are not "about" the person's account: they stay out
 * (they are the committee's, and never shown to the commune).
 */
export function reviewExport(db: Db) {
  const all = (sql: string) => db.prepare<[{ id: string }], Row>(sql);
  const notifications = all(
    `SELECT id, kind, application_id AS applicationId, params, created_at AS createdAt, read_at AS readAt
     FROM notifications WHERE account_id = @id ORDER BY seq`,
  );
  const adviceRequests = all(
    `SELECT id, application_id AS applicationId, message, status, created_at AS createdAt, answered_at AS answeredAt
     FROM advice_requests WHERE requested_by = @id ORDER BY seq`,
  );
  const sectionComments = all(
    `SELECT id, application_id AS applicationId, section_id AS sectionId, text, author_id AS authorId,
       created_at AS createdAt, resolved_at AS resolvedAt
     FROM section_comments WHERE ${THEIR_DOSSIERS} ORDER BY seq`,
  );
  const receipts = all(
    `SELECT id, application_id AS applicationId, submitted_at AS submittedAt, content_sha256 AS contentSha256,
       documents, pdf_sha256 AS pdfSha256
     FROM receipts WHERE ${THEIR_DOSSIERS} ORDER BY seq`,
  );
  const assignments = all(
    `SELECT application_id AS applicationId, assigned_at AS assignedAt, conflict_declared_at AS conflictDeclaredAt,
       conflict_reason AS conflictReason
     FROM assignments WHERE reviewer_id = @id ORDER BY assigned_at, application_id`,
  );
  const conflicts = all(
    `SELECT application_id AS applicationId, conflict_declared_at AS declaredAt, conflict_reason AS reason
     FROM assignments WHERE reviewer_id = @id AND conflict_declared_at IS NOT NULL ORDER BY conflict_declared_at`,
  );
  const assessments = all(
    `SELECT id, application_id AS applicationId, status, ratings, revision, updated_at AS updatedAt,
       submitted_at AS submittedAt
     FROM assessments WHERE reviewer_id = @id ORDER BY updated_at, id`,
  );
  const annotations = all(
    `SELECT id, application_id AS applicationId, text, created_at AS createdAt
     FROM annotations WHERE author_id = @id ORDER BY seq`,
  );
  const commentsWritten = all(
    `SELECT id, application_id AS applicationId, section_id AS sectionId, text, created_at AS createdAt,
       resolved_at AS resolvedAt
     FROM section_comments WHERE author_id = @id ORDER BY seq`,
  );
  const syntheses = all(
    `SELECT application_id AS applicationId, text, per_criterion AS perCriterion, updated_at AS updatedAt
     FROM syntheses WHERE updated_by = @id ORDER BY updated_at`,
  );

  return (account: AccountRow) => {
    const id = { id: account.id };
    return {
      notifications: withoutNulls(parsed(notifications.all(id), 'params')),
      adviceRequests: withoutNulls(adviceRequests.all(id)),
      sectionComments: withoutNulls(sectionComments.all(id)),
      receipts: withoutNulls(parsed(receipts.all(id), 'documents')),
      assignments: withoutNulls(assignments.all(id)),
      conflictsDeclared: withoutNulls(conflicts.all(id)),
      assessments: withoutNulls(parsed(assessments.all(id), 'ratings')),
      annotationsWritten: withoutNulls(annotations.all(id)),
      sectionCommentsWritten: withoutNulls(commentsWritten.all(id)),
      synthesesWritten: withoutNulls(parsed(syntheses.all(id), 'perCriterion')),
    };
  };
}
