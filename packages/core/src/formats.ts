/**
 * Formats shared by the schemas (zod) and the rules (@qmi/validators), kept free of zod so that a
 * browser bundle of the rules does not carry the schema library.
 */

/** An INSEE commune code: 5 characters, Corsica's 2A/2B included. */
export const INSEE_CODE = /^(?:[0-9]{2}|2A|2B)[0-9]{3}$/;

/** The e-mail pattern of zod 4 (`z.email()`), so that a rule and a schema never disagree on an address. */
export const EMAIL =
  // zod's pattern character for character, escapes included (a test compares the two sources).
  // eslint-disable-next-line no-useless-escape
  /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;

/** A French or international phone number as people type it: digits, spaces, dots, dashes, parentheses. */
export const PHONE = /^\+?[0-9 .()-]{6,20}$/;

/** Short names people know for the document formats of the calls ("PDF", "DOCX"…). */
export const MEDIA_TYPE_NAMES: Readonly<Record<string, string>> = {
  'application/pdf': 'PDF',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
};

/**
 * The short name people know for a media type ("PDF" for `application/pdf`), or the media type itself when it
 * has none.
 */
export const mediaTypeName = (type: string): string => MEDIA_TYPE_NAMES[type] ?? type;
