// The English strings: a module of their own, loaded the first time an element of the page speaks English
// (see lazyTranslations in i18n/translate.ts); French pages never download them.
import type { PeopleMessages } from './people.messages.js';

const en: PeopleMessages = {
  heading: 'People with access',
  loading: 'Loading the people with access…',
  failed: 'The list of people with access could not be loaded.',
  retry: 'Try again',
  you: '(you)',
  owner: 'owner',
  editor: 'invited editor',
  ownerCan:
    'You own this dossier: you can do everything, including inviting and removing people, handing the dossier over and withdrawing it.',
  editorCan:
    'You are an invited editor: you can edit the dossier, upload documents, delete the ones you uploaded and write messages. You cannot withdraw it, share it or hand it over.',
  invitationsHeading: 'Pending invitations',
  invitationLine: (email, until) => `${email}, invitation valid until ${until}`,
  revoke: (email) => `Cancel the invitation of ${email}`,
  revoked: (email) => `The invitation of ${email} was cancelled.`,
  remove: (email) => `Remove the access of ${email}`,
  removed: (email) => `${email} no longer has access to the dossier.`,
  transfer: (email) => `Hand the dossier over to ${email}`,
  transferQuestion: (email) =>
    `Hand the dossier over to ${email}? They become its owner; you stay on as an editor, unable to share, hand over or withdraw it.`,
  confirmTransfer: 'Yes, hand it over',
  cancel: 'Cancel',
  transferred: (email) => `The dossier was handed over to ${email}. You stay on as an editor.`,
  leave: 'Leave the dossier',
  leaveQuestion: 'Leave the dossier? You will no longer have access to it, unless invited again.',
  confirmLeave: 'Yes, leave the dossier',
  left: 'You left the dossier.',
  inviteHeading: 'Invite someone',
  inviteEmail: 'Their e-mail address',
  inviteHint:
    'They receive a link to join the dossier; without an account, they create one with this address. The invitation lasts 14 days.',
  invite: 'Send the invitation',
  sending: 'Sending…',
  invited: (email) => `Invitation sent to ${email}.`,
  emailRequired: 'Enter the e-mail address of the person to invite.',
  summaryTitle: 'There is a problem',
  errorPrefix: 'Error:',
  unexpected: 'Something unexpected went wrong. Try again.',
  placeHeading: 'This dossier cannot be submitted yet',
  placeNotice:
    'Only an account verified for the commune can submit its dossier, and this dossier is not the commune’s for this call.',
  placeHow:
    'To be verified: sign in with ProConnect with your town-hall agent account, or ask to represent the commune on the “My account” page. Once verified, your dossier becomes the commune’s if it has none yet.',
};

export default en;
