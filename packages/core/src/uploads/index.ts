import type { UploadInput } from './input.js';
import type { InterruptedUpload } from './interrupted.js';
import type { RememberedFor } from './remembered.js';
import {
  DocumentUpload,
  loadEngine,
  type NamedUploadOptions,
  type StartUploadOptions,
  type UploadClient,
} from './uploads.js';

export {
  DocumentUpload,
  type NamedUploadOptions,
  type StartUploadOptions,
  type UploadClient,
  type UploadStatus,
  type UploadTarget,
} from './uploads.js';
export { UploadReadError, type UploadInput } from './input.js';
export { progressMeter, type UploadProgress } from './progress.js';

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

/**
 * Fetches the upload engine (tus) ahead of the first upload, e.g. when a person reaches a file picker,
 * so that the file they then choose starts at once. A failed fetch (offline) is not kept: the upload's
 * start fetches again, and waits as for a lost connection while it cannot.
 */
export function preloadUploadEngine(): void {
  loadEngine().catch(() => undefined);
}

export { findInterruptedUploads, type InterruptedUpload } from './interrupted.js';
export type { RememberedFor } from './remembered.js';

// The uploads this browser remembers, with `import()`, as the journal's forgetting (autosave/index.ts):
// only a sign-out asks, and a module the barrel re-exports would otherwise come with every element's
// first load. A call for no dossiers only fetches the code (the sign-out's chunk makes one, for offline).
const remembered = () => import('./remembered.js');

/**
 * Uploads of these dossiers that this browser remembers for resuming (under way or cut short): what
 * forgetting them would lose on this device, e.g. before signing out.
 */
export async function uploadsRememberedFor(of: RememberedFor): Promise<InterruptedUpload[]> {
  return (await remembered()).uploadsRememberedFor(of);
}

/**
 * Forgets the uploads of these dossiers that this browser remembers, e.g. when their account signs out
 * of a shared computer: the next person is not offered to resume them. The platform drops the
 * unfinished bytes on its own after a while.
 */
export async function forgetUploadsRememberedFor(of: RememberedFor): Promise<void> {
  return (await remembered()).forgetUploadsRememberedFor(of);
}
