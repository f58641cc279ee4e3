import { lazyTranslations } from '../i18n/translate.js';

/** The strings of the dossier's questions shown before anyone signs in (`outline.ts`). */
export interface OutlineMessages {
  intro: string;
  /** The longest answer, the number already formatted ("8 000"). */
  maxLength: (count: string) => string;
  /** How many items a list takes (`max` absent: no limit). */
  items: (min: number, max: number | undefined) => string;
}

export const OUTLINE_MESSAGES = lazyTranslations<OutlineMessages>(
  {
    intro:
      'Les questions du dossier, pour préparer vos réponses. Tous les champs sont obligatoires sauf ceux marqués « facultatif ».',
    maxLength: (count) => `${count} caractères au plus.`,
    items: (min, max) =>
      max === undefined
        ? min > 0
          ? `Au moins ${min} élément${min > 1 ? 's' : ''}.`
          : 'Autant d’éléments que nécessaire.'
        : min > 0
          ? `De ${min} à ${max} éléments.`
          : `Jusqu’à ${max} éléments.`,
  },
  { en: () => import('./outline.messages.en.js').then((module) => module.default) },
);
