import { QmiSessionElement } from './session.component.js';

// Registering twice throws; a page may load the kit from two bundles.
if (!customElements.get('qmi-session')) customElements.define('qmi-session', QmiSessionElement);

declare global {
  interface HTMLElementTagNameMap {
    'qmi-session': QmiSessionElement;
  }
}

export { QmiSessionElement };
export { QmiInvitationAcceptedEvent, QmiSignInEvent, QmiSignOutEvent } from './session.events.js';
