import { mkdirSync } from 'node:fs';
import { link, rm } from 'node:fs/promises';
import path from 'node:path';
import { HashingFileStore } from './hashing-store.js';

/**
 * An unfinished upload is kept a day by default (SandboxOptions `uploadExpirationMs`): enough to resume
 * after a dropped connection or a night, short enough that abandoned ones do not hold a dossier's
 * slots and disk space for long. The server's own clock decides, as in tus's Upload-Expires header.
 */
export const UPLOAD_EXPIRATION_MS = 24 * 60 * 60 * 1000;

/** Where the places held by uploads in progress are recorded (the documents store). */
export interface InProgressRecord {
  forgetUpload(id: string): void;
  expiredUploads(now: number): string[];
}

/**
 * Where bytes live. Uploads in progress are tus's (`<dataDir>/uploads/<id>` and `<id>.json`);
 * accepted documents are linked into `<dataDir>/documents/<id>`, apart from tus, so that neither
 * tus's expiry sweep (which cannot tell a finished upload from a stale one in the file store) nor a
 * tus termination can ever remove a document's bytes. Both are keyed by the upload id.
 */
export function uploadStorage(
  dataDir: string,
  { inProgress, expirationMs = UPLOAD_EXPIRATION_MS }: { inProgress: InProgressRecord; expirationMs?: number },
) {
  const uploadsDir = path.join(dataDir, 'uploads');
  const documentsDir = path.join(dataDir, 'documents');
  mkdirSync(uploadsDir, { recursive: true });
  mkdirSync(documentsDir, { recursive: true });
  const store = new HashingFileStore({ directory: uploadsDir, expirationPeriodInMilliseconds: expirationMs });
  // Upload ids are tus's random hex names; anything else is refused rather than joined into a path.
  const checkedKey = (key: string) => {
    if (!/^[A-Za-z0-9_-]{1,100}$/.test(key)) throw new Error(`Invalid storage key ${JSON.stringify(key)}`);
    return key;
  };
  const uploadPath = (id: string) => path.join(uploadsDir, checkedKey(id));
  const documentPath = (key: string) => path.join(documentsDir, checkedKey(key));

  /**
   * Forgets an upload: its place in progress, its tus record (from then on tus answers 404, not
   * "expired"), then its bytes. Missing files are fine (it may be half gone already).
   */
  async function discardUpload(id: string) {
    inProgress.forgetUpload(id);
    store.forget(id);
    await rm(`${uploadPath(id)}.json`, { force: true });
    await rm(uploadPath(id), { force: true });
  }

  return {
    store,
    expirationMs,
    uploadPath,
    documentPath,
    /** Makes an upload's bytes a document's, without copying (same folder tree, same file system). */
    keep: (id: string) => link(uploadPath(id), documentPath(id)),
    discardUpload,
    /**
     * Removes expired uploads: those recorded in progress, then any the record does not know (left
     * from before it existed), which tus finds by their creation date. Answers how many went.
     */
    async sweep(): Promise<number> {
      const expired = inProgress.expiredUploads(Date.now());
      for (const id of expired) await discardUpload(id);
      return expired.length + (await store.deleteExpired());
    },
    discardDocument: (key: string) => rm(documentPath(key), { force: true }),
  };
}
export type UploadStorage = ReturnType<typeof uploadStorage>;
