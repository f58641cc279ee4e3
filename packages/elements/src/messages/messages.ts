import { QmiMessages } from './messages.component.js';
import type { QmiMessageReceivedEvent, QmiMessageSentEvent, QmiUnreadChangeEvent } from './messages.events.js';

if (!customElements.get('qmi-messages')) customElements.define('qmi-messages', QmiMessages);

declare global {
  interface HTMLElementTagNameMap {
    'qmi-messages': QmiMessages;
  }
  interface GlobalEventHandlersEventMap {
    'qmi-message-sent': QmiMessageSentEvent;
    'qmi-message-received': QmiMessageReceivedEvent;
    'qmi-unread-change': QmiUnreadChangeEvent;
  }
}

export { QmiMessages } from './messages.component.js';
export { QmiMessageSentEvent, QmiMessageReceivedEvent, QmiUnreadChangeEvent } from './messages.events.js';
