import type { Operation } from './operations.js';

/** The HTTP contract of routes/notifications.ts (issue 16, S3). */
export const NOTIFICATIONS_OPERATIONS: Operation[] = [];
