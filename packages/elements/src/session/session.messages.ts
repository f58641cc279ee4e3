import { lazyTranslations } from '../i18n/translate.js';

/**
 * The strings every visitor of `<qmi-session>` may meet: start-up, the status, what is announced. The account
 * bar's, signing out's and the unconfirmed address's come with the bar's chunk (`session.signed-in.messages.ts`).
 */
export interface SessionMessages {
  checking: string;
  sessionExpired: string;
  sessionUnreachable: string;
  retry: string;
  /** The retry button's name: what it tries again, starting with `retry`. */
  retryLabel: string;
  retrying: string;
  /** Announced once signed in (the live region). */
  signedInAnnounce: (email: string) => string;
  backToSignIn: string;
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
    signedInAnnounce: (email) => `Connexion réussie avec le compte ${email}.`,
    backToSignIn: 'Retour à la connexion',
    errors: {
      unreachable: 'La plateforme ne répond pas. Vérifiez votre connexion internet, puis réessayez',
      unexpected: 'Une erreur inattendue est survenue. Réessayez dans quelques instants',
    },
  },
  { en: () => import('./session.messages.en.js').then((module) => module.default) },
);
