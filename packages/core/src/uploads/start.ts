import type { UploadInput } from './input.js';
import { DocumentUpload, type NamedUploadOptions, type StartUploadOptions, type UploadClient } from './uploads.js';

/**
 * Starts a resumable upload (tus 1.0) of a document into a dossier, in browsers and in Node. Kept
 * apart from `createClient` so that an app that never uploads does not ship the tus client; and the
 * tus client itself is loaded (`import()`) only when the upload starts.
 *
 * A `File` brings its name; a `Blob` or bytes (`Uint8Array`, a Node `Buffer`) need `filename`, whose
 * extension the platform judges the type by. Anything else throws a `TypeError` at once.
 *
 * ```ts
 * const upload = startUpload(client, file, { applicationId, kind: 'mayor_letter' });
 * upload.addEventListener('progress', () => show(upload.progress));
 * const document = await upload.done;
 * ```
 */
export function startUpload(client: UploadClient, file: File, options: StartUploadOptions): DocumentUpload;
export function startUpload(client: UploadClient, file: Blob | Uint8Array, options: NamedUploadOptions): DocumentUpload;
export function startUpload(client: UploadClient, file: UploadInput, options: StartUploadOptions): DocumentUpload {
  return new DocumentUpload(client, client.baseUrl, file, options).start();
}

/** An upload prepared but not started: to look for a resumable one first (`findPrevious`). */
export function prepareUpload(client: UploadClient, file: File, options: StartUploadOptions): DocumentUpload;
export function prepareUpload(
  client: UploadClient,
  file: Blob | Uint8Array,
  options: NamedUploadOptions,
): DocumentUpload;
export function prepareUpload(client: UploadClient, file: UploadInput, options: StartUploadOptions): DocumentUpload {
  return new DocumentUpload(client, client.baseUrl, file, options);
}
