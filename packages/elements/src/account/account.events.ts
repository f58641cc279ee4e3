import type { Account } from '@qmi/core';

/** Fired when the person changed their account (details, language, password): `account` as the platform now has it. */
export class QmiAccountChangeEvent extends Event {
  constructor(readonly account: Account) {
    super('qmi-account-change', { bubbles: true, composed: true });
  }
}

/**
 * Fired when the person deleted their account: the platform ended every session of it, so the page
 * (or the surrounding `<qmi-session>`) signs out.
 */
export class QmiAccountDeleteEvent extends Event {
  constructor(readonly accountId: string) {
    super('qmi-account-delete', { bubbles: true, composed: true });
  }
}
