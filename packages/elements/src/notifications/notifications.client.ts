import { notificationsResource } from '@qmi/core';
import type { ClientWith } from '../context/client-source.js';

/** What the notifications ask the platform: the person's notifications. */
export const NOTIFICATIONS_RESOURCES = {
  notifications: notificationsResource,
};

export type NotificationsClient = ClientWith<typeof NOTIFICATIONS_RESOURCES>;
