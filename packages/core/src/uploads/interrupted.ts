import { defaultOptions, type PreviousUpload } from 'tus-js-client';
import type { UploadTarget } from './uploads.js';

/**
 * Every upload URL this runtime keeps for resuming (the browser's localStorage; none in Node, whose
 * tus storage lacks `findAllUploads` altogether). A storage that fails is read as empty.
 */
export async function storedUploads(): Promise<PreviousUpload[]> {
  try {
    return await defaultOptions.urlStorage.findAllUploads();
  } catch {
    return [];
  }
}

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
  return (await storedUploads())
    .filter((upload) => upload.metadata.applicationId === target.applicationId && upload.metadata.kind === target.kind)
    .map((upload) => ({
      filename: upload.metadata.filename ?? '',
      sizeBytes: upload.size,
      startedAt: upload.creationTime,
    }))
    .sort((a, b) => b.startedAt.localeCompare(a.startedAt));
}
