import { loadEngine } from './load-engine.js';

// Apart from start.ts: a page that preloads the engine (a file picker reached) does not load DocumentUpload.

/**
 * Fetches the upload engine (tus) ahead of the first upload, e.g. when a person reaches a file picker,
 * so that the file they then choose starts at once. A failed fetch (offline) is not kept: the upload's
 * start fetches again, and waits as for a lost connection while it cannot.
 */
export function preloadUploadEngine(): void {
  loadEngine().catch(() => undefined);
}
