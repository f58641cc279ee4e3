import type { VerificationSource } from '@qmi/core';
import { lazyTranslations } from '../i18n/translate.js';

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
export const SOURCES_EN: Record<VerificationSource, string> = {
  proconnect: 'through ProConnect',
  organiser: 'by the organisers',
  configuration: 'by the platform’s configuration',
};

export const ACCOUNT_MESSAGES = lazyTranslations<AccountMessages>(
  {
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
  { en: () => import('./account.messages.en.js').then((module) => module.default) },
);
