import type { Problem } from '../schemas/problem.js';
import { schemasOf } from './lazy-schema.js';

const problem = schemasOf(() => import('./lazy/problem.schemas.js'))('Problem');
let loaded: typeof Problem | undefined;

/**
 * The problem+json schema, with which every error answer is read: its load starts with each request (it
 * is one small chunk beside the answer's schema, loaded once), so a page's first load carries none of it.
 */
export const loadProblem = (): Promise<typeof Problem> =>
  problem().then((schema) => {
    loaded = schema;
    return schema;
  });

/** The problem+json schema if already loaded: for readers that must answer at once (the uploads' tus failures). */
export const loadedProblem = (): typeof Problem | undefined => loaded;
