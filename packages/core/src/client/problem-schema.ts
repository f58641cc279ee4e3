import type { Problem } from '../schemas/problem.js';
import { lazyModule } from './lazy-schema.js';

const reader = lazyModule(() => import('./problem-reader.js'));
let loaded: typeof Problem | undefined;

/**
 * What reads an error answer: the problem+json schema and `errorFor`, which makes the typed error
 * (problem-reader.ts). Its load starts with each request (one small chunk beside the answer's schema,
 * loaded once), so a page's first load carries none of it; a failed load is tried again at the next call.
 */
export const loadProblemReader = (): Promise<typeof import('./problem-reader.js')> =>
  reader().then((module) => {
    loaded = module.Problem;
    return module;
  });

/** The problem+json schema alone (the uploads' engine reads tus failures with it). */
export const loadProblem = (): Promise<typeof Problem> => loadProblemReader().then((module) => module.Problem);

/** The problem+json schema if already loaded: for readers that must answer at once (the uploads' tus failures). */
export const loadedProblem = (): typeof Problem | undefined => loaded;
