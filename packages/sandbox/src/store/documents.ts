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

/** Limits checked again at insertion, in the same transaction, so two uploads finishing together cannot both slip in. */
export interface DocumentLimits {
  maxCount: number;
  maxTotalBytes: number;
}

/** The documents table: what the upload pipeline writes and the document routes read (listing lives in the application store). */
export function documentStore(db: Db) {
  const countOfKind = db.prepare<[string, string], { n: number }>('SELECT COUNT(*) AS n FROM documents WHERE application_id = ? AND kind = ?');
  const totalBytes = db.prepare<[string], { total: number }>('SELECT COALESCE(SUM(size_bytes), 0) AS total FROM documents WHERE application_id = ?');
  const insert = db.prepare(
    `INSERT INTO documents (id, application_id, kind, filename, media_type, size_bytes, sha256, partner_id, storage_key, uploaded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const storageKey = db.prepare<[string, string], { storage_key: string }>('SELECT storage_key FROM documents WHERE application_id = ? AND id = ?');
  const remove = db.prepare('DELETE FROM documents WHERE application_id = ? AND id = ?');

  const usage = (applicationId: string, kind: string) => ({
    count: countOfKind.get(applicationId, kind)!.n,
    totalBytes: totalBytes.get(applicationId)!.total,
  });

  const insertWithin = db.transaction((doc: NewDocument, limits: DocumentLimits): 'ok' | 'count' | 'total' => {
    const now = usage(doc.applicationId, doc.kind);
    if (now.count + 1 > limits.maxCount) return 'count';
    if (now.totalBytes + doc.sizeBytes > limits.maxTotalBytes) return 'total';
    insert.run(doc.id, doc.applicationId, doc.kind, doc.filename, doc.mediaType, doc.sizeBytes, doc.sha256, doc.partnerId ?? null, doc.storageKey, doc.uploadedAt);
    return 'ok';
  });

  return {
    usage,
    /** Inserts the row unless a limit would be exceeded; says which one. */
    insertWithin: (doc: NewDocument, limits: DocumentLimits): 'ok' | 'count' | 'total' => insertWithin(doc, limits),
    storageKey: (applicationId: string, id: string) => storageKey.get(applicationId, id)?.storage_key,
    remove: (applicationId: string, id: string) => remove.run(applicationId, id).changes === 1,
  };
}
export type DocumentStore = ReturnType<typeof documentStore>;
