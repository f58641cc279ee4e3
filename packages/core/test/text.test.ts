import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanText, hasVisibleText, safeParseIn, SendMessageRequest } from '../src/index.js';

test('a pasted text loses NUL, ESC, BEL and the right-to-left override that disguises a file name', () => {
  assert.equal(cleanText('Facture \u202Efdp.exe\u0000\u001b[0m\u0007'), 'Facture fdp.exe[0m');
  // Every bidirectional control, LRM/RLM, zero-width space, word joiner, BOM, C1 controls.
  const hidden =
    '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C\u200B\u2060\uFEFF\u0085\u009B\u007F';
  assert.equal(cleanText(`a${hidden}b`), 'ab');
});

test('a long text keeps its paragraphs and tabs, Windows line ends become plain ones; a one-line text gets spaces', () => {
  const pasted = 'Premier paragraphe.\r\n\r\n\tSecond\rparagraphe\u2028fin';
  assert.equal(cleanText(pasted, { multiline: true }), 'Premier paragraphe.\n\n\tSecond\nparagraphe\nfin');
  assert.equal(cleanText(pasted), 'Premier paragraphe. Second paragraphe fin');
});

test('accents typed as a letter plus a combining mark read as one letter (NFC), even around a removed character', () => {
  assert.equal(cleanText('Cre\u0301teil'), 'Créteil');
  assert.equal(cleanText('e\u202E\u0301'), 'é');
});

test('emoji sequences and scripts that need joiners are left whole', () => {
  for (const text of ['👩‍💻 équipe', '❤️', 'می‌خواهم', 'Straße – « Saint-Denis »', 'co\u00ADopération']) {
    assert.equal(cleanText(text), text);
    assert.ok(hasVisibleText(text));
  }
});

test('a text of spaces, zero-width or filler characters shows nothing', () => {
  for (const text of [
    '',
    '   ',
    '\u200B',
    ' \u200B\u200D\uFEFF ',
    '\n\t',
    '\u3164',
    '\u2800',
    '\u0301',
    '\u00A0\u2003',
  ]) {
    assert.equal(hasVisibleText(text), false, JSON.stringify(text));
  }
  assert.ok(hasVisibleText(' \u200B.'));
});

test('a message that shows nothing is refused with a field error in the reader’s language', () => {
  for (const [lang, words] of [
    ['fr', 'Écrivez au moins un caractère visible.'],
    ['en', 'Write at least one visible character.'],
  ] as const) {
    const result = safeParseIn(SendMessageRequest, { body: '\u200B' }, lang);
    assert.equal(result.success, false);
    assert.deepEqual(
      result.error?.issues.map((issue) => issue.message),
      [words],
    );
  }
  assert.deepEqual(SendMessageRequest.parse({ body: '  Bonjour  ' }), { body: 'Bonjour' });
});
