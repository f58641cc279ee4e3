import type { Message } from '../schemas/message.js';
import type { OutboxMessage } from './outbox.js';

/** The platform recorded a message of the outbox (at once, after a retry, or sent again after a reload). */
export class OutboxSentEvent extends Event {
  constructor(
    /** The message as the platform recorded it. */
    readonly message: Message,
    /** Its Idempotency-Key, the key of the outbox entry it was. */
    readonly key: string,
  ) {
    super('sent');
  }
}

/** A message did not reach the platform, or the platform refused it. It stays in the outbox either way. */
export class OutboxFailedEvent extends Event {
  constructor(
    readonly pending: OutboxMessage,
    readonly error: unknown,
    /**
     * Whether this failure is news for the person: the first failure of the message, a retry they
     * asked for, or a refusal. False for an automatic retry that failed again (nothing changed to tell).
     */
    readonly news: boolean,
  ) {
    super('failed');
  }

  /** The platform refused the message: no automatic retry (see `pending.refusal`). */
  get refused(): boolean {
    return this.pending.refusal !== undefined;
  }
}

/** The events of a `MessageOutbox`, by name. */
export interface MessageOutboxEventMap {
  /** `pending` changed: a message was added, changed state or left. */
  change: Event;
  sent: OutboxSentEvent;
  failed: OutboxFailedEvent;
}
