import { QmiError } from '../client/errors.js';

/** What `startUpload` sends: a picked `File`, any `Blob`, or bytes (a `Uint8Array`, so a Node `Buffer` too). */
export type UploadInput = File | Blob | Uint8Array;

/** The bytes of the file could not be read (a file removed or changed on disk after it was picked…): a local fault, not the network's. */
export class UploadReadError extends QmiError {
  override name = 'UploadReadError';
}
