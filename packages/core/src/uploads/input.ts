import { defaultOptions, type FileReader, type FileSource, type UploadOptions } from 'tus-js-client';
import { QmiError } from '../client/errors.js';

/** What `startUpload` sends: a picked `File`, any `Blob`, or bytes (a `Uint8Array`, so a Node `Buffer` too). */
export type UploadInput = File | Blob | Uint8Array;

/** The bytes of the file could not be read (a file removed or changed on disk after it was picked…): a local fault, not the network's. */
export class UploadReadError extends QmiError {
  override name = 'UploadReadError';
}

const isBlob = (value: unknown): value is Blob => typeof Blob !== 'undefined' && value instanceof Blob;
const isFile = (value: unknown): value is File => typeof File !== 'undefined' && value instanceof File;

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

/** One chunk as both tus HTTP stacks send it: XMLHttpRequest takes bytes, Node's stack takes bytes and reads `size` for Content-Length. */
const chunk = (bytes: Uint8Array, done: boolean) => ({ value: Object.assign(bytes, { size: bytes.byteLength }), done });

function bytesSource(bytes: Uint8Array): FileSource {
  return {
    size: bytes.byteLength,
    slice: async (start, end) => chunk(bytes.subarray(start, end), end >= bytes.byteLength),
    close: () => undefined,
  };
}

/** XMLHttpRequest (tus's browser stack) sends a Blob as it is, read by the browser from the disk; Node's stack sends bytes only. */
const stackSendsBlobs = () => defaultOptions.httpStack.getName() === 'XHRHttpStack';

function blobSource(blob: Blob): FileSource {
  const asBlob = stackSendsBlobs();
  return {
    size: blob.size,
    slice: async (start, end) => {
      const done = end >= blob.size;
      if (asBlob) return { value: blob.slice(start, end), done };
      // Read one chunk at a time: a large file is never held whole in memory.
      const buffer = await blob
        .slice(start, end)
        .arrayBuffer()
        .catch((cause: unknown) => {
          throw new UploadReadError(
            `The file could not be read: ${cause instanceof Error ? cause.message : String(cause)}`,
            { cause },
          );
        });
      return chunk(new Uint8Array(buffer), done);
    },
    close: () => undefined,
  };
}

/**
 * Reads every input the types accept, in the browser and in Node alike. tus-js-client's own readers
 * take only a Blob in browsers and only a Buffer or a Readable in Node, so a Blob or a plain
 * Uint8Array failed in Node (reported as a network fault). In browsers a File still goes out as
 * Blob slices, as tus sends it.
 */
export const uploadFileReader: FileReader = {
  async openFile(input: UploadInput) {
    return input instanceof Uint8Array ? bytesSource(input) : blobSource(input);
  },
};

/**
 * Only a picked File is found again after a reload (by its name, type, size and date). Bytes and bare
 * Blobs have no identity of their own: two of the same size would share tus's fingerprint and one
 * could resume onto the other's upload.
 */
export const uploadFingerprint = (input: UploadInput, options: UploadOptions): Promise<string | null> =>
  isFile(input) ? defaultOptions.fingerprint(input, options) : Promise.resolve(null);
