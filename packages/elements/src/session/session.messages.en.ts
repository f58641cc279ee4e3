// The English strings: a module of their own, loaded the first time an element of the page speaks English
// (see lazyTranslations in i18n/translate.ts); French pages never download them.
import type { SessionMessages } from './session.messages.js';

const en: SessionMessages = {
  signInHeading: 'Sign in',
  signUpHeading: 'Create an account',
  email: 'Email address',
  password: 'Password',
  passwordRule: 'At least 10 characters. A phrase of a few words is easier to remember.',
  signIn: 'Sign in',
  signingIn: 'Signing in…',
  signUp: 'Create my account',
  signingUp: 'Creating your account…',
  toSignUpPrompt: 'No account yet?',
  toSignUp: 'Create an account',
  toSignInPrompt: 'Already have an account?',
  toSignIn: 'Sign in',
  summaryTitle: 'There is a problem',
  errorPrefix: 'Error:',
  errors: {
    emailRequired: 'Enter your email address',
    emailInvalid: 'Enter a valid email address, like name@townhall.fr',
    emailTooLong: 'The email address must be 254 characters or fewer',
    passwordRequired: 'Enter your password',
    newPasswordRequired: 'Choose a password',
    passwordTooShort: 'The password must be at least 10 characters',
    passwordTooLong: 'The password must be 200 characters or fewer',
    invalidCredentials: 'The email address or the password is incorrect',
    emailTaken: 'An account already exists with this email address: sign in, or enter another address',
    rateLimited: 'Too many attempts. Wait a few minutes, then try again',
    rateLimitedUntil: (when) => `Too many attempts. Try again ${when}.`,
    unreachable: 'The platform is not answering. Check your internet connection, then try again',
    unexpected: 'Something went wrong. Try again in a moment',
  },
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
  signingOutEverywhere: 'Signing out of all devices…',
  warning: 'Warning:',
  everywhereWarning:
    'This account will be signed out on every device where it is signed in, this one included. You will need to sign in again on each.',
  unsentWarning: ({ messages, uploads, edits }) => {
    const s = (n: number) => (n > 1 ? 's' : '');
    const lost = [
      messages ? `${messages} unsent message${s(messages)}` : '',
      uploads ? `${uploads} unfinished file upload${s(uploads)}` : '',
      edits ? `${edits} unsaved change${s(edits)} to the dossier` : '',
    ].filter(Boolean);
    const list = lost.length > 1 ? `${lost.slice(0, -1).join(', ')} and ${lost.at(-1)}` : lost.join('');
    return `${list} will be lost on this device.`;
  },
  confirmSignOut: 'Sign out anyway',
  confirmEverywhere: 'Sign out everywhere',
  staySignedIn: 'Stay signed in',
  everywhereFailed:
    'Signing out of all devices did not complete: the platform is not answering. You are still signed in. Try again in a moment.',
  signedOutEverywhereAnnounce: 'You have signed out of all devices.',
  accountDeletedAnnounce: 'Your account was deleted. You are signed out.',
  signedInAnnounce: (email) => `Signed in with the account ${email}.`,
  signedOutAnnounce: 'You have signed out.',
  reauthAnnounce: 'Signed in again: you can carry on where you left off.',
  reauthHeading: 'Sign in again to continue',
  reauthIntro: 'Your session has expired. Enter your password to carry on where you left off.',
  reauthSubmit: 'Sign in again',
  cancel: 'Cancel',
  forgotLink: 'Forgotten your password?',
  forgotHeading: 'Reset your password',
  forgotIntro:
    'Enter the email address of your account. If an account uses this address, you will receive a link to choose a new password.',
  forgotSubmit: 'Send me the link',
  forgotSending: 'Sending…',
  newPasswordHeading: 'Choose a new password',
  newPassword: 'New password',
  newPasswordSubmit: 'Save the password',
  newPasswordSaving: 'Saving…',
  passwordChangedAnnounce: (email) =>
    `Password changed. You are signed in with the account ${email}; your other devices have been signed out.`,
  reviewerHeading: 'Accept the invitation to review applications',
  reviewerIntro:
    'The organisers invite you to the selection committee. To create your reviewer’s account, choose the password you will sign in with, with the email address that received the invitation.',
  reviewerSubmit: 'Accept and sign in',
  reviewerAccepting: 'Accepting…',
  backToSignIn: 'Back to sign in',
  unverified: 'Your email address is not confirmed yet: confirm it to create or join a dossier.',
  resendVerification: 'Send the confirmation email again',
  resendingVerification: 'Sending…',
  verificationResent: (email) => `A confirmation email has been sent to ${email}.`,
};

export default en;
