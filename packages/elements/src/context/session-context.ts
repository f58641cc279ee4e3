import { createContext } from '@lit/context';
import type { Account } from '@qmi/core';
import type { SessionClient } from '../session/session.client.js';

/** What `<qmi-session>` provides to the components inside it, so a partner page needs no script. */
export interface QmiSession {
  /**
   * A client signed in as `account`; its token is replaced in place when the person signs in again.
   * It carries the session's own resource (`auth`): an element adds those it uses with `withResources(client, { calls: callsResource })` (what `ClientSource`
   * does), over the same token, language and clock.
   */
  client: SessionClient;
  account: Account;
  apiBase: string;
  /**
   * Asks the person to sign in again (an expired session, a 401 during autosave) without leaving the
   * page: resolves once signed in, with the same client now carrying the new token.
   */
  reauthenticate(): Promise<void>;
}

/**
 * The `@lit/context` key under which `<qmi-session>` provides the {@link QmiSession} to the elements inside
 * it (`undefined` when there is none).
 */
export const sessionContext = createContext<QmiSession | undefined>(Symbol.for('qmi-session'));
