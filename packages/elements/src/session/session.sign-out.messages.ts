import type { Lang } from '@qmi/core';
import { type LazyTranslations, lazyTranslations, stringsIn } from '../i18n/translate.js';
import type { SessionMessages } from './session.messages.js';

/** The strings of the sign-out question: they come with the sign-out's chunk. */
export interface SignOutMessages {
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
}

// French typography: a no-break space before « : », « ? » and « ; ».
const nb = '\u00a0';

export const signOutMessages: LazyTranslations<SignOutMessages> = lazyTranslations<SignOutMessages>(
  {
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
  },
  { en: () => import('./session.sign-out.messages.en.js').then((module) => module.default) },
);

/** The sign-out question's words in `lang`, with the shell's. */
export const signOutWords = <T extends SessionMessages>(t: T, lang: Lang): T & SignOutMessages => ({
  ...t,
  ...stringsIn(signOutMessages, lang),
});
