import { mkdirSync } from 'node:fs';
import { link, rm } from 'node:fs/promises';
import path from 'node:path';
import { HashingFileStore } from './hashing-store.js';

/** An unfinished upload is kept a week: enough to resume after a long weekend, short enough not to pile up. */
export const UPLOAD_EXPIRATION_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Where bytes live. Uploads in progress are tus's (`<dataDir>/uploads/<id>` and `<id>.json`);
 * accepted documents are linked into `<dataDir>/documents/<id>`, apart from tus, so that neither
 * tus's expiry sweep (which cannot tell a finished upload from a stale one in the file store) nor a
 * tus termination can ever remove a document's bytes. Both are keyed by the upload id.
 */
export function uploadStorage(dataDir: string) {
  const uploadsDir = path.join(dataDir, 'uploads');
  const documentsDir = path.join(dataDir, 'documents');
  mkdirSync(uploadsDir, { recursive: true });
  mkdirSync(documentsDir, { recursive: true });
  const store = new HashingFileStore({ directory: uploadsDir, expirationPeriodInMilliseconds: UPLOAD_EXPIRATION_MS });
  // Upload ids are tus's random hex names; anything else is refused rather than joined into a path.
  const checkedKey = (key: string) => {
    if (!/^[A-Za-z0-9_-]{1,100}$/.test(key)) throw new Error(`Invalid storage key ${JSON.stringify(key)}`);
    return key;
  };
  const uploadPath = (id: string) => path.join(uploadsDir, checkedKey(id));
  const documentPath = (key: string) => path.join(documentsDir, checkedKey(key));

  return {
    store,
    uploadPath,
    documentPath,
    /** Makes an upload's bytes a document's, without copying (same folder tree, same file system). */
    keep: (id: string) => link(uploadPath(id), documentPath(id)),
    /**
     * Forgets an upload: its tus record first (from then on tus answers 404, not "expired"), then its
     * bytes. Missing files are fine (it may be half gone already).
     */
    async discardUpload(id: string) {
      store.forget(id);
      await rm(`${uploadPath(id)}.json`, { force: true });
      await rm(uploadPath(id), { force: true });
    },
    discardDocument: (key: string) => rm(documentPath(key), { force: true }),
  };
}
export type UploadStorage = ReturnType<typeof uploadStorage>;
