// The English strings: a module of their own, loaded the first time an element of the page speaks English
// (see lazyTranslations in i18n/translate.ts); French pages never download them.
import { type AccountMessages, SOURCES_EN } from './account.messages.js';

const en: AccountMessages = {
  title: 'My account',
  loading: 'Loading your account…',
  signedOut: 'Sign in to see your account.',
  failed: 'Your account could not be loaded.',
  retry: 'Try again',
  summaryTitle: 'There is a problem',
  errorPrefix: 'Error:',
  required: (label) => `Enter: ${label.toLowerCase()}.`,
  unexpected: 'Something unexpected went wrong. Try again.',
  sending: 'Sending…',

  emailHeading: 'E-mail address',
  emailIs: (email) => `Your address: ${email}`,
  verified: 'Address confirmed.',
  unverified: 'Address not confirmed yet.',
  unverifiedHelp:
    'Follow the link in the e-mail we sent you: until the address is confirmed, you can neither create nor join a dossier.',
  resend: 'Send the confirmation e-mail again',
  resent: (email) => `A new confirmation e-mail was sent to ${email}.`,
  changeEmailHeading: 'Change e-mail address',
  newEmail: 'New e-mail address',
  currentPassword: 'Current password',
  changeEmail: 'Change address',
  changeEmailHelp:
    'A confirmation link goes to the new address: it replaces the current one only once that link is followed.',
  emailChangeSent: (email) => `A confirmation link was sent to ${email}. Your address changes once you follow it.`,

  profileHeading: 'Your details',
  givenName: 'First name',
  usualName: 'Last name',
  lang: 'Language of e-mails',
  langHint: 'The platform’s e-mails reach you in this language.',
  langNames: { fr: 'Français (French)', en: 'English' },
  saveProfile: 'Save',
  profileSaved: 'Your details were saved.',

  passwordHeading: 'Password',
  noPassword: 'You sign in with ProConnect: your account has no password.',
  newPassword: 'New password',
  passwordRule: 'At least 10 characters. A phrase of a few words is easier to remember.',
  changePassword: 'Change password',
  passwordChanged: 'Your password was changed. Your other sessions were ended.',

  communesHeading: 'Communes you represent',
  noCommune:
    'Your account is verified for no commune: you may prepare a dossier, but only an account verified for the commune can submit it.',
  verifiedFor: (commune, source, date) => `${commune}: verified ${SOURCES_EN[source]} on ${date}.`,
  claimsHeading: 'Your requests',
  claimPending: (commune, date) => `${commune}: request of ${date}, waiting for the organisers’ decision.`,
  claimRefused: (commune, reason) => `${commune}: request refused. Reason: ${reason}`,
  claimApproved: (commune) => `${commune}: request approved.`,
  claimHeading: 'Ask to represent a commune',
  claimHelp:
    'The organisers check your request with the town hall and answer by e-mail. Agents who sign in with ProConnect are verified without a request.',
  commune: 'Commune',
  claimName: 'Full name',
  claimNameHint: 'As the town hall knows you.',
  townHallRole: 'Role at the town hall',
  townHallRoleHint: 'For instance: head of innovation, project officer.',
  sendClaim: 'Send the request',
  claimSent: (commune) => `Your request for ${commune} was sent to the organisers.`,

  dataHeading: 'Your data',
  dataHelp:
    'A JSON file with everything the platform keeps about you: account, communes, requests, sessions, dossiers, messages, documents and e-mails sent.',
  download: 'Download my data',
  downloaded: 'Your data was downloaded.',

  deleteHeading: 'Delete my account',
  deleteRules: [
    'Submitted dossiers you own must first be handed over to someone else: otherwise the deletion is refused.',
    'Your shared drafts pass to the earliest person invited.',
    'Your drafts that nobody else edits are deleted, with their documents.',
    'Your sessions, requests and verifications are erased; your messages stay in the dossiers, without your name or address.',
  ],
  confirmEmail: 'Your e-mail address, to confirm',
  confirmEmailHint: 'Deletion is permanent.',
  deleteButton: 'Delete my account permanently',
  confirmEmailMismatch: 'Enter this account’s e-mail address.',
  holdsDossiers: 'First hand these submitted dossiers over to someone else (the dossier’s “People with access”):',
  dossierLine: (id) => `Dossier ${id}`,
  deleted: 'Your account was deleted.',
};

export default en;
