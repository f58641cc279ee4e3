import type { DocumentRefusal, DocumentUsage } from '@qmi/validators';
import type { Db } from '../db/database.js';

export interface NewDocument {
  id: string;
  applicationId: string;
  kind: string;
  filename: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  partnerId: string | undefined;
  /** The tus upload id the bytes are stored under; never derived from the file name. */
  storageKey: string;
  uploadedAt: string;
  /** The account that uploaded it: an editor may delete only the documents they uploaded. */
  uploadedBy: string;
}

/** A tus upload in progress, holding its place among the dossier's documents until it ends. */
export interface UploadInProgress {
  /** The tus upload id. */
  id: string;
  applicationId: string;
  kind: string;
  accountId: string;
  /** The announced Upload-Length: what the file will weigh once every byte is in. */
  sizeBytes: number;
  /** Epoch milliseconds (the server's clock, as tus's Upload-Expires). */
  expiresAt: number;
}

/** The documents table: what the upload pipeline writes and the document routes read (listing lives in the application store). */
export function documentStore(db: Db) {
  // Uploads in progress count as the documents they will become: a slot and bytes are taken at creation.
  const countOfKind = db.prepare<[string, string, string, string], { n: number }>(
    `SELECT (SELECT COUNT(*) FROM documents WHERE application_id = ? AND kind = ?)
          + (SELECT COUNT(*) FROM uploads_in_progress WHERE application_id = ? AND kind = ?) AS n`,
  );
  const totalBytes = db.prepare<[string, string], { total: number }>(
    `SELECT (SELECT COALESCE(SUM(size_bytes), 0) FROM documents WHERE application_id = ?)
          + (SELECT COALESCE(SUM(size_bytes), 0) FROM uploads_in_progress WHERE application_id = ?) AS total`,
  );
  const insertInProgress = db.prepare(
    `INSERT INTO uploads_in_progress (id, application_id, kind, account_id, size_bytes, expires_at)
     VALUES (@id, @applicationId, @kind, @accountId, @sizeBytes, @expiresAt)`,
  );
  const ownInProgress = db.prepare<[string, string, string], { id: string; size_bytes: number }>(
    `SELECT id, size_bytes FROM uploads_in_progress WHERE application_id = ? AND kind = ? AND account_id = ?
     ORDER BY expires_at, rowid`,
  );
  const inProgress = db.prepare<[string], { id: string; expires_at: number }>(
    'SELECT id, expires_at FROM uploads_in_progress WHERE id = ?',
  );
  const expiredInProgress = db.prepare<[number], { id: string }>(
    'SELECT id FROM uploads_in_progress WHERE expires_at <= ?',
  );
  const forgetInProgress = db.prepare('DELETE FROM uploads_in_progress WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO documents (id, application_id, kind, filename, media_type, size_bytes, sha256, partner_id, storage_key, uploaded_at, uploaded_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const storageKey = db.prepare<[string, string], { storage_key: string; uploaded_by: string | null }>(
    'SELECT storage_key, uploaded_by FROM documents WHERE application_id = ? AND id = ?',
  );
  const remove = db.prepare('DELETE FROM documents WHERE application_id = ? AND id = ?');
  // The documents are part of the dossier: a change to them is a new revision (a new ETag), so that a
  // client holding the previous one (a browser's HTTP cache answering 304, an autosave about to
  // write) learns that the dossier changed instead of showing or building on a stale copy.
  const bumpRevision = db.prepare('UPDATE applications SET revision = revision + 1, updated_at = ? WHERE id = ?');

  /** What a dossier holds that a new document of a kind adds to: the kind's files, the bytes of all. */
  const usage = (applicationId: string, kind: string): DocumentUsage => ({
    count: countOfKind.get(applicationId, kind, applicationId, kind)!.n,
    totalBytes: totalBytes.get(applicationId, applicationId)!.total,
  });

  /**
   * Records an upload in progress unless `refuse`, judged in the same transaction on the usage it
   * adds to, refuses it: two creations racing for a dossier's last slot cannot both pass. When only
   * the account's own unfinished uploads of that kind stand in the way, the oldest of them are
   * replaced (an agent who starts a file again from scratch is not locked out until they expire).
   * Answers the refusal, or the ids replaced (their bytes are the caller's to remove).
   */
  const reserve = db.transaction(
    (
      upload: UploadInProgress,
      refuse: (usage: DocumentUsage) => DocumentRefusal | undefined,
    ): { refusal: DocumentRefusal } | { replaced: string[] } => {
      let current = usage(upload.applicationId, upload.kind);
      let refusal = refuse(current);
      const replaced: string[] = [];
      if (refusal) {
        for (const own of ownInProgress.all(upload.applicationId, upload.kind, upload.accountId)) {
          current = { count: current.count - 1, totalBytes: current.totalBytes - own.size_bytes };
          replaced.push(own.id);
          if (!refuse(current)) {
            refusal = undefined;
            break;
          }
        }
      }
      if (refusal) return { refusal };
      for (const id of replaced) forgetInProgress.run(id);
      insertInProgress.run(upload);
      return { replaced };
    },
  );

  // The limits are judged in the same transaction as the insertion, so two uploads finishing together
  // cannot both slip in; what the limits are is the document rules' business (@qmi/validators).
  const insertUnless = db.transaction(
    (doc: NewDocument, refuse: (usage: DocumentUsage) => DocumentRefusal | undefined): DocumentRefusal | undefined => {
      // The upload becomes this document: its place in progress is not counted twice.
      forgetInProgress.run(doc.storageKey);
      const refusal = refuse(usage(doc.applicationId, doc.kind));
      if (refusal) return refusal;
      insert.run(
        doc.id,
        doc.applicationId,
        doc.kind,
        doc.filename,
        doc.mediaType,
        doc.sizeBytes,
        doc.sha256,
        doc.partnerId ?? null,
        doc.storageKey,
        doc.uploadedAt,
        doc.uploadedBy,
      );
      bumpRevision.run(doc.uploadedAt, doc.applicationId);
      return undefined;
    },
  );

  const removeAndBump = db.transaction((applicationId: string, id: string, changedAt: string): boolean => {
    if (remove.run(applicationId, id).changes !== 1) return false;
    bumpRevision.run(changedAt, applicationId);
    return true;
  });

  return {
    usage,
    reserveUpload: (
      upload: UploadInProgress,
      refuse: (usage: DocumentUsage) => DocumentRefusal | undefined,
    ): { refusal: DocumentRefusal } | { replaced: string[] } => reserve(upload, refuse),
    /** The upload's place in progress, if it still holds one. */
    uploadInProgress: (id: string) => {
      const row = inProgress.get(id);
      return row && { id: row.id, expiresAt: row.expires_at };
    },
    /** Ids of uploads in progress expired at `now` (epoch ms). */
    expiredUploads: (now: number): string[] => expiredInProgress.all(now).map((row) => row.id),
    /** Frees an upload's place (finished, terminated, expired or discarded). */
    forgetUpload: (id: string): void => void forgetInProgress.run(id),
    /** Inserts the row unless `refuse`, judged on the usage read in the same transaction, refuses it; answers the refusal. */
    insertUnless: (
      doc: NewDocument,
      refuse: (usage: DocumentUsage) => DocumentRefusal | undefined,
    ): DocumentRefusal | undefined => insertUnless(doc, refuse),
    storageKey: (applicationId: string, id: string) => storageKey.get(applicationId, id)?.storage_key,
    /** Who uploaded the document (undefined for documents from before this was recorded). */
    uploaderOf: (applicationId: string, id: string) => storageKey.get(applicationId, id)?.uploaded_by ?? undefined,
    /** Removes the row (and counts it as a change of the dossier); false when there was none. */
    remove: (applicationId: string, id: string, changedAt: string): boolean =>
      removeAndBump(applicationId, id, changedAt),
  };
}
export type DocumentStore = ReturnType<typeof documentStore>;
