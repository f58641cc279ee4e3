import type { Message } from '@qmi/core';

/** The platform recorded a message this person wrote (`event.message`), after a retry or at once. */
export class QmiMessageSentEvent extends Event {
  constructor(readonly message: Message) {
    super('qmi-message-sent', { bubbles: true, composed: true });
  }
}

/** New messages from the other side arrived while the element was open (`event.messages`, oldest first). */
export class QmiMessageReceivedEvent extends Event {
  constructor(readonly messages: Message[]) {
    super('qmi-message-received', { bubbles: true, composed: true });
  }
}

/** The number of unread messages from the other side changed (`event.count`). */
export class QmiUnreadChangeEvent extends Event {
  constructor(readonly count: number) {
    super('qmi-unread-change', { bubbles: true, composed: true });
  }
}
