/**
 * Where the outbox keeps the messages the platform has not acknowledged yet, with the
 * Idempotency-Key each was first sent with: a page that closes (or crashes) before the answer
 * leaves them there, and the next outbox on the same store sends them again with the same key, so
 * the platform records each message exactly once.
 *
 * Synchronous on purpose (`localStorage` in browsers): `send()` returns only once the message is
 * stored, so it is durable before any byte leaves.
 */
export interface OutboxStore {
  /** The stored messages, oldest first. */
  load(): QueuedMessage[];
  /** Keeps a message (replacing one stored with the same key). */
  add(message: QueuedMessage): void;
  /** Forgets a message: the platform acknowledged it. */
  remove(key: string): void;
}

/** A message kept on this device until the platform acknowledges it: what an `OutboxStore` holds. */
export interface QueuedMessage {
  /** The Idempotency-Key of every attempt of this message. */
  key: string;
  body: string;
  /** When the person sent it (this device's clock: it orders nothing on the platform). */
  createdAt: string;
}

/** A store that lives as long as the page: for Node, tests, and browsers without storage. */
export function memoryOutboxStore(initial: QueuedMessage[] = []): OutboxStore {
  let messages = initial.map((message) => ({ ...message }));
  return {
    load: () => messages.map((message) => ({ ...message })),
    add: (message) => {
      messages = [...messages.filter((m) => m.key !== message.key), { ...message }];
    },
    remove: (key) => {
      messages = messages.filter((m) => m.key !== key);
    },
  };
}
