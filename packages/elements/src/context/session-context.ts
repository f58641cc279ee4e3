import { createContext } from '@lit/context';
import type { Account, QmiClient } from '@qmi/core';

/** What `<qmi-session>` provides to the components inside it, so a partner page needs no script. */
export interface QmiSession {
  /** A client signed in as `account`; its token is replaced in place when the person signs in again. */
  client: QmiClient;
  account: Account;
  apiBase: string;
  /**
   * Asks the person to sign in again (an expired session, a 401 during autosave) without leaving the
   * page: resolves once signed in, with the same client now carrying the new token.
   */
  reauthenticate(): Promise<void>;
}

export const sessionContext = createContext<QmiSession | undefined>(Symbol.for('qmi-session'));
