import { loadProblem } from '../client/problem-schema.js';

// Apart from uploads.ts (DocumentUpload): preloadUploadEngine needs only this, and a page that preloads the
// engine (a file picker reached) does not load DocumentUpload with its first load.

let engine: Promise<typeof import('./engine.js')> | undefined;

/**
 * The upload engine (tus-js-client), fetched on the first upload of the page and kept. A failed fetch
 * (offline, the CDN down) is not kept: the next attempt fetches again (browsers retry a failed
 * `import()`).
 */
export function loadEngine(): Promise<typeof import('./engine.js')> {
  // With it, the problem+json schema that reads the platform's refusals (failures.ts reads it at once).
  engine ??= Promise.all([import('./engine.js'), loadProblem()])
    .then(([module]) => module)
    .catch((cause: unknown) => {
      engine = undefined;
      throw cause;
    });
  return engine;
}
