import { lazyTranslations } from '../i18n/translate.js';

/** The strings every visitor of `<qmi-session>` may meet: start-up, the account bar, what is announced. */
export interface SessionMessages {
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
  signedOutEverywhereAnnounce: string;
  /** Said when `<qmi-account>` inside deleted the account. */
  accountDeletedAnnounce: string;
  /** Announced once signed in (the live region). */
  signedInAnnounce: (email: string) => string;
  signedOutAnnounce: string;
  backToSignIn: string;
  /** The account's address is not confirmed yet (a signed-in account). */
  unverified: string;
  resendVerification: string;
  resendingVerification: string;
  verificationResent: (email: string) => string;
  errors: {
    unreachable: string;
    unexpected: string;
  };
}

// French typography: a no-break space before « : », « ? » and « ; ».
const nb = '\u00a0';

export const sessionMessages = lazyTranslations<SessionMessages>(
  {
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
    signedOutEverywhereAnnounce: 'Déconnexion effectuée sur tous les appareils.',
    accountDeletedAnnounce: 'Votre compte a été supprimé. Vous êtes déconnecté·e.',
    signedInAnnounce: (email) => `Connexion réussie avec le compte ${email}.`,
    signedOutAnnounce: 'Déconnexion effectuée.',
    backToSignIn: 'Retour à la connexion',
    unverified: 'Votre adresse e-mail n’est pas encore confirmée : confirmez-la pour créer ou rejoindre un dossier.',
    resendVerification: 'Renvoyer l’e-mail de confirmation',
    resendingVerification: 'Envoi en cours…',
    verificationResent: (email) => `Un e-mail de confirmation a été envoyé à ${email}.`,
    errors: {
      unreachable: 'La plateforme ne répond pas. Vérifiez votre connexion internet, puis réessayez',
      unexpected: 'Une erreur inattendue est survenue. Réessayez dans quelques instants',
    },
  },
  { en: () => import('./session.messages.en.js').then((module) => module.default) },
);
