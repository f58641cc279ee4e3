/*
 * What reads an error answer: the problem+json schema and the typed errors made from it (`ApiError` and
 * its subclasses, with the table of the platform's codes). Reached only by `import()` (problem-schema.ts),
 * beside every request, so they travel in one chunk that no page's first load holds; an error answer,
 * which waited for the schema already, waits for nothing more.
 */
export { Problem } from './lazy/problem.schemas.js';
export { errorFor } from './error-for.js';
