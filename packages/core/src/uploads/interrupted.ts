import { storedUploads } from './stored.js';
import type { UploadTarget } from './uploads.js';

/**
 * An upload that a previous page left unfinished: the file's name and size (null when unknown) and when it
 * started. The person picks the same file again to resume it.
 */
export interface InterruptedUpload {
  filename: string;
  sizeBytes: number | null;
  startedAt: string;
}

/**
 * Uploads of this dossier and kind that a previous page left unfinished. The browser no longer has
 * their bytes: the person picks the same file again and the upload resumes where it stopped (its
 * fingerprint matches), rather than being silently dropped. Read from the browser's storage without
 * the upload engine, so that showing them costs no download (none in Node).
 */
export async function findInterruptedUploads(target: UploadTarget): Promise<InterruptedUpload[]> {
  return storedUploads()
    .filter(
      (upload) => upload.metadata?.applicationId === target.applicationId && upload.metadata?.kind === target.kind,
    )
    .map((upload) => ({
      filename: upload.metadata?.filename ?? '',
      sizeBytes: upload.size ?? null,
      startedAt: upload.creationTime ?? '',
    }))
    .sort((a, b) => b.startedAt.localeCompare(a.startedAt));
}
