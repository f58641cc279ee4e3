import { lazyTranslations } from '../i18n/translate.js';

/**
 * The strings of the "Accompagnement" part every draft shows (its title, its words, its button): apart
 * from the organisers' feedback (review-feedback.messages.ts), which is loaded only with a dossier that has some.
 */
export interface AdviceAskMessages {
  adviceTitle: string;
  adviceIntro: string;
  adviceAsk: string;
}

export const ADVICE_ASK_MESSAGES = lazyTranslations<AdviceAskMessages>(
  {
    adviceTitle: 'Accompagnement',
    adviceIntro:
      'Avant la date limite, les organisateurs peuvent relire votre brouillon et vous donner leur avis, partie par partie. Leurs commentaires s’affichent à côté de chaque partie du formulaire.',
    adviceAsk: 'Demander un avis aux organisateurs',
  },
  { en: () => import('./review-advice.messages.en.js').then((module) => module.default) },
);
