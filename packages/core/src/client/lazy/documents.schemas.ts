import { DocumentRef } from '../../schemas/application.js';
import { listOf } from './list.js';

/** The documents resource's answers, loaded with `import()` beside its first request (see lazy-schema.ts). */
export { DocumentRef };
export const DocumentRefs = listOf(DocumentRef);
