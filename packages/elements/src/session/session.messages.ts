import { lazyTranslations } from '../i18n/translate.js';

/** Every string `<qmi-session>` shows or announces. */
export interface SessionMessages {
  signInHeading: string;
  signUpHeading: string;
  email: string;
  password: string;
  /** The rule sign-up enforces (the API's `Credentials` schema), stated before anyone breaks it. */
  passwordRule: string;
  signIn: string;
  signingIn: string;
  signUp: string;
  signingUp: string;
  toSignUpPrompt: string;
  toSignUp: string;
  toSignInPrompt: string;
  toSignIn: string;
  summaryTitle: string;
  /** Read before each field error, so a screen reader user hears that it is one. */
  errorPrefix: string;
  errors: {
    emailRequired: string;
    emailInvalid: string;
    emailTooLong: string;
    passwordRequired: string;
    newPasswordRequired: string;
    passwordTooShort: string;
    passwordTooLong: string;
    /** Says neither which of the two is wrong nor whether the account exists. */
    invalidCredentials: string;
    emailTaken: string;
    rateLimited: string;
    /** Throttled, with when to try again ("dans 1 minute"). */
    rateLimitedUntil: (when: string) => string;
    unreachable: string;
    unexpected: string;
  };
  checking: string;
  sessionExpired: string;
  sessionUnreachable: string;
  retry: string;
  /** The retry button's name: what it tries again, starting with `retry`. */
  retryLabel: string;
  retrying: string;
  signedInAs: string;
  signOut: string;
  signingOut: string;
  signOutEverywhere: string;
  signingOutEverywhere: string;
  /** Read before the warning text by screen readers (the "!" icon is hidden from them). */
  warning: string;
  /** What signing out of every device does, said before it is done. */
  everywhereWarning: string;
  /** What signing out would lose on this device, when something is unsent. */
  unsentWarning: (unsent: { messages: number; uploads: number; edits: number }) => string;
  confirmSignOut: string;
  confirmEverywhere: string;
  /** Cancels a sign-out: everything stays as it was. */
  staySignedIn: string;
  /** The other devices could not be signed out (the platform did not answer): nothing changed. */
  everywhereFailed: string;
  signedOutEverywhereAnnounce: string;
  /** Said when `<qmi-account>` inside deleted the account. */
  accountDeletedAnnounce: string;
  /** Announced once signed in (the live region). */
  signedInAnnounce: (email: string) => string;
  signedOutAnnounce: string;
  /** Announced when the sign-in-again dialog has closed, signed in. */
  reauthAnnounce: string;
  reauthHeading: string;
  reauthIntro: string;
  reauthSubmit: string;
  cancel: string;
  /** "Mot de passe oublié ?": the link under the sign-in form, and the form that asks for the address. */
  forgotLink: string;
  forgotHeading: string;
  forgotIntro: string;
  forgotSubmit: string;
  forgotSending: string;
  /** Choosing a new password from the e-mail's link. */
  newPasswordHeading: string;
  newPassword: string;
  newPasswordSubmit: string;
  newPasswordSaving: string;
  /** Announced once the new password is saved and the person signed in with it. */
  passwordChangedAnnounce: (email: string) => string;
  /** The selection committee's invitation, for an address without an account: it chooses its password. */
  reviewerHeading: string;
  reviewerIntro: string;
  reviewerSubmit: string;
  reviewerAccepting: string;
  backToSignIn: string;
  /** The account's address is not confirmed yet (a signed-in account). */
  unverified: string;
  resendVerification: string;
  resendingVerification: string;
  verificationResent: (email: string) => string;
}

// French typography: a no-break space before « : », « ? » and « ; ».
const nb = '\u00a0';

