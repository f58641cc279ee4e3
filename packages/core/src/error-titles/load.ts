import type { Lang } from '../lang.js';
import type { ErrorCode } from '../error-statuses.js';

/** The titles of every error code in one language. */
export type ErrorTitles = Readonly<Record<ErrorCode, string>>;

/**
 * One module per language, fetched the first time a shown error needs that language: a page only ever
 * sees errors in its own language, which the platform's answer already carries (`problem.title`), so the
 * titles are needed only when a shown error must change language (the page's `lang` changed).
 */
const MODULES: Record<Lang, () => Promise<ErrorTitles>> = {
  fr: () => import('./fr.js').then((module) => module.ERROR_TITLES_FR),
  en: () => import('./en.js').then((module) => module.ERROR_TITLES_EN),
};

const loaded: Partial<Record<Lang, ErrorTitles>> = {};
const loading: Partial<Record<Lang, Promise<ErrorTitles>>> = {};

/** The titles in `lang` when they are here already, else undefined (see `loadErrorTitles`). */
export const errorTitlesIn = (lang: Lang): ErrorTitles | undefined => loaded[lang];

/**
 * Loads the titles in `lang` (one request per language, whatever the number of callers). A failed load
 * (offline) is forgotten, so the next call tries again.
 */
export function loadErrorTitles(lang: Lang): Promise<ErrorTitles> {
  const here = loaded[lang];
  if (here) return Promise.resolve(here);
  return (loading[lang] ??= MODULES[lang]()
    .then((titles) => (loaded[lang] = titles))
    .finally(() => delete loading[lang]));
}
