import { lazyTranslations } from '../i18n/translate.js';

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

export const NOTIFICATIONS_MESSAGES = lazyTranslations<NotificationsMessages>(
  {
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
  { en: () => import('./notifications.messages.en.js').then((module) => module.default) },
);
