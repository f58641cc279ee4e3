import { cleanText } from '@qmi/core';

/**
 * Keys whose values are secrets, not text: a password is compared as typed (one set before this
 * cleaning must still sign in) and the sign-up policy refuses control characters in it instead.
 */
const SECRET_KEY = /password/i;

/**
 * Every string of a parsed JSON body through `cleanText`, multi-line: NFC, no control characters but
 * TAB and LF (CRLF becomes LF), no bidirectional overrides or invisible format characters. Line
 * feeds and tabs are kept everywhere because one rule must serve every route and the long texts
 * (dossier descriptions, messages) need them; a single-line field shows them as spaces. Object keys
 * are left alone (the schemas refuse unknown ones). Recursive: readJson has bounded the depth first.
 */
export function cleanStrings(value: unknown): unknown {
  if (typeof value === 'string') return cleanText(value, { multiline: true });
  if (Array.isArray(value)) return value.map(cleanStrings);
  if (value === null || typeof value !== 'object') return value;
  const clean: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) {
    // A key such as "__proto__" is a plain own property here, as JSON.parse made it.
    Object.defineProperty(clean, key, {
      value: SECRET_KEY.test(key) && typeof member === 'string' ? member : cleanStrings(member),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return clean;
}
