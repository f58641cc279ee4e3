/**
 * tus-js-client's browser storage, read without tus-js-client: one localStorage entry per upload, keyed
 * `tus::<fingerprint>::<id>`, its value the JSON tus wrote (`uploadUrl`, `size`, `metadata`,
 * `creationTime`). Read here directly so that what a page shows before a file is chosen (the uploader's
 * "interrupted" notice, `<qmi-session>`'s sign-out) does not load the upload engine (about 17 KB gzip).
 * The session's sign-out test and the uploader's reload test write these through tus-js-client itself,
 * so a change of format fails there. Node keeps none (tus's Node storage is not localStorage).
 */
const TUS_PREFIX = 'tus::';

export interface StoredUpload {
  /** The localStorage key (tus's `urlStorageKey`). */
  key: string;
  uploadUrl?: string;
  size?: number | null;
  creationTime?: string;
  metadata?: Record<string, string>;
}

export function uploadStorage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined; // storage disabled by the browser's privacy settings: it remembers nothing
  }
}

/** Every upload this browser keeps for resuming; an entry that is not tus's JSON is skipped. */
export function storedUploads(): StoredUpload[] {
  const store = uploadStorage();
  if (!store) return [];
  const found: StoredUpload[] = [];
  try {
    for (let index = 0; index < store.length; index++) {
      const key = store.key(index);
      if (!key?.startsWith(TUS_PREFIX)) continue;
      try {
        const value = JSON.parse(store.getItem(key) ?? 'null') as Omit<StoredUpload, 'key'> | null;
        if (value && typeof value === 'object') found.push({ ...value, key });
      } catch {
        // Not tus's JSON: not ours to read or remove.
      }
    }
  } catch {
    return []; // a storage that fails is read as empty
  }
  return found;
}
