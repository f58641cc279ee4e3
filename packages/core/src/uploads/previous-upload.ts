/**
 * An upload cut short (a reload, a closed tab) that the upload engine kept in this browser and can
 * continue: what `findPrevious()` lists and `resumeFrom()` takes. The same shape as tus-js-client's
 * `PreviousUpload`, written here so that our published types do not import tus-js-client's, which name
 * Node's `Buffer`: a browser-only TypeScript project (no `@types/node`, `skipLibCheck: false`) would
 * fail on them. engine.ts hands these to tus and back, so the compiler checks both shapes still agree.
 */
export interface PreviousUpload {
  /** The file's size in bytes, when it was known. */
  size: number | null;
  /** The upload's metadata (the dossier, the kind of document, the file's name and type). */
  metadata: { [key: string]: string };
  /** When the upload began (ISO 8601). */
  creationTime: string;
  /** Its key in the engine's storage (this browser's localStorage). */
  urlStorageKey: string;
  /** Where the platform keeps its bytes so far. */
  uploadUrl: string | null;
  parallelUploadUrls: string[] | null;
}
