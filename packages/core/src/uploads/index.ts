import type { QmiClient } from '../client/client.js';
import { DocumentUpload, type StartUploadOptions } from './uploads.js';

export { DocumentUpload, type StartUploadOptions, type UploadStatus, type UploadTarget } from './uploads.js';
export { progressMeter, type UploadProgress } from './progress.js';

/**
 * Starts a resumable upload (tus 1.0) of a document into a dossier. Kept apart from `createClient`
 * so that an app that never uploads does not ship the tus client.
 *
 * ```ts
 * const upload = startUpload(client, file, { applicationId, kind: 'mayor_letter' });
 * upload.addEventListener('progress', () => show(upload.progress));
 * const document = await upload.done;
 * ```
 */
export function startUpload(client: QmiClient, file: File | Blob | Uint8Array, options: StartUploadOptions): DocumentUpload {
  return new DocumentUpload(client, client.baseUrl, file, options).start();
}

/** An upload prepared but not started: to look for a resumable one first (`findPrevious`). */
export function prepareUpload(client: QmiClient, file: File | Blob | Uint8Array, options: StartUploadOptions): DocumentUpload {
  return new DocumentUpload(client, client.baseUrl, file, options);
}

export { findInterruptedUploads, type InterruptedUpload } from './interrupted.js';
