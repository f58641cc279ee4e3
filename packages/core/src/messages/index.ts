export { MessageOutbox, refusalOf, type MessageOutboxOptions, type OutboxMessage } from './outbox.js';
export { OutboxFailedEvent, OutboxSentEvent, type MessageOutboxEventMap } from './events.js';
export { memoryOutboxStore, type OutboxStore, type QueuedMessage } from './store.js';
