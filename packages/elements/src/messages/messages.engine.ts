/**
 * The outbox's engine (`MessageOutbox` of @qmi/core), fetched with `import()` when a thread opens, beside
 * its first fetch, with the words of the failures only it reports (refusals, waits): a page that shows
 * messages does not wait for the code that sends them. What the engine will send is in `localStorage`
 * already, and shows at once (messages.outbox.ts). With it, in the same request, what only the platform's
 * answer needs (its messages, the unread count and its words, replies'
 * announcement: messages.thread.ts, messages.unread.ts).
 */
export { MessageOutbox } from '@qmi/core';
export { failureReason } from './messages.failure.js';
export { announceNew, merged, renderBadge, renderMessage, threadWords } from './messages.thread.js';
export { UnreadController } from './messages.unread.js';
