import { QmiError } from '../client/errors.js';

/** What `startUpload` sends: a picked `File`, any `Blob`, or bytes (a `Uint8Array`, so a Node `Buffer` too). */
export type UploadInput = File | Blob | Uint8Array;

/** The bytes of the file could not be read (a file removed or changed on disk after it was picked…): a local fault, not the network's. */
export class UploadReadError extends QmiError {
  override name = 'UploadReadError';
}

const isBlob = (value: unknown): value is Blob => typeof Blob !== 'undefined' && value instanceof Blob;
export const isFile = (value: unknown): value is File => typeof File !== 'undefined' && value instanceof File;

const describe = (value: unknown) =>
  value === null
    ? 'null'
    : typeof value === 'object'
      ? `a ${(value as object).constructor?.name ?? 'object'}`
      : `a ${typeof value}`;

/**
 * Checks what a caller gave before anything is sent, so that a programming mistake is reported as
 * itself (a TypeError naming it) rather than surfacing later as an unreachable platform.
 * Answers the name the platform will judge the type by.
 */
export function checkInput(file: unknown, filename: string | undefined): string {
  if (!isBlob(file) && !(file instanceof Uint8Array)) {
    throw new TypeError(
      `startUpload takes a File, a Blob or a Uint8Array (a Buffer in Node); got ${describe(file)}. ` +
        'To send a file from disk in Node, read it first: startUpload(client, await readFile(path), { …, filename }).',
    );
  }
  const name = filename ?? (isFile(file) ? file.name : undefined);
  if (!name) {
    throw new TypeError(
      'startUpload needs a filename for a Blob or a Uint8Array (e.g. "lettre-du-maire.pdf"): the platform judges a file’s type by its extension, and shows the name to people.',
    );
  }
  return name;
}
