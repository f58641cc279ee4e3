// The English strings: a module of their own, loaded the first time an element of the page speaks English
// (see lazyTranslations in i18n/translate.ts); French pages never download them.
import type { StepMessages } from './session.steps.messages.js';

const en: StepMessages = {
  checkEmailHeading: 'Check your email',
  checkEmailSentTo: 'We have sent an email to',
  checkEmailDo:
    'Open it and follow its link to confirm your address: you will then be signed in. The link works for 48 hours.',
  checkEmailJunk: 'Nothing arrived? Check your spam folder.',
  resendSoon: 'You can ask for a new email in a moment.',
  resend: 'Send the email again',
  resending: 'Sending…',
  resentAnnounce: (email) => `A new email has been sent to ${email}.`,
  changeAddress: 'Change the email address',
  alreadyConfirmed: 'Already confirmed? Sign in',
  resetSentHeading: 'Check your email',
  resetSentText: (email) =>
    `If an account uses the address ${email}, an email is on its way with a link to choose a new password. The link works for 30 minutes.`,
  resetSentLater: 'Nothing arrived? Check your spam folder, or ask for a new link.',
  completing: 'Checking the link…',
  linkInvalidHeading: 'This link no longer works',
  linkInvalid: {
    'verify-email':
      'The confirmation link has expired or has already been used. Sign in to receive a new confirmation email, or create your account again with the same address.',
    'reset-password':
      'The reset link has expired or has already been used (it works for 30 minutes, once). Ask for a new link.',
    'confirm-email-change':
      'The link to change your address has expired or has already been used. Ask for the change again from your account.',
    'accept-invitation':
      'The invitation has expired, was cancelled or has already been accepted. Ask the person who invited you to invite you again.',
    'reviewer-invitation':
      'The invitation to review applications has expired, was cancelled or has already been used (it works once, for 14 days). If you have already accepted it, sign in with your email address and password. Otherwise, ask the organisers to invite you again.',
  },
  requestNewLink: 'Ask for a new link',
  linkFailed: 'The platform could not complete this link. Try again in a moment by following the email’s link again.',
  signUpAgain: 'Create an account',
  signInToAccept:
    'Sign in with the address that received the invitation to join the dossier. No account yet? Create it with that address: the invitation will be accepted once the address is confirmed.',
  signInToConfirmEmail: 'Sign in to confirm your new email address.',
  invitationAccepted: 'Invitation accepted: you are now one of the dossier’s editors.',
  reviewerAccepted:
    'You are a reviewer on the selection committee: you will see the dossiers the organisers assign to you, and assess them criterion by criterion.',
  reviewerBlockedHeading: 'The invitation could not be accepted',
  reviewerBlocked: 'The account of this address works on applications: a reviewer cannot be an editor of a dossier.',
  reviewerBlockedWayForward:
    'Sign in, hand these dossiers over or leave them, then follow the invitation’s link again (it still works). You can also ask the organisers for an invitation to another address.',
  emailChanged: (email) => `Your email address is now ${email}.`,
  or: 'or',
  proConnectWhat: 'What is ProConnect?',
  newWindow: 'new window',
  proConnectWaiting: 'Carry on signing in in the ProConnect window.',
  proConnectRefusedHeading: 'Signing in with ProConnect did not work',
  notCommune:
    'ProConnect signs in agents of the communes of the Métropole du Grand Paris. The organisation of your ProConnect account is not one of these communes.',
  notCommuneWayForward:
    'If you work for a commune of the Métropole, create an account with your work email address, then ask to represent the commune: the Métropole’s team will check your request.',
  proConnectFailed: 'ProConnect could not identify you. Try again in a moment, or sign in with your email address.',
  createAccount: 'Create an account',
};

export default en;
