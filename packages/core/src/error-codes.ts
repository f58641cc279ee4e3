import type { Lang } from './lang.js';
import type { FieldError } from './schemas/problem.js';
import { ERROR_STATUSES, type ErrorCode } from './error-statuses.js';
import { ERROR_TITLES } from './error-titles.js';

export type { ErrorCode };

/**
 * The stable error codes of the platform API, each with its status and its title in every language.
 * Built from `ERROR_STATUSES` and `ERROR_TITLES`, kept apart so that what a browser loads is what it uses.
 */
export const ERROR_CODES = /* @__PURE__ */ Object.fromEntries(
  Object.entries(ERROR_STATUSES).map(([code, status]) => [code, { status, title: ERROR_TITLES[code as ErrorCode] }]),
) as {
  readonly [K in ErrorCode]: { readonly status: (typeof ERROR_STATUSES)[K]; readonly title: (typeof ERROR_TITLES)[K] };
};

/** The problem `type` URI of a code (RFC 9457 section 3.1.1): a stable identifier, resolvable in the API reference. */
export const problemType = (code: string): string => `/docs#problem-${code}`;

/** What a problem adds to its code's standard members. */
export interface ProblemOptions {
  detail?: string | undefined;
  errors?: FieldError[] | undefined;
  /** Extension members (RFC 9457 section 3.2), such as the current dossier of a 412. */
  extra?: Record<string, unknown> | undefined;
}

/**
 * The RFC 9457 problem+json body of a code, in a language: what the platform answers, and what
 * anything standing in for it (the Storybook's in-page platform) answers too.
 */
export function problemBody(
  code: ErrorCode,
  lang: Lang,
  instance: string,
  requestId: string,
  options: ProblemOptions = {},
) {
  const { status, title } = ERROR_CODES[code];
  // Extension members first: they may add to the problem, never replace its standard members.
  return {
    ...options.extra,
    type: problemType(code),
    title: title[lang],
    status,
    ...(options.detail ? { detail: options.detail } : {}),
    instance,
    code,
    requestId,
    ...(options.errors ? { errors: options.errors } : {}),
  };
}
