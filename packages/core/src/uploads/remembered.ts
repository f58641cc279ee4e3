import type { InterruptedUpload } from './interrupted.js';
import { type StoredUpload, storedUploads, uploadStorage } from './stored.js';

/** The dossiers of one platform whose remembered uploads are asked for (`uploadsRememberedFor`). */
export interface RememberedFor {
  /** The platform's URL (`client.baseUrl`): uploads to another platform are left alone. */
  baseUrl: string;
  applicationIds: readonly string[];
}

/** tus's remembered uploads to this platform for these dossiers (read without tus-js-client: see stored.ts). */
function rememberedFor({ baseUrl, applicationIds }: RememberedFor): StoredUpload[] {
  const base = `${baseUrl.replace(/\/+$/, '')}/`;
  const ids = new Set(applicationIds);
  return storedUploads().filter(
    (upload) => upload.uploadUrl?.startsWith(base) && ids.has(upload.metadata?.applicationId ?? ''),
  );
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
  const store = uploadStorage();
  for (const upload of rememberedFor(of)) store?.removeItem(upload.key);
}
