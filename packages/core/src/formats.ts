/**
 * Formats shared by the schemas (zod) and the rules (@qmi/validators), kept free of zod so that a
 * browser bundle of the rules does not carry the schema library.
 */

/** An INSEE commune code: 5 characters, Corsica's 2A/2B included. */
export const INSEE_CODE = /^(?:[0-9]{2}|2A|2B)[0-9]{3}$/;

/** The e-mail pattern of zod 4 (`z.email()`), so that a rule and a schema never disagree on an address. */
export const EMAIL = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;

/** A French or international phone number as people type it: digits, spaces, dots, dashes, parentheses. */
export const PHONE = /^\+?[0-9 .()-]{6,20}$/;

/** Reads a dotted path ("team.agent.email", "partners.0.name"), or its keys already split, in a plain object. */
export function getPath(value: unknown, path: string | readonly string[]): unknown {
  let current = value;
  for (const key of typeof path === 'string' ? path.split('.') : path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** Short names people know for the document formats of the calls ("PDF", "DOCX"…). */
export const MEDIA_TYPE_NAMES: Readonly<Record<string, string>> = {
  'application/pdf': 'PDF',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
};

export const mediaTypeName = (type: string): string => MEDIA_TYPE_NAMES[type] ?? type;
