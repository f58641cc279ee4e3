import { defaultOptions } from 'tus-js-client';
import type { UploadTarget } from './uploads.js';

export interface InterruptedUpload {
  filename: string;
  sizeBytes: number | null;
  startedAt: string;
}

/**
 * Uploads of this dossier and kind that a previous page left unfinished. The browser no longer has
 * their bytes: the person picks the same file again and the upload resumes where it stopped (its
 * fingerprint matches), rather than being silently dropped.
 */
export async function findInterruptedUploads(target: UploadTarget): Promise<InterruptedUpload[]> {
  const all = await defaultOptions.urlStorage.findAllUploads().catch(() => []);
  return all
    .filter((upload) => upload.metadata.applicationId === target.applicationId && upload.metadata.kind === target.kind)
    .map((upload) => ({ filename: upload.metadata.filename ?? '', sizeBytes: upload.size, startedAt: upload.creationTime }))
    .sort((a, b) => b.startedAt.localeCompare(a.startedAt));
}
