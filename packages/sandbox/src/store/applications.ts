import type { Application, ApplicationDraftContent, ApplicationStatus, Collaborator, DocumentRef } from '@qmi/core';
import type { Db } from '../db/database.js';
import { newId } from '../ids.js';

export interface ApplicationRow {
  seq: number;
  id: string;
  call_id: string;
  commune: string;
  owner_id: string;
  status: ApplicationStatus;
  revision: number;
  content: string;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
  holds_place: number;
}

interface DocumentRow {
  id: string;
  kind: string;
  filename: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  partner_id: string | null;
  uploaded_at: string;
}

const toDocument = (row: DocumentRow): DocumentRef => ({
  id: row.id,
  kind: row.kind,
  filename: row.filename,
  mediaType: row.media_type,
  sizeBytes: row.size_bytes,
  sha256: row.sha256,
  ...(row.partner_id ? { partnerId: row.partner_id } : {}),
  uploadedAt: row.uploaded_at,
});

export interface ListFilter {
  /** Only dossiers this account owns or co-edits; undefined for organisers (all). */
  visibleTo?: string | undefined;
  callId?: string | undefined;
  status?: ApplicationStatus | undefined;
  afterSeq: number;
  limit: number;
}

export function applicationStore(db: Db) {
  const byId = db.prepare<[string], ApplicationRow>('SELECT * FROM applications WHERE id = ?');
  const live = db.prepare<[string, string], ApplicationRow>(
    "SELECT * FROM applications WHERE call_id = ? AND commune = ? AND status <> 'withdrawn'",
  );
  const insert = db.prepare(
    `INSERT INTO applications (id, call_id, commune, owner_id, status, revision, content, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'draft', 1, '{}', ?, ?)`,
  );
  const updateContent = db.prepare(
    'UPDATE applications SET content = ?, revision = revision + 1, updated_at = ? WHERE id = ? AND revision = ?',
  );
  const updateStatus = db.prepare(
    'UPDATE applications SET status = ?, revision = revision + 1, updated_at = ?, submitted_at = COALESCE(?, submitted_at) WHERE id = ? AND revision = ?',
  );
  const canAccess = db.prepare<[string, string, string], { ok: number }>(
    `SELECT 1 AS ok FROM applications a WHERE a.id = ? AND (a.owner_id = ?
       OR EXISTS (SELECT 1 FROM collaborators c WHERE c.application_id = a.id AND c.account_id = ?))`,
  );
  const documents = db.prepare<[string], DocumentRow>('SELECT * FROM documents WHERE application_id = ? ORDER BY seq');
  const collaborators = db.prepare<
    [string, string],
    { account_id: string; email: string; added_at: string; owner: number }
  >(
    `SELECT a.owner_id AS account_id, o.email, a.created_at AS added_at, 1 AS owner
       FROM applications a JOIN accounts o ON o.id = a.owner_id WHERE a.id = ?
     UNION ALL
     SELECT c.account_id, u.email, c.added_at, 0 AS owner
       FROM collaborators c JOIN accounts u ON u.id = c.account_id WHERE c.application_id = ?
     ORDER BY owner DESC, added_at`,
  );
  const addCollaborator = db.prepare(
    'INSERT INTO collaborators (application_id, account_id, added_at) VALUES (?, ?, ?)',
  );
  const removeCollaborator = db.prepare('DELETE FROM collaborators WHERE application_id = ? AND account_id = ?');

  const toApplication = (row: ApplicationRow): Application => ({
    ...(JSON.parse(row.content) as ApplicationDraftContent),
    id: row.id,
    callId: row.call_id,
    commune: row.commune,
    status: row.status,
    revision: row.revision,
    ownerId: row.owner_id,
    holdsPlace: row.holds_place === 1,
    documents: documents.all(row.id).map(toDocument),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    ...(row.submitted_at ? { submittedAt: row.submitted_at } : {}),
  });

  return {
    get: (id: string) => {
      const row = byId.get(id);
      return row && toApplication(row);
    },
    canAccess: (id: string, accountId: string) => canAccess.get(id, accountId, accountId) !== undefined,
    liveFor: (callId: string, commune: string) => live.get(callId, commune),
    /** Returns undefined when the commune already has a live dossier for this call. */
    create(callId: string, commune: string, ownerId: string, now: string): Application | undefined {
      const id = newId('app');
      try {
        insert.run(id, callId, commune, ownerId, now, now);
      } catch (error) {
        if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') return undefined;
        throw error;
      }
      return toApplication(byId.get(id)!);
    },
    /** Writes new content if the revision is still `expected`; false when someone else wrote first. */
    saveContent(id: string, content: ApplicationDraftContent, expected: number, now: string): boolean {
      return updateContent.run(JSON.stringify(content), now, id, expected).changes === 1;
    },
    setStatus(id: string, status: ApplicationStatus, expected: number, now: string, submittedAt?: string): boolean {
      return updateStatus.run(status, now, submittedAt ?? null, id, expected).changes === 1;
    },
    list(filter: ListFilter): { rows: Application[]; lastSeq: number | undefined; more: boolean } {
      const where = ['a.seq > ?'];
      const params: unknown[] = [filter.afterSeq];
      if (filter.visibleTo) {
        where.push(
          '(a.owner_id = ? OR EXISTS (SELECT 1 FROM collaborators c WHERE c.application_id = a.id AND c.account_id = ?))',
        );
        params.push(filter.visibleTo, filter.visibleTo);
      }
      if (filter.callId) {
        where.push('a.call_id = ?');
        params.push(filter.callId);
      }
      if (filter.status) {
        where.push('a.status = ?');
        params.push(filter.status);
      }
      const rows = db
        .prepare<unknown[], ApplicationRow>(
          `SELECT a.* FROM applications a WHERE ${where.join(' AND ')} ORDER BY a.seq LIMIT ?`,
        )
        .all(...params, filter.limit + 1);
      const more = rows.length > filter.limit;
      const page = rows.slice(0, filter.limit);
      return { rows: page.map(toApplication), lastSeq: page.at(-1)?.seq, more };
    },
    seqOf: (id: string) => byId.get(id)?.seq,
    documents: (id: string) => documents.all(id).map(toDocument),
    collaborators: (id: string): Collaborator[] =>
      collaborators.all(id, id).map((row) => ({
        accountId: row.account_id,
        email: row.email,
        role: row.owner ? 'owner' : 'editor',
        addedAt: row.added_at,
      })),
    addCollaborator: (id: string, accountId: string, now: string) => addCollaborator.run(id, accountId, now),
    removeCollaborator: (id: string, accountId: string) => removeCollaborator.run(id, accountId).changes === 1,
  };
}
export type ApplicationStore = ReturnType<typeof applicationStore>;
