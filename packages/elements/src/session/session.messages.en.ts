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
  signedInAs: 'Signed in as',
  signOut: 'Sign out',
  signingOut: 'Signing out…',
  signOutEverywhere: 'Sign out of all devices',
  signedOutEverywhereAnnounce: 'You have signed out of all devices.',
  accountDeletedAnnounce: 'Your account was deleted. You are signed out.',
  signedInAnnounce: (email) => `Signed in with the account ${email}.`,
  signedOutAnnounce: 'You have signed out.',
  backToSignIn: 'Back to sign in',
  unverified: 'Your email address is not confirmed yet: confirm it to create or join a dossier.',
  resendVerification: 'Send the confirmation email again',
  resendingVerification: 'Sending…',
  verificationResent: (email) => `A confirmation email has been sent to ${email}.`,
  errors: {
    unreachable: 'The platform is not answering. Check your internet connection, then try again',
    unexpected: 'Something went wrong. Try again in a moment',
  },
};

export default en;
