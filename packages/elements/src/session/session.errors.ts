import {
  ApiError,
  AuthenticationError,
  ConflictError,
  ConnectionError,
  type Lang,
  RateLimitError,
  TimeoutError,
  ValidationError,
} from '@qmi/core';
import { problemText } from '../i18n/problem-text.js';
import { retryWhen } from '../i18n/retry-when.js';
import type { FormWords } from './session.form.messages.js';

import { type Field, type FormErrors, type Mode, NO_ERRORS } from './session.model.js';

export { type Field, type FormErrors, type Mode, NO_ERRORS };

/** The forms where the person chooses a password (the rule is stated, the browser may suggest one). */
export const choosesPassword = (mode: Mode): boolean =>
  mode === 'sign-up' || mode === 'new-password' || mode === 'reviewer-invitation';

export const hasErrors = (errors: FormErrors): boolean => Boolean(errors.form) || Object.keys(errors.fields).length > 0;

type ErrorTexts = FormWords['errors'];

/**
 * Our own words for the API's field errors, so that they read like the rest of the form in the
 * element's language; the server's message (in the client's language) is the fallback for a code
 * we do not know yet.
 */
function fieldMessage(field: Field, code: string, mode: Mode, typed: string, t: ErrorTexts): string | undefined {
  if (field === 'email') {
    if (!typed.trim()) return t.emailRequired;
    if (code === 'too_big') return t.emailTooLong;
    if (code === 'invalid_format') return t.emailInvalid;
    return undefined;
  }
  if (!typed) return choosesPassword(mode) ? t.newPasswordRequired : t.passwordRequired;
  if (code === 'too_small') return t.passwordTooShort;
  if (code === 'too_big') return t.passwordTooLong;
  return undefined;
}

/** The errors to show for what a sign-in or a sign-up threw. */
export function formErrors(
  error: unknown,
  mode: Mode,
  typed: Record<Field, string>,
  t: ErrorTexts,
  lang: Lang,
): FormErrors {
  if (error instanceof ValidationError) {
    const fields: FormErrors['fields'] = {};
    let form: string | undefined;
    for (const { path, code, message } of error.fieldErrors) {
      if (path === 'email' || path === 'password')
        fields[path] ??= fieldMessage(path, code, mode, typed[path], t) ?? message;
      else form ??= message;
    }
    return {
      fields,
      form: form ?? (Object.keys(fields).length ? undefined : (problemText(error, lang) ?? error.problem.title)),
    };
  }
  // Sign-in's 401 is the pair that is wrong; it goes with the password, the field to type again.
  if (error instanceof AuthenticationError) return { fields: { password: t.invalidCredentials }, form: undefined };
  if (error instanceof ConflictError && error.code === 'email_taken')
    return { fields: { email: t.emailTaken }, form: undefined };
  // Throttled: when to try again, from the platform's Retry-After, in the element's language.
  if (error instanceof RateLimitError) {
    const when = retryWhen(error, lang);
    return { fields: {}, form: when ? t.rateLimitedUntil(when) : t.rateLimited };
  }
  if (error instanceof ConnectionError || error instanceof TimeoutError) return { fields: {}, form: t.unreachable };
  if (error instanceof ApiError) return { fields: {}, form: problemText(error, lang) ?? error.problem.title };
  return { fields: {}, form: t.unexpected };
}
