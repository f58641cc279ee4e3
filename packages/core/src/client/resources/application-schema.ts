import { schemasOf } from '../lazy-schema.js';

// A file of its own, not exported by the resource modules: the package's root re-exports those whole
// (`export *`), so what they export is public; and a module that only needs the schemas (invitations,
// the autosave's tabs) does not bring the applications' routes with it.

/** The dossiers' answers' schemas, in a chunk loaded beside the first request (see lazy-schema.ts). */
export const applicationSchema = schemasOf(() => import('../lazy/applications.schemas.js'));
