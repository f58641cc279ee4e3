import type { Operation } from './operations.js';

/** The HTTP contract of routes/notifications.ts (issue 16, S3). */
export const NOTIFICATIONS_OPERATIONS: Operation[] = [
  {
    method: 'get',
    path: '/v1/notifications',
    id: 'listNotifications',
    tag: 'Notifications',
    summary:
      'Your latest notifications (100 at most), newest first: the events also sent to you by e-mail, titled in the request’s language',
    auth: 'account',
    success: { status: 200, schema: 'Notification', list: true },
  },
  {
    method: 'post',
    path: '/v1/notifications/{id}/read',
    id: 'markNotificationRead',
    tag: 'Notifications',
    summary: 'Mark one of your notifications as read (again: keeps the first time)',
    auth: 'account',
    success: { status: 200, schema: 'Notification' },
    // 404: unknown, or someone else's.
    errors: [404],
    headers: ['Idempotency-Key'],
  },
];
