import type { InterruptedUpload } from './interrupted.js';

/** The dossiers of one platform whose remembered uploads are asked for (`uploadsRememberedFor`). */
export interface RememberedFor {
  /** The platform's URL (`client.baseUrl`): uploads to another platform are left alone. */
  baseUrl: string;
  applicationIds: readonly string[];
}

/**
 * tus-js-client's browser storage: one localStorage entry per upload, keyed `tus::<fingerprint>::<id>`,
 * its value the JSON tus wrote (`uploadUrl`, `size`, `metadata`, `creationTime`). Read here directly,
 * not through tus-js-client, so that `<qmi-session>`, which forgets these at sign-out, does not carry
 * the upload engine (about 17 KB gzip) into pages that never upload. The session's sign-out test
 * writes them through tus-js-client itself, so a change of format fails there.
 */
const TUS_PREFIX = 'tus::';

interface StoredUpload {
  key: string;
  uploadUrl?: string;
  size?: number | null;
  creationTime?: string;
  metadata?: Record<string, string>;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined; // storage disabled by the browser's privacy settings: it remembers nothing
  }
}

function rememberedFor({ baseUrl, applicationIds }: RememberedFor): StoredUpload[] {
  const store = storage();
  if (!store) return [];
  const base = `${baseUrl.replace(/\/+$/, '')}/`;
  const ids = new Set(applicationIds);
  const found: StoredUpload[] = [];
  for (let index = 0; index < store.length; index++) {
    const key = store.key(index);
    if (!key?.startsWith(TUS_PREFIX)) continue;
    try {
      const upload = { ...(JSON.parse(store.getItem(key) ?? 'null') as Omit<StoredUpload, 'key'>), key };
      if (upload.uploadUrl?.startsWith(base) && ids.has(upload.metadata?.applicationId ?? '')) found.push(upload);
    } catch {
      // Not tus's JSON: not ours to read or remove.
    }
  }
  return found;
}

/**
 * Uploads of these dossiers that this browser remembers for resuming (under way or cut short): what
 * forgetting them would lose on this device, e.g. before signing out.
 */
export async function uploadsRememberedFor(of: RememberedFor): Promise<InterruptedUpload[]> {
  return rememberedFor(of).map((upload) => ({
    filename: upload.metadata?.filename ?? '',
    sizeBytes: upload.size ?? null,
    startedAt: upload.creationTime ?? '',
  }));
}

/**
 * Forgets the uploads of these dossiers that this browser remembers, e.g. when their account signs out
 * of a shared computer: the next person is not offered to resume them. The platform drops the
 * unfinished bytes on its own after a while.
 */
export async function forgetUploadsRememberedFor(of: RememberedFor): Promise<void> {
  const store = storage();
  for (const upload of rememberedFor(of)) store?.removeItem(upload.key);
}
