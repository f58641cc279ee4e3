import { meResource, messagesResource } from '@qmi/core';
import type { ClientWith } from '../context/client-source.js';

/**
 * What the thread asks the platform: who is signed in (`auth.me` alone: the thread tells its sides apart,
 * it signs nobody in), and the dossier's messages.
 */
export const MESSAGES_RESOURCES = {
  auth: meResource,
  messages: messagesResource,
};

export type MessagesClient = ClientWith<typeof MESSAGES_RESOURCES>;
