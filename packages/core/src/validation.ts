import * as z from 'zod/mini';
import { en, fr } from 'zod/locales';
import type { Lang } from './lang.js';
import type { FieldError } from './schemas/problem.js';

// Named imports, not `z.locales`: that namespace holds every language zod has (about 39 KB gzipped).
// Built when an error map is asked for, so that a page importing only `dottedPath` carries neither.
const LOCALES = { fr, en };

/** Patterns read better as "format" than as a regular expression. */
const PATTERN_MESSAGE = { fr: 'Format invalide', en: 'Invalid format' };

/** Our own checks (a refine with `params: { code }`), worded here so that every language has them. */
const CUSTOM_MESSAGES: Record<string, Record<Lang, string>> = {
  no_visible_text: { fr: 'Écrivez au moins un caractère visible.', en: 'Write at least one visible character.' },
};

const customCode = (issue: { code: string; params?: Record<string, unknown> | undefined }): string | undefined =>
  issue.code === 'custom' && typeof issue.params?.code === 'string' ? issue.params.code : undefined;

/** A zod error map for one language, for `schema.safeParse(data, { error: errorMap('fr') })`. */
export function errorMap(lang: Lang): z.core.$ZodErrorMap {
  const locale = LOCALES[lang]();
  return (issue) => {
    if (issue.code === 'invalid_format' && issue.format === 'regex') return PATTERN_MESSAGE[lang];
    const custom = CUSTOM_MESSAGES[customCode(issue) ?? ''];
    if (custom) return custom[lang];
    return locale.localeError(issue);
  };
}

/** A dotted path for people and clients ("partners.0.contact.email"). */
export const dottedPath = (path: ReadonlyArray<PropertyKey>): string => path.map(String).join('.');

/** Zod issues as the API's field errors. */
export function toFieldErrors(error: z.core.$ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    path: dottedPath(issue.path),
    code: customCode(issue) ?? issue.code,
    message: issue.message,
  }));
}

/** Validates in the reader's language (any zod 4 schema: zod/mini like ours, or classic zod). */
export function safeParseIn<S extends z.core.$ZodType>(schema: S, data: unknown, lang: Lang) {
  return z.safeParse(schema, data, { error: errorMap(lang) });
}
