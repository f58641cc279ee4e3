import type { Notification } from '@qmi/core';

/** The number of unread notifications changed (`event.count`): a partner's page shows it on its own bell. */
export class QmiNotificationsChangeEvent extends Event {
  constructor(readonly count: number) {
    super('qmi-notifications-change', { bubbles: true, composed: true });
  }
}

/** New notifications arrived while the element was open (`event.notifications`, newest first). */
export class QmiNotificationReceivedEvent extends Event {
  constructor(readonly notifications: Notification[]) {
    super('qmi-notification-received', { bubbles: true, composed: true });
  }
}
