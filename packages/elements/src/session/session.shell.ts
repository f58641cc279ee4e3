import type { Lang } from '@qmi/core';
import type { SessionAccount } from './session.account.js';
import type { SessionMessages } from './session.messages.js';

/**
 * What every part of `<qmi-session>` asks of the element (the forms, the flows, the account bar's actions):
 * made once by the element and given to each part's controller with what that part alone needs. One object
 * rather than the same callbacks in each part's options: they are the element's code, in every first load.
 */
export interface SessionShell {
  /** The signed-in account and its client. */
  session: SessionAccount;
  /** The element's words and language, in the page's language now. */
  words(): SessionMessages;
  lang(): Lang;
  /** Says a settled result in the live region. */
  announce(message: string): void;
  /** The element of this id (in the shadow root) takes the focus after the next render. */
  focus(id: string): void;
  /** The words for a request that failed: the platform refusing this page's origin, or "unexpected". */
  failure(error: unknown): string;
  /** Where the e-mails' links lead back to: this page. */
  continueUrl(): string;
  /** The content lets go of the session (a pending sign-in-again refused). */
  leave(): void;
}
