import type { AdviceRequest, SectionComment } from '@qmi/core';
import type { Db } from '../db/database.js';
import { newId } from '../ids.js';

interface AdviceRow {
  id: string;
  application_id: string;
  requested_by: string | null;
  message: string;
  status: AdviceRequest['status'];
  created_at: string;
  answered_at: string | null;
}

interface CommentRow {
  id: string;
  application_id: string;
  section_id: string;
  author_id: string | null;
  text: string;
  created_at: string;
  resolved_at: string | null;
}

const toAdvice = (row: AdviceRow): AdviceRequest => ({
  id: row.id,
  applicationId: row.application_id,
  // An erased account leaves the request without its author.
  requestedBy: row.requested_by ?? '',
  message: row.message,
  status: row.status,
  createdAt: row.created_at,
  ...(row.answered_at ? { answeredAt: row.answered_at } : {}),
});

const toComment = (row: CommentRow): SectionComment => ({
  id: row.id,
  applicationId: row.application_id,
  sectionId: row.section_id,
  text: row.text,
  authorId: row.author_id ?? '',
  createdAt: row.created_at,
  ...(row.resolved_at ? { resolvedAt: row.resolved_at } : {}),
});

/** Accompaniment before the deadline: a commune's requests for advice and the organisers' comments per section. */
export function adviceStore(db: Db) {
  const insertRequest = db.prepare(
    "INSERT INTO advice_requests (id, application_id, requested_by, message, status, created_at) VALUES (?, ?, ?, ?, 'open', ?)",
  );
  const requestById = db.prepare<[string], AdviceRow>('SELECT * FROM advice_requests WHERE id = ?');
  const requests = db.prepare<[string], AdviceRow>(
    'SELECT * FROM advice_requests WHERE application_id = ? ORDER BY seq',
  );
  const openRequest = db.prepare<[string], AdviceRow>(
    "SELECT * FROM advice_requests WHERE application_id = ? AND status = 'open' ORDER BY seq LIMIT 1",
  );
  const answer = db.prepare(
    "UPDATE advice_requests SET status = 'answered', answered_at = ? WHERE application_id = ? AND status = 'open'",
  );
  const insertComment = db.prepare(
    'INSERT INTO section_comments (id, application_id, section_id, author_id, text, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const commentById = db.prepare<[string, string], CommentRow>(
    'SELECT * FROM section_comments WHERE id = ? AND application_id = ?',
  );
  const comments = db.prepare<[string], CommentRow>(
    'SELECT * FROM section_comments WHERE application_id = ? ORDER BY seq',
  );
  const resolve = db.prepare(
    'UPDATE section_comments SET resolved_at = ?, resolved_by = ? WHERE id = ? AND application_id = ? AND resolved_at IS NULL',
  );
  return {
    request(applicationId: string, requestedBy: string, message: string, now: string): AdviceRequest {
      const id = newId('adv');
      insertRequest.run(id, applicationId, requestedBy, message, now);
      return toAdvice(requestById.get(id)!);
    },
    /** The dossier's open request, if any: one at a time. */
    open: (applicationId: string) => {
      const row = openRequest.get(applicationId);
      return row ? toAdvice(row) : undefined;
    },
    requests: (applicationId: string) => requests.all(applicationId).map(toAdvice),
    /** Marks the dossier's open request answered (an organiser commented). */
    answer: (applicationId: string, now: string) => answer.run(now, applicationId).changes > 0,
    comment(applicationId: string, sectionId: string, authorId: string, text: string, now: string): SectionComment {
      const id = newId('cmt');
      insertComment.run(id, applicationId, sectionId, authorId, text, now);
      return toComment(commentById.get(id, applicationId)!);
    },
    comments: (applicationId: string) => comments.all(applicationId).map(toComment),
    /** The comment of this dossier, or undefined (a comment id of another dossier is not found). */
    getComment: (applicationId: string, commentId: string) => {
      const row = commentById.get(commentId, applicationId);
      return row ? toComment(row) : undefined;
    },
    /** Marks it dealt with; a comment already resolved keeps its first date. */
    resolve(applicationId: string, commentId: string, accountId: string, now: string): SectionComment | undefined {
      resolve.run(now, accountId, commentId, applicationId);
      const row = commentById.get(commentId, applicationId);
      return row ? toComment(row) : undefined;
    },
  };
}
export type AdviceStore = ReturnType<typeof adviceStore>;