export const sessionMessages = lazyTranslations<SessionMessages>(
  {
    signInHeading: 'Se connecter',
    signUpHeading: 'Créer un compte',
    email: 'Adresse e-mail',
    password: 'Mot de passe',
    passwordRule: 'Au moins 10 caractères. Une phrase de quelques mots est plus facile à retenir.',
    signIn: 'Se connecter',
    signingIn: 'Connexion en cours…',
    signUp: 'Créer mon compte',
    signingUp: 'Création du compte en cours…',
    toSignUpPrompt: `Pas encore de compte${nb}?`,
    toSignUp: 'Créer un compte',
    toSignInPrompt: `Vous avez déjà un compte${nb}?`,
    toSignIn: 'Se connecter',
    summaryTitle: 'Il y a un problème',
    errorPrefix: `Erreur${nb}:`,
    errors: {
      emailRequired: 'Saisissez votre adresse e-mail',
      emailInvalid: 'Saisissez une adresse e-mail valide, par exemple nom@mairie.fr',
      emailTooLong: 'L’adresse e-mail doit contenir 254 caractères au maximum',
      passwordRequired: 'Saisissez votre mot de passe',
      newPasswordRequired: 'Choisissez un mot de passe',
      passwordTooShort: 'Le mot de passe doit contenir au moins 10 caractères',
      passwordTooLong: 'Le mot de passe doit contenir 200 caractères au maximum',
      invalidCredentials: 'L’adresse e-mail ou le mot de passe est incorrect',
      emailTaken: `Un compte existe déjà avec cette adresse e-mail${nb}: connectez-vous, ou saisissez une autre adresse`,
      rateLimited: 'Trop de tentatives. Patientez quelques minutes, puis réessayez',
      rateLimitedUntil: (when) => `Trop de tentatives. Réessayez ${when}.`,
      unreachable: 'La plateforme ne répond pas. Vérifiez votre connexion internet, puis réessayez',
      unexpected: 'Une erreur inattendue est survenue. Réessayez dans quelques instants',
    },
    checking: 'Vérification de votre session…',
    sessionExpired: 'Votre session a expiré. Connectez-vous de nouveau.',
    sessionUnreachable: `Impossible de vérifier votre session${nb}: la plateforme ne répond pas. Votre session reste enregistrée sur cet appareil.`,
    retry: 'Réessayer',
    retryLabel: 'Réessayer de vérifier la session',
    retrying: 'Nouvelle tentative en cours…',
    signedInAs: `Compte connecté${nb}:`,
    signOut: 'Se déconnecter',
    signingOut: 'Déconnexion en cours…',
    signOutEverywhere: 'Se déconnecter de tous les appareils',
    signingOutEverywhere: 'Déconnexion de tous les appareils en cours…',
    warning: `Attention${nb}:`,
    everywhereWarning:
      'Ce compte sera déconnecté sur tous les appareils où il est connecté, y compris celui-ci. Il faudra se reconnecter sur chacun.',
    unsentWarning: ({ messages, uploads, edits }) => {
      const s = (n: number) => (n > 1 ? 's' : '');
      const lost = [
        messages ? `${messages} message${s(messages)} non envoyé${s(messages)}` : '',
        uploads ? `${uploads} envoi${s(uploads)} de fichier inachevé${s(uploads)}` : '',
        edits ? `${edits} modification${s(edits)} du dossier non enregistrée${s(edits)}` : '',
      ].filter(Boolean);
      const list = lost.length > 1 ? `${lost.slice(0, -1).join(', ')} et ${lost.at(-1)}` : lost.join('');
      // The participle is feminine only when all that is lost is edits ("modifications"); a mix takes the masculine.
      const feminine = Boolean(edits);
      const plural = messages + uploads + edits > 1;
      const verb = plural
        ? `seront perdu${feminine && !messages && !uploads ? 'es' : 's'}`
        : `sera perdu${feminine ? 'e' : ''}`;
      return `${list} ${verb} sur cet appareil.`;
    },
    confirmSignOut: 'Se déconnecter quand même',
    confirmEverywhere: 'Se déconnecter partout',
    staySignedIn: 'Rester connecté',
    everywhereFailed: `La déconnexion de tous les appareils n’a pas abouti${nb}: la plateforme ne répond pas. Vous êtes toujours connecté. Réessayez dans quelques instants.`,
    signedOutEverywhereAnnounce: 'Déconnexion effectuée sur tous les appareils.',
    accountDeletedAnnounce: 'Votre compte a été supprimé. Vous êtes déconnecté·e.',
    signedInAnnounce: (email) => `Connexion réussie avec le compte ${email}.`,
    signedOutAnnounce: 'Déconnexion effectuée.',
    reauthAnnounce: `Reconnexion réussie${nb}: vous pouvez reprendre où vous en étiez.`,
    reauthHeading: 'Reconnectez-vous pour continuer',
    reauthIntro: 'Votre session a expiré. Saisissez votre mot de passe pour reprendre là où vous en étiez.',
    reauthSubmit: 'Se reconnecter',
    cancel: 'Annuler',
    forgotLink: `Mot de passe oublié${nb}?`,
    forgotHeading: 'Réinitialiser votre mot de passe',
    forgotIntro:
      'Saisissez l’adresse e-mail de votre compte. Si un compte utilise cette adresse, vous recevrez un lien pour choisir un nouveau mot de passe.',
    forgotSubmit: 'Recevoir le lien',
    forgotSending: 'Envoi en cours…',
    newPasswordHeading: 'Choisir un nouveau mot de passe',
    newPassword: 'Nouveau mot de passe',
    newPasswordSubmit: 'Enregistrer le mot de passe',
    newPasswordSaving: 'Enregistrement en cours…',
    passwordChangedAnnounce: (email) =>
      `Mot de passe modifié. Vous êtes connecté avec le compte ${email}${nb}; vos autres appareils ont été déconnectés.`,
    reviewerHeading: 'Accepter l’invitation à examiner des dossiers',
    reviewerIntro:
      'Les organisateurs vous invitent au comité de sélection. Pour créer votre compte d’examinateur, choisissez le mot de passe avec lequel vous vous connecterez, avec l’adresse e-mail qui a reçu l’invitation.',
    reviewerSubmit: 'Accepter et me connecter',
    reviewerAccepting: 'Acceptation en cours…',
    backToSignIn: 'Retour à la connexion',
    unverified: 'Votre adresse e-mail n’est pas encore confirmée : confirmez-la pour créer ou rejoindre un dossier.',
    resendVerification: 'Renvoyer l’e-mail de confirmation',
    resendingVerification: 'Envoi en cours…',
    verificationResent: (email) => `Un e-mail de confirmation a été envoyé à ${email}.`,
  },
  { en: () => import('./session.messages.en.js').then((module) => module.default) },
);
