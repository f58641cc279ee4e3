import { ApiError, ERROR_TITLES, isErrorCode, type Lang } from '@qmi/core';

/**
 * A platform error in a language, whatever language the platform answered in: a message already
 * shown must follow the page when its `lang` changes, and the answer came in the language of the
 * moment. A known code has its title in every language (the same `ERROR_TITLES` the platform uses);
 * the platform's own words (with their detail) are kept when they are already in that language.
 * Undefined for anything that is not a platform error with a known code.
 */
export function problemText(error: unknown, lang: Lang): string | undefined {
  if (!(error instanceof ApiError) || !isErrorCode(error.code)) return undefined;
  const title = ERROR_TITLES[error.code][lang];
  return error.problem.title === title ? error.message : title;
}
