import type { Operation } from './operations.js';

/** The HTTP contract of routes/exports.ts (issue 16, S4). */
export const EXPORTS_OPERATIONS: Operation[] = [];
