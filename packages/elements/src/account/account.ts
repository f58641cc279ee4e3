import { QmiAccount } from './account.component.js';
import type { QmiAccountChangeEvent, QmiAccountDeleteEvent } from './account.events.js';

// Registering twice throws; a page may load the kit from two bundles.
if (!customElements.get('qmi-account')) customElements.define('qmi-account', QmiAccount);

declare global {
  interface HTMLElementTagNameMap {
    'qmi-account': QmiAccount;
  }
  interface GlobalEventHandlersEventMap {
    'qmi-account-change': QmiAccountChangeEvent;
    'qmi-account-delete': QmiAccountDeleteEvent;
  }
}

export { QmiAccount };
export { QmiAccountChangeEvent, QmiAccountDeleteEvent } from './account.events.js';
