// The forms' English strings, loaded the first time an element of the page speaks English.
import type { FormMessages } from './session.form.messages.js';

const en: FormMessages = {
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
  },
};

export default en;
