import { ApiError, errorTitlesIn, isErrorCode, type Lang, loadErrorTitles } from '@qmi/core';
import { needStrings } from './translate.js';

/** The languages of the errors shown so far (undefined: an error whose language is not known). */
const shownIn = new Set<Lang | undefined>();

/**
 * The titles of the platform's errors, fetched per language only when a shown error must change
 * language: the platform's answer already speaks the language it was asked in, so a page that keeps
 * its language never loads them. Declared once an error is shown, so that an element waits for the
 * titles of its new language before rendering in it, as it waits for its own strings.
 */
const titles = {
  ready: (lang: Lang) => Boolean(errorTitlesIn(lang)) || [...shownIn].every((shown) => shown === lang),
  load: (lang: Lang) => loadErrorTitles(lang),
};

/**
 * A platform error in a language, whatever language the platform answered in: a message already
 * shown must follow the page when its `lang` changes, and the answer came in the language of the
 * moment. A known code has its title in every language (the same titles the platform uses); the
 * platform's own words (with their detail) are kept when they are in that language. Undefined for
 * anything that is not a platform error with a known code.
 */
export function problemText(error: unknown, lang: Lang): string | undefined {
  if (!(error instanceof ApiError) || !isErrorCode(error.code)) return undefined;
  if (!shownIn.has(error.lang)) {
    shownIn.add(error.lang);
    needStrings(titles);
  }
  if (error.lang === lang) return error.message;
  const title = errorTitlesIn(lang)?.[error.code];
  // Titles not here yet (an error of unknown language, or in another language than the element's, at its
  // first render): the platform's words until they come; `QmiElement` renders again then.
  if (title === undefined) return error.message;
  return error.problem.title === title ? error.message : title;
}
