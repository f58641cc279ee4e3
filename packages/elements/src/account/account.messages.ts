import type { VerificationSource } from '@qmi/core';
import type { Translations } from '../i18n/translate.js';

/** Every string `<qmi-account>` shows or announces. */
export interface AccountMessages {
  title: string;
  loading: string;
  signedOut: string;
  failed: string;
  retry: string;
  summaryTitle: string;
  errorPrefix: string;
  required: (label: string) => string;
  unexpected: string;
  sending: string;

  emailHeading: string;
  emailIs: (email: string) => string;
  verified: string;
  unverified: string;
  unverifiedHelp: string;
  resend: string;
  resent: (email: string) => string;
  changeEmailHeading: string;
  newEmail: string;
  currentPassword: string;
  changeEmail: string;
  changeEmailHelp: string;
  emailChangeSent: (email: string) => string;

  profileHeading: string;
  givenName: string;
  usualName: string;
  lang: string;
  langHint: string;
  langNames: { fr: string; en: string };
  saveProfile: string;
  profileSaved: string;

  passwordHeading: string;
  noPassword: string;
  newPassword: string;
  /** The same rule as sign-up's (the platform judges the strength and says why a password is refused). */
  passwordRule: string;
  changePassword: string;
  passwordChanged: string;

  communesHeading: string;
  noCommune: string;
  verifiedFor: (commune: string, source: VerificationSource, date: string) => string;
  claimsHeading: string;
  claimPending: (commune: string, date: string) => string;
  claimRefused: (commune: string, reason: string) => string;
  claimApproved: (commune: string) => string;
  claimHeading: string;
  claimHelp: string;
  commune: string;
  claimName: string;
  claimNameHint: string;
  townHallRole: string;
  townHallRoleHint: string;
  sendClaim: string;
  claimSent: (commune: string) => string;

  dataHeading: string;
  dataHelp: string;
  download: string;
  downloaded: string;

  deleteHeading: string;
  deleteRules: string[];
  confirmEmail: string;
  confirmEmailHint: string;
  deleteButton: string;
  confirmEmailMismatch: string;
  holdsDossiers: string;
  dossierLine: (id: string) => string;
  deleted: string;
}

const SOURCES_FR: Record<VerificationSource, string> = {
  proconnect: 'par ProConnect',
  organiser: 'par les organisateurs',
  configuration: 'par la configuration de la plateforme',
};
const SOURCES_EN: Record<VerificationSource, string> = {
  proconnect: 'through ProConnect',
  organiser: 'by the organisers',
  configuration: 'by the platform’s configuration',
};

