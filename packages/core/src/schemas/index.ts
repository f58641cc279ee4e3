// The schemas are zod/mini (`import * as z from 'zod/mini'`): functions, not methods (`z.optional(Application)`,
// `z.extend(…)`), so that a page pays only for the checks it uses. They mix with classic zod schemas. What
// JSON Schema and OpenAPI readers are told about them is in ../json-schema-descriptions.ts, out of browser pages.
// `export *` only: see ../index.ts. The plain values (lifecycle, the dossier's content helpers) come from their
// zod-free modules, so that a bundler leaves the schemas, and zod, out of a page that only reads these.
export * from './call.js';
export * from './application.js';
export * from '../application-content.js';
export * from '../lifecycle-rules.js';
export * from './lifecycle.js';
export * from './message.js';
export * from './account.js';
export * from './problem.js';
export * from './identity.js';
export * from './review.js';
