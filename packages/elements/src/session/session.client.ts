import { authResource } from '@qmi/core';
import type { ClientWith } from '../context/client-source.js';

/**
 * What `<qmi-session>` asks the platform before and after every sign-in: signing in and out, the
 * session's account. The rarer calls (e-mail links, invitations, the committee's) are added by the
 * chunk that makes them (`session.flows.ts`); the content adds its own (`ClientSource`).
 */
export const SESSION_RESOURCES = { auth: authResource };

export type SessionClient = ClientWith<typeof SESSION_RESOURCES>;
