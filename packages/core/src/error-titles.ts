import type { ErrorCode } from './error-statuses.js';
import { ERROR_TITLES_EN } from './error-titles/en.js';
import { ERROR_TITLES_FR } from './error-titles/fr.js';

/**
 * The title of each error code in every language: what the platform answers (`problemBody`). Built from
 * one file per language, which browsers load apart and only when a shown error needs them
 * (`loadErrorTitles`): no element carries this table.
 */
export const ERROR_TITLES = /* @__PURE__ */ Object.fromEntries(
  Object.keys(ERROR_TITLES_FR).map((code) => [
    code,
    { fr: ERROR_TITLES_FR[code as ErrorCode], en: ERROR_TITLES_EN[code as ErrorCode] },
  ]),
) as {
  readonly [K in ErrorCode]: { readonly fr: (typeof ERROR_TITLES_FR)[K]; readonly en: (typeof ERROR_TITLES_EN)[K] };
};
