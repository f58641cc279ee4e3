import { schemasOf } from '../lazy-schema.js';

// A file of its own, not exported by account.ts: the package's root re-exports the resource modules whole
// (`export *`), so what they export is public.

/** Shared by account.ts, auth.ts and me.ts: one chunk for them, loaded beside the first request (see lazy-schema.ts). */
export const accountSchema = schemasOf(() => import('../lazy/account.schemas.js'));
