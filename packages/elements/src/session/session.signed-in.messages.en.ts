// The English strings of signed-in visitors: loaded the first time an element of the page speaks English.
import type { SignedInMessages } from './session.signed-in.messages.js';

const en: SignedInMessages = {
  signedInAs: 'Signed in as',
  signOut: 'Sign out',
  signingOut: 'Signing out…',
  signOutEverywhere: 'Sign out of all devices',
  signedOutEverywhereAnnounce: 'You have signed out of all devices.',
  accountDeletedAnnounce: 'Your account was deleted. You are signed out.',
  signedOutAnnounce: 'You have signed out.',
  unverified: 'Your email address is not confirmed yet: confirm it to create or join a dossier.',
  resendVerification: 'Send the confirmation email again',
  resendingVerification: 'Sending…',
  verificationResent: (email) => `A confirmation email has been sent to ${email}.`,
};

export default en;
