import { Notification } from '../../schemas/review.js';
import { listOf } from './list.js';

/** The notifications' answers, loaded with `import()` beside their first request (see lazy-schema.ts). */
export { Notification };
export const Notifications = listOf(Notification);
