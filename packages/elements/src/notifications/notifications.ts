import { QmiNotifications } from './notifications.component.js';
import type { QmiNotificationReceivedEvent, QmiNotificationsChangeEvent } from './notifications.events.js';

if (!customElements.get('qmi-notifications')) customElements.define('qmi-notifications', QmiNotifications);

declare global {
  interface HTMLElementTagNameMap {
    'qmi-notifications': QmiNotifications;
  }
  interface GlobalEventHandlersEventMap {
    'qmi-notifications-change': QmiNotificationsChangeEvent;
    'qmi-notification-received': QmiNotificationReceivedEvent;
  }
}

export { QmiNotifications } from './notifications.component.js';
export { QmiNotificationReceivedEvent, QmiNotificationsChangeEvent } from './notifications.events.js';
