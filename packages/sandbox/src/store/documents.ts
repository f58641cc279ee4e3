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
}

/** The documents table: what the upload pipeline writes and the document routes read (listing lives in the application store). */
export function documentStore(db: Db) {
  const countOfKind = db.prepare<[string, string], { n: number }>(
    'SELECT COUNT(*) AS n FROM documents WHERE application_id = ? AND kind = ?',
  );
  const totalBytes = db.prepare<[string], { total: number }>(
    'SELECT COALESCE(SUM(size_bytes), 0) AS total FROM documents WHERE application_id = ?',
  );
  const insert = db.prepare(
    `INSERT INTO documents (id, application_id, kind, filename, media_type, size_bytes, sha256, partner_id, storage_key, uploaded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const storageKey = db.prepare<[string, string], { storage_key: string }>(
    'SELECT storage_key FROM documents WHERE application_id = ? AND id = ?',
  );
  const remove = db.prepare('DELETE FROM documents WHERE application_id = ? AND id = ?');
  // The documents are part of the dossier: a change to them is a new revision (a new ETag), so that a
  // client holding the previous one (a browser's HTTP cache answering 304, an autosave about to
  // write) learns that the dossier changed instead of showing or building on a stale copy.
  const bumpRevision = db.prepare('UPDATE applications SET revision = revision + 1, updated_at = ? WHERE id = ?');

  /** What a dossier holds that a new document of a kind adds to: the kind's files, the bytes of all. */
  const usage = (applicationId: string, kind: string): DocumentUsage => ({
    count: countOfKind.get(applicationId, kind)!.n,
    totalBytes: totalBytes.get(applicationId)!.total,
  });

  // The limits are judged in the same transaction as the insertion, so two uploads finishing together
  // cannot both slip in; what the limits are is the document rules' business (@qmi/validators).
  const insertUnless = db.transaction(
    (doc: NewDocument, refuse: (usage: DocumentUsage) => DocumentRefusal | undefined): DocumentRefusal | undefined => {
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
    /** Inserts the row unless `refuse`, judged on the usage read in the same transaction, refuses it; answers the refusal. */
    insertUnless: (
      doc: NewDocument,
      refuse: (usage: DocumentUsage) => DocumentRefusal | undefined,
    ): DocumentRefusal | undefined => insertUnless(doc, refuse),
    storageKey: (applicationId: string, id: string) => storageKey.get(applicationId, id)?.storage_key,
    /** Removes the row (and counts it as a change of the dossier); false when there was none. */
    remove: (applicationId: string, id: string, changedAt: string): boolean =>
      removeAndBump(applicationId, id, changedAt),
  };
}
export type DocumentStore = ReturnType<typeof documentStore>;
