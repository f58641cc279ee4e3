import { defaultOptions, type FileReader, type FileSource, type UploadOptions } from '#tus-js-client';
import type { UploadInput } from './input.js';

// Loaded with the upload engine (engine.ts), only once a file is sent. It imports nothing else of
// @qmi/core (a read fault is made into an error by the caller's `readError`): what the engine shares
// with the page's first code would otherwise be split into chunks of its own, which every page pays.

const isFile = (value: unknown): value is File => typeof File !== 'undefined' && value instanceof File;

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

function blobSource(blob: Blob, readError: (cause: unknown) => Error): FileSource {
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
          throw readError(cause);
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
export const uploadFileReader = (readError: (cause: unknown) => Error): FileReader => ({
  async openFile(input: UploadInput) {
    return input instanceof Uint8Array ? bytesSource(input) : blobSource(input, readError);
  },
});

/**
 * Only a picked File is found again after a reload (by its name, type, size and date). Bytes and bare
 * Blobs have no identity of their own: two of the same size would share tus's fingerprint and one
 * could resume onto the other's upload.
 */
export const uploadFingerprint = (input: UploadInput, options: UploadOptions): Promise<string | null> =>
  isFile(input) ? defaultOptions.fingerprint(input, options) : Promise.resolve(null);
