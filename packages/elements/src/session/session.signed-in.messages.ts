import type { Lang } from '@qmi/core';
import { type LazyTranslations, lazyTranslations, stringsIn } from '../i18n/translate.js';
import type { SessionMessages } from './session.messages.js';

/**
 * The strings of signed-in visitors: the account bar, signing out, an address not confirmed yet. They come
 * with the bar's chunk (`session.signed-in.ts`): a visitor who never signs in never downloads them.
 */
export interface SignedInMessages {
  signedInAs: string;
  signOut: string;
  signingOut: string;
  signOutEverywhere: string;
  signedOutEverywhereAnnounce: string;
  /** Said when `<qmi-account>` inside deleted the account. */
  accountDeletedAnnounce: string;
  signedOutAnnounce: string;
  /** The account's address is not confirmed yet (a signed-in account). */
  unverified: string;
  resendVerification: string;
  resendingVerification: string;
  verificationResent: (email: string) => string;
}

// French typography: a no-break space before « : », « ? » and « ; ».
const nb = '\u00a0';

export const signedInMessages: LazyTranslations<SignedInMessages> = lazyTranslations<SignedInMessages>(
  {
    signedInAs: `Compte connecté${nb}:`,
    signOut: 'Se déconnecter',
    signingOut: 'Déconnexion en cours…',
    signOutEverywhere: 'Se déconnecter de tous les appareils',
    signedOutEverywhereAnnounce: 'Déconnexion effectuée sur tous les appareils.',
    accountDeletedAnnounce: 'Votre compte a été supprimé. Vous êtes déconnecté·e.',
    signedOutAnnounce: 'Déconnexion effectuée.',
    unverified: 'Votre adresse e-mail n’est pas encore confirmée : confirmez-la pour créer ou rejoindre un dossier.',
    resendVerification: 'Renvoyer l’e-mail de confirmation',
    resendingVerification: 'Envoi en cours…',
    verificationResent: (email) => `Un e-mail de confirmation a été envoyé à ${email}.`,
  },
  { en: () => import('./session.signed-in.messages.en.js').then((module) => module.default) },
);

export type SignedInWords = SessionMessages & SignedInMessages;

/** The signed-in strings in `lang`, with the shell's. */
export const signedInWords = (t: SessionMessages, lang: Lang): SignedInWords => ({
  ...t,
  ...stringsIn(signedInMessages, lang),
});
