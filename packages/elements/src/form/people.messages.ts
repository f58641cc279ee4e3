import { lazyTranslations } from '../i18n/translate.js';

/** Every string of the form's "Personnes ayant accès" panel and its notice about the commune's place. */
export interface PeopleMessages {
  heading: string;
  loading: string;
  failed: string;
  retry: string;
  you: string;
  owner: string;
  editor: string;
  ownerCan: string;
  editorCan: string;
  invitationsHeading: string;
  invitationLine: (email: string, until: string) => string;
  revoke: (email: string) => string;
  revoked: (email: string) => string;
  remove: (email: string) => string;
  removed: (email: string) => string;
  transfer: (email: string) => string;
  transferQuestion: (email: string) => string;
  confirmTransfer: string;
  cancel: string;
  transferred: (email: string) => string;
  leave: string;
  leaveQuestion: string;
  confirmLeave: string;
  left: string;
  inviteHeading: string;
  inviteEmail: string;
  inviteHint: string;
  invite: string;
  sending: string;
  invited: (email: string) => string;
  emailRequired: string;
  summaryTitle: string;
  errorPrefix: string;
  unexpected: string;
  placeHeading: string;
  placeNotice: string;
  placeHow: string;
}

export const PEOPLE_MESSAGES = lazyTranslations<PeopleMessages>(
  {
    heading: 'Personnes ayant accès',
    loading: 'Chargement des personnes ayant accès…',
    failed: 'La liste des personnes ayant accès n’a pas pu être chargée.',
    retry: 'Réessayer',
    you: '(vous)',
    owner: 'propriétaire',
    editor: 'personne invitée',
    ownerCan:
      'Vous êtes propriétaire du dossier : vous pouvez tout faire, dont inviter, retirer des personnes, confier le dossier et le retirer.',
    editorCan:
      'Vous êtes invité sur ce dossier : vous pouvez le modifier, ajouter des documents, supprimer ceux que vous avez ajoutés et écrire des messages. Vous ne pouvez ni le retirer, ni le partager, ni le confier à une autre personne.',
    invitationsHeading: 'Invitations en attente',
    invitationLine: (email, until) => `${email}, invitation valable jusqu’au ${until}`,
    revoke: (email) => `Annuler l’invitation de ${email}`,
    revoked: (email) => `L’invitation de ${email} a été annulée.`,
    remove: (email) => `Retirer l’accès de ${email}`,
    removed: (email) => `${email} n’a plus accès au dossier.`,
    transfer: (email) => `Confier le dossier à ${email}`,
    transferQuestion: (email) =>
      `Confier le dossier à ${email} ? Cette personne en deviendra propriétaire ; vous resterez invité, sans pouvoir le partager, le confier ni le retirer.`,
    confirmTransfer: 'Oui, confier le dossier',
    cancel: 'Annuler',
    transferred: (email) => `Le dossier a été confié à ${email}. Vous y restez invité.`,
    leave: 'Quitter le dossier',
    leaveQuestion: 'Quitter le dossier ? Vous n’y aurez plus accès, sauf nouvelle invitation.',
    confirmLeave: 'Oui, quitter le dossier',
    left: 'Vous avez quitté le dossier.',
    inviteHeading: 'Inviter une personne',
    inviteEmail: 'Adresse e-mail de la personne',
    inviteHint:
      'Elle reçoit un lien pour rejoindre le dossier ; sans compte, elle le crée avec cette adresse. L’invitation vaut 14 jours.',
    invite: 'Envoyer l’invitation',
    sending: 'Envoi…',
    invited: (email) => `Invitation envoyée à ${email}.`,
    emailRequired: 'Saisissez l’adresse e-mail de la personne à inviter.',
    summaryTitle: 'Il y a un problème',
    errorPrefix: 'Erreur :',
    unexpected: 'Une erreur inattendue est survenue. Réessayez.',
    placeHeading: 'Ce dossier ne peut pas encore être déposé',
    placeNotice:
      'Seul un compte vérifié pour la commune peut déposer son dossier, et ce dossier n’est pas celui de la commune pour cet appel.',
    placeHow:
      'Pour être vérifié : connectez-vous avec ProConnect avec votre compte d’agent de la mairie, ou demandez à représenter la commune depuis la page « Mon compte ». Une fois vérifié, votre dossier devient celui de la commune si elle n’en a pas encore.',
  },
  { en: () => import('./people.messages.en.js').then((module) => module.default) },
);
