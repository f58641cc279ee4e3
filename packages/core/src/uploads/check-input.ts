// The check of what a caller gave to startUpload. Not in input.ts, which the package's root re-exports whole
// (`export *`): these are not public.

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
