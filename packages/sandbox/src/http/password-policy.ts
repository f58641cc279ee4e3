import type { FieldError, Lang } from '@qmi/core';
import type { Context } from 'hono';
import type { AppEnv } from './env.js';
import { estimateStrength } from './password-strength.js';
import { ProblemError } from './problem.js';

/**
 * What a password set by a person must be (sign-up; any later "change my password" too). Its length
 * bounds (10 to 128) are in core's `Credentials` schema, checked before this. Sign-in checks none of
 * it: a password set under older rules must still sign in.
 *
 * Strength is zxcvbn's estimate (score 0 to 4, from the guesses an attacker needs) against its
 * common-password, French and keyboard dictionaries, with the person's e-mail as words to avoid;
 * 3 ("safely unguessable: moderate protection from offline slow-hash attacks") is the minimum.
 */
export const MIN_PASSWORD_SCORE = 3;

type Feedback = Record<'warnings' | 'suggestions', Record<string, string>>;

/** French comes from @zxcvbn-ts/language-fr; English is ours (no English package is installed). */
let french: Feedback | undefined;
const ENGLISH: Feedback = {
  warnings: {
    straightRow: 'A straight row of keys is easy to guess.',
    keyPattern: 'A short keyboard pattern is easy to guess.',
    simpleRepeat: 'A repeated character, as in "aaa", is easy to guess.',
    extendedRepeat: 'A repeated group of characters, as in "abcabcabc", is easy to guess.',
    sequences: 'A sequence such as "abc" or "1234" is easy to guess.',
    recentYears: 'A recent year is easy to guess.',
    dates: 'A date is easy to guess.',
    topTen: 'This password is among the most used.',
    topHundred: 'This password is very often used.',
    common: 'This password is often used.',
    similarToCommon: 'This password is close to an often used one.',
    wordByItself: 'A single word is easy to guess.',
    namesByThemselves: 'A single first name or surname is easy to guess.',
    commonNames: 'Common first names and surnames are easy to guess.',
    userInputs: 'The password should not contain your e-mail address or other personal data.',
    pwned: 'This password appeared in a data breach.',
  },
  suggestions: {
    l33t: 'Predictable substitutions, such as "@" for "a", do not help.',
    reverseWords: 'A common word spelt backwards does not help.',
    allUppercase: 'Put some letters in capitals, not all.',
    capitalization: 'Put capitals elsewhere than on the first letter.',
    dates: 'Leave out dates and years linked to you.',
    recentYears: 'Leave out recent years.',
    associatedYears: 'Leave out years linked to you.',
    sequences: 'Leave out common sequences of characters.',
    repeated: 'Leave out repeated words and characters.',
    longerKeyboardPattern: 'Use longer keyboard patterns that change direction several times.',
    anotherWord: 'Add a few less common words.',
    useWords: 'Use several words, but not a well-known phrase.',
    noNeed: 'A strong password needs no symbols, digits or capitals: a few unrelated words are enough.',
    pwned: 'If you use this password elsewhere, change it there.',
  },
};

const TOO_WEAK = {
  fr: 'Ce mot de passe est trop facile à deviner.',
  en: 'This password is too easy to guess.',
};
/** Said when the estimator has no advice of its own. */
const DEFAULT_ADVICE = {
  fr: 'Assemblez par exemple quatre mots sans rapport entre eux.',
  en: 'For instance, put together four unrelated words.',
};

/** The words of an address an attacker would try first: the address, its local part, their pieces. */
function personalWords(email: string): string[] {
  const [local = '', domain = ''] = email.toLowerCase().split('@');
  const pieces = [...local.split(/[._+-]+/), ...domain.split('.').slice(0, -1)].filter((word) => word.length >= 3);
  return [...new Set([email.toLowerCase(), local, ...pieces])];
}

const field = (code: string, message: string): FieldError => ({ path: 'password', code, message });

/** Why this password may not be set, as a field error in the reader's language; undefined when it may. */
export async function passwordError(password: string, email: string, lang: Lang): Promise<FieldError | undefined> {
  const say = (text: { fr: string; en: string }) => text[lang];
  // Control characters cannot be typed in a password field; they only come from a script or a paste
  // that went wrong, and some systems would cut the password at a NUL.
  if (/\p{Cc}/u.test(password)) {
    return field(
      'password_control_characters',
      say({
        fr: 'Le mot de passe contient des caractères de contrôle (comme NUL) : retirez-les.',
        en: 'The password holds control characters (such as NUL): remove them.',
      }),
    );
  }
  if (password.trim().toLowerCase() === email.trim().toLowerCase()) {
    return field(
      'password_is_email',
      say({
        fr: 'Le mot de passe ne doit pas être votre adresse e-mail.',
        en: 'The password must not be your e-mail address.',
      }),
    );
  }
  // Off the event loop: a crafted password costs a few hundred milliseconds of estimate (password-strength.ts).
  const { score, feedback } = await estimateStrength(password, personalWords(email));
  if (score >= MIN_PASSWORD_SCORE) return undefined;
  const words: Feedback = lang === 'fr' ? (french ??= (await import('@zxcvbn-ts/language-fr')).translations) : ENGLISH;
  const advice = [
    feedback.warning ? words.warnings[feedback.warning] : undefined,
    ...feedback.suggestions.map((key) => words.suggestions[key]),
  ]
    .filter((text): text is string => Boolean(text))
    // Some of the French package's sentences lack their full stop.
    .map((text) => (/[.!?]$/.test(text) ? text : `${text}.`));
  return field('password_too_weak', [say(TOO_WEAK), ...(advice.length ? advice : [say(DEFAULT_ADVICE)])].join(' '));
}

/** Refuses, with a 422 field error on `password`, a password that may not be set. */
export async function assertPasswordAllowed(c: Context<AppEnv>, email: string, password: string): Promise<void> {
  const error = await passwordError(password, email, c.get('lang'));
  if (error) throw new ProblemError('validation_failed', { errors: [error] });
}