export const ACCOUNT_MESSAGES: Translations<AccountMessages> = {
  fr: {
    title: 'Mon compte',
    loading: 'Chargement de votre compte…',
    signedOut: 'Connectez-vous pour voir votre compte.',
    failed: 'Votre compte n’a pas pu être chargé.',
    retry: 'Réessayer',
    summaryTitle: 'Il y a un problème',
    errorPrefix: 'Erreur :',
    required: (label) => `Saisissez : ${label.toLowerCase()}.`,
    unexpected: 'Une erreur inattendue est survenue. Réessayez.',
    sending: 'Envoi…',

    emailHeading: 'Adresse e-mail',
    emailIs: (email) => `Votre adresse : ${email}`,
    verified: 'Adresse confirmée.',
    unverified: 'Adresse pas encore confirmée.',
    unverifiedHelp:
      'Suivez le lien de l’e-mail que nous vous avons envoyé : tant que l’adresse n’est pas confirmée, vous ne pouvez ni créer ni rejoindre un dossier.',
    resend: 'Renvoyer l’e-mail de confirmation',
    resent: (email) => `Un nouvel e-mail de confirmation a été envoyé à ${email}.`,
    changeEmailHeading: 'Changer d’adresse e-mail',
    newEmail: 'Nouvelle adresse e-mail',
    currentPassword: 'Mot de passe actuel',
    changeEmail: 'Changer d’adresse',
    changeEmailHelp:
      'Un lien de confirmation part à la nouvelle adresse : elle ne remplace l’actuelle qu’une fois ce lien suivi.',
    emailChangeSent: (email) =>
      `Un lien de confirmation a été envoyé à ${email}. Votre adresse changera quand vous l’aurez suivi.`,

    profileHeading: 'Vos informations',
    givenName: 'Prénom',
    usualName: 'Nom',
    lang: 'Langue des e-mails',
    langHint: 'Les e-mails de la plateforme vous parviennent dans cette langue.',
    langNames: { fr: 'Français', en: 'English (anglais)' },
    saveProfile: 'Enregistrer',
    profileSaved: 'Vos informations ont été enregistrées.',

    passwordHeading: 'Mot de passe',
    noPassword: 'Vous vous connectez avec ProConnect : votre compte n’a pas de mot de passe.',
    newPassword: 'Nouveau mot de passe',
    passwordRule: 'Au moins 10 caractères. Une phrase de quelques mots est plus facile à retenir.',
    changePassword: 'Changer de mot de passe',
    passwordChanged: 'Votre mot de passe a été changé. Vos autres sessions ont été fermées.',

    communesHeading: 'Communes que vous représentez',
    noCommune:
      'Votre compte n’est vérifié pour aucune commune : vous pouvez préparer un dossier, mais seul un compte vérifié pour la commune peut le déposer.',
    verifiedFor: (commune, source, date) => `${commune} : vérifiée ${SOURCES_FR[source]} le ${date}.`,
    claimsHeading: 'Vos demandes',
    claimPending: (commune, date) => `${commune} : demande du ${date}, en attente de la décision des organisateurs.`,
    claimRefused: (commune, reason) => `${commune} : demande refusée. Motif : ${reason}`,
    claimApproved: (commune) => `${commune} : demande acceptée.`,
    claimHeading: 'Demander à représenter une commune',
    claimHelp:
      'Les organisateurs vérifient votre demande auprès de la mairie et vous répondent par e-mail. Les agents qui se connectent avec ProConnect sont vérifiés sans demande.',
    commune: 'Commune',
    claimName: 'Nom et prénom',
    claimNameHint: 'Tels que la mairie vous connaît.',
    townHallRole: 'Fonction à la mairie',
    townHallRoleHint: 'Par exemple : directrice de l’innovation, chargé de mission.',
    sendClaim: 'Envoyer la demande',
    claimSent: (commune) => `Votre demande pour ${commune} a été envoyée aux organisateurs.`,

    dataHeading: 'Vos données',
    dataHelp:
      'Un fichier JSON avec tout ce que la plateforme garde de vous : compte, communes, demandes, sessions, dossiers, messages, documents et e-mails envoyés.',
    download: 'Télécharger mes données',
    downloaded: 'Vos données ont été téléchargées.',

    deleteHeading: 'Supprimer mon compte',
    deleteRules: [
      'Les dossiers déposés dont vous êtes propriétaire doivent d’abord être confiés à une autre personne : sinon la suppression est refusée.',
      'Vos brouillons partagés passent à la personne invitée la plus ancienne.',
      'Vos brouillons que personne d’autre ne modifie sont supprimés, avec leurs documents.',
      'Vos sessions, demandes et vérifications sont effacées ; vos messages restent dans les dossiers, sans votre nom ni votre adresse.',
    ],
    confirmEmail: 'Votre adresse e-mail, pour confirmer',
    confirmEmailHint: 'La suppression est définitive.',
    deleteButton: 'Supprimer définitivement mon compte',
    confirmEmailMismatch: 'Saisissez l’adresse e-mail de ce compte.',
    holdsDossiers: 'Confiez d’abord ces dossiers déposés à une autre personne (« Personnes ayant accès » du dossier) :',
    dossierLine: (id) => `Dossier ${id}`,
    deleted: 'Votre compte a été supprimé.',
  },
  en: {
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
  },
};
