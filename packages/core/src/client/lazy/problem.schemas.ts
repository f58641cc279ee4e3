/** The problem+json schema, loaded with `import()` beside every request (see ../problem-schema.ts). */
export { Problem } from '../../schemas/problem.js';
