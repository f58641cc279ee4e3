/**
 * Text as people meant it, without what can only hide, spoof or break a display: one cleaning for the
 * browser and the server (the server applies it to every string of every JSON body it reads).
 * Free of zod, so that a browser bundle that only cleans text does not carry the schema library.
 */

export interface CleanTextOptions {
  /**
   * Keep line feeds and tabs (a long text, a message). Otherwise line breaks and tabs become one
   * space each run (a name, a file name). Carriage returns become line feeds either way first.
   */
  multiline?: boolean | undefined;
}

/** CRLF, lone CR and the Unicode line and paragraph separators: one line feed each. */
const LINE_BREAKS = /\r\n?|[\u2028\u2029]/g;
/** Runs of line feeds and tabs, for single-line text. */
const BREAKS_AND_TABS = /[\t\n]+/g;
/** C0 and C1 control characters and DEL, except TAB and LF (NUL, ESC, BEL…). */
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's job.
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
/**
 * Invisible format characters that are abuse vectors rather than writing: the bidirectional
 * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069, which make "fdp.exe" read as
 * "exe.pdf"), the marks LRM, RLM and ALM, the zero-width space, the word joiner and invisible
 * operators (U+2060–U+2064), the deprecated format characters (U+206A–U+206F), the byte order mark,
 * U+180E and the interlinear annotation marks.
 * Kept, because real writing needs them: ZWNJ U+200C (Persian, Indic scripts), ZWJ U+200D (emoji
 * sequences such as 👩‍💻), variation selectors (emoji presentation) and the soft hyphen.
 */
const INVISIBLE = /[\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u206F\uFEFF\uFFF9-\uFFFB]/g;

/**
 * The text without control characters (but TAB and LF in multi-line text), bidirectional overrides
 * and invisible format characters, in Unicode NFC ("e" + U+0301 becomes "é"). Spaces are not trimmed:
 * what a person typed stays as typed, the schemas decide about blank text.
 */
export function cleanText(value: string, options: CleanTextOptions = {}): string {
  let text = value.replace(LINE_BREAKS, '\n');
  if (!options.multiline) text = text.replace(BREAKS_AND_TABS, ' ');
  // Normalised last: removing a character can bring a letter and its combining mark together.
  return text.replace(CONTROLS, '').replace(INVISIBLE, '').normalize('NFC');
}

/**
 * Characters that draw nothing: white space, controls, format characters, combining marks on their
 * own, default-ignorable code points (Hangul fillers, variation selectors…) and the blank braille cell.
 */
const VISIBLE = /[^\p{White_Space}\p{Cc}\p{Cf}\p{M}\p{Default_Ignorable_Code_Point}\u2800]/u;

/** Whether the text shows at least one character: false for "", spaces, or only a zero-width space. */
export function hasVisibleText(value: string): boolean {
  return VISIBLE.test(value);
}
