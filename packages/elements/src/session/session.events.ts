import type { Account, Application } from '@qmi/core';

const crossing: EventInit = { bubbles: true, composed: true };

/**
 * A session was opened: a sign-in, a sign-up, the demo account's automatic sign-in or a sign-in
 * again after expiry. Resuming a stored session is not one (nobody signed in); read `account` or
 * the session context for who is signed in.
 */
export class QmiSignInEvent extends Event {
  static readonly type = 'qmi-sign-in';
  constructor(readonly detail: Account) {
    super(QmiSignInEvent.type, crossing);
  }
}

/**
 * The person signed out with the account bar's buttons; `detail.everywhere` when every session of the
 * account ended (all devices). What the elements kept in this browser for that account is gone by then.
 */
export class QmiSignOutEvent extends Event {
  static readonly type = 'qmi-sign-out';
  readonly detail: { everywhere: boolean };
  constructor({ everywhere = false }: { everywhere?: boolean } = {}) {
    super(QmiSignOutEvent.type, crossing);
    this.detail = { everywhere };
  }
}

/**
 * An invitation's link was followed and the invitation accepted: the person is now an editor of
 * `detail` (the dossier), which the page may open.
 */
export class QmiInvitationAcceptedEvent extends Event {
  static readonly type = 'qmi-invitation-accepted';
  constructor(readonly detail: Application) {
    super(QmiInvitationAcceptedEvent.type, crossing);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qmi-invitation-accepted': QmiInvitationAcceptedEvent;
    'qmi-sign-in': QmiSignInEvent;
    'qmi-sign-out': QmiSignOutEvent;
  }
}
