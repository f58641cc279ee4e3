import { CallSummary } from '../../schemas/call.js';
import { listOf } from './list.js';

/** The calls resource's answers, loaded with `import()` beside its first request (see lazy-schema.ts). */
export { CallDefinition } from '../../schemas/call.js';
export const CallSummaries = listOf(CallSummary);
