// The English strings: a module of their own, loaded the first time an element of the page speaks English
// (see lazyTranslations in i18n/translate.ts); French pages never download them.
import type { MessagesMessages } from './messages.messages.js';

const en: MessagesMessages = {
  heading: 'Application messages',
  thread: 'Message thread',
  mine: 'You',
  theirs: (role) => (role === 'organiser' ? 'The commune' : 'The organisers'),
  empty: 'No messages yet. You can ask the organisers your question below.',
  loading: 'Loading messages…',
  loadError: 'The messages could not be loaded. Trying again shortly.',
  label: 'Your message',
  hint: 'Enter starts a new line. Ctrl+Enter (or Cmd+Enter) sends the message.',
  send: 'Send',
  sendLabel: 'Send the message',
  emptyError: 'Write your message before sending it.',
  sending: 'Sending…',
  failed: 'Not sent',
  failedNetwork: 'The connection failed. The message is kept on this device and will be sent again automatically.',
  failedRefused: (reason) => `The platform refused this message: ${reason}`,
  failedThrottled: (when) =>
    `Too many messages sent: the platform asks to wait. The message is kept on this device and will be sent again automatically${when ? ` ${when}` : ''}.`,
  retry: 'Try again',
  retryLabel: (excerpt) => `Try again to send the message “${excerpt}”`,
  unread: (count) => (count > 1 ? `${count} new messages` : `${count} new message`),
  announceNew: (role, body, count) => {
    const from = role === 'organiser' ? 'the commune' : 'the organisers';
    return count > 1 ? `${count} new messages from ${from}. The latest: ${body}` : `New message from ${from}: ${body}`;
  },
  announceSent: 'Message sent.',
  announceFailed: 'Message not sent. It will be sent again automatically.',
  at: (day, time) => `${day} at ${time}`,
};

export default en;
