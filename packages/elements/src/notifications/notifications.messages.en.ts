// The English strings: a module of their own, loaded the first time an element of the page speaks English
// (see lazyTranslations in i18n/translate.ts); French pages never download them.
import type { NotificationsMessages } from './notifications.messages.js';

const en: NotificationsMessages = {
  heading: 'Notifications',
  unread: (count) => `${count} unread`,
  loading: 'Loading the notifications…',
  loadError: 'The notifications could not be loaded.',
  retry: 'Try again',
  empty: 'No notifications yet.',
  isNew: 'New',
  markRead: 'Mark as read',
  markAllRead: 'Mark all as read',
  marked: 'Notification marked as read.',
  allMarked: 'Every notification is marked as read.',
  markFailed: 'The notification could not be marked as read. Try again.',
  announceNew: (title, count) =>
    count > 1 ? `${count} new notifications. The newest: ${title}` : `New notification: ${title}`,
};

export default en;
