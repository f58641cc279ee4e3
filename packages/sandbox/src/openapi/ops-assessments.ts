import type { Operation } from './operations.js';

/** The HTTP contract of routes/assessments.ts (issue 16, S2). */
export const ASSESSMENTS_OPERATIONS: Operation[] = [];
