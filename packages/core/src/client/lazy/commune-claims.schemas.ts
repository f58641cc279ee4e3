import { CommuneClaim } from '../../schemas/identity.js';
import { listOf } from './list.js';

/** The commune claims' answers, loaded with `import()` beside their first request (see lazy-schema.ts). */
export { CommuneClaim };
export const CommuneClaims = listOf(CommuneClaim);
