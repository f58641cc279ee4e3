import type { Operation } from './operations.js';

/** The HTTP contract of routes/receipts.ts (issue 16, S4). */
export const RECEIPTS_OPERATIONS: Operation[] = [];
