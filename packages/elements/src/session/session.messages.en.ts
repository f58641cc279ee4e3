// The English strings: a module of their own, loaded the first time an element of the page speaks English
// (see lazyTranslations in i18n/translate.ts); French pages never download them.
import type { SessionMessages } from './session.messages.js';

const en: SessionMessages = {
  checking: 'Checking your session…',
  sessionExpired: 'Your session has expired. Sign in again.',
  sessionUnreachable:
    'Your session could not be checked: the platform is not answering. Your session is still saved on this device.',
  retry: 'Try again',
  retryLabel: 'Try again to check the session',
  retrying: 'Trying again…',
  signedInAnnounce: (email) => `Signed in with the account ${email}.`,
  backToSignIn: 'Back to sign in',
  errors: {
    unreachable: 'The platform is not answering. Check your internet connection, then try again',
    unexpected: 'Something went wrong. Try again in a moment',
  },
};

export default en;
