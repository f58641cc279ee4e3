// The English strings: a module of their own, loaded the first time an element of the page speaks English
// (see lazyTranslations in i18n/translate.ts); French pages never download them.
import type { MessagesMessages } from './messages.messages.js';

const en: MessagesMessages = {
  heading: 'Application messages',
  thread: 'Message thread',
  mine: 'You',
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
  retry: 'Try again',
  retryLabel: (excerpt) => `Try again to send the message “${excerpt}”`,
  announceFailed: 'Message not sent. It will be sent again automatically.',
};

export default en;
