import type { Operation } from './operations.js';

/** The HTTP contract of routes/advice.ts (issue 16, S3). */
export const ADVICE_OPERATIONS: Operation[] = [];
