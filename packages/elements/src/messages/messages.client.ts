import { authResource, messagesResource } from '@qmi/core';
import type { ClientWith } from '../context/client-source.js';

/** What the thread asks the platform: who is signed in, and the dossier's messages. */
export const MESSAGES_RESOURCES = {
  auth: authResource,
  messages: messagesResource,
};

export type MessagesClient = ClientWith<typeof MESSAGES_RESOURCES>;
