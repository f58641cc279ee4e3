import type { Translations } from '../i18n/translate.js';

/** Every string of `<qmi-notifications>`. */
export interface NotificationsMessages {
  heading: string;
  unread: (count: number) => string;
  loading: string;
  loadError: string;
  retry: string;
  empty: string;
  isNew: string;
  markRead: string;
  markAllRead: string;
  marked: string;
  allMarked: string;
  markFailed: string;
  announceNew: (title: string, count: number) => string;
}

export const NOTIFICATIONS_MESSAGES: Translations<NotificationsMessages> = {
  fr: {
    heading: 'Notifications',
    unread: (count) => `${count} non lue${count > 1 ? 's' : ''}`,
    loading: 'Chargement des notifications…',
    loadError: 'Les notifications n’ont pas pu être chargées.',
    retry: 'Réessayer',
    empty: 'Aucune notification pour l’instant.',
    isNew: 'Nouveau',
    markRead: 'Marquer comme lu',
    markAllRead: 'Tout marquer comme lu',
    marked: 'Notification marquée comme lue.',
    allMarked: 'Toutes les notifications sont marquées comme lues.',
    markFailed: 'La notification n’a pas pu être marquée comme lue. Réessayez.',
    announceNew: (title, count) =>
      count > 1 ? `${count} nouvelles notifications. La plus récente : ${title}` : `Nouvelle notification : ${title}`,
  },
  en: {
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
  },
};
