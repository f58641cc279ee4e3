import type { Operation } from './operations.js';

/** The HTTP contract of routes/reviewers.ts (issue 16, S1). */
export const REVIEWERS_OPERATIONS: Operation[] = [];
