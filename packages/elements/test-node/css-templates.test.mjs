// The elements' `css` templates ship without comments and indentation (scripts/minify-css-templates.mjs,
// run by the build): each stays the same stylesheet as its source. Checked here on every template of
// src/: the same characters but white space and comments, and the same high-contrast guard derived from
// both (contrast-guard.derive reads the rules as a browser's CSSOM gives them); and on dist/, that the
// build wrote the minified text.
//
//   node --test test-node/   (from packages/elements, after its build)
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { minifyCssText } from '../scripts/minify-css-templates.mjs';

const PACKAGE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TEMPLATE = /\bcss`((?:[^`\\$]|\\.|\$(?!\{)|\$\{[^}`]*\})*)`/g;
const { guardText } = await import(path.join(PACKAGE, 'dist/styles/contrast-guard.derive.js'));

const sources = fs
  .readdirSync(path.join(PACKAGE, 'src'), { recursive: true })
  .filter((file) => file.endsWith('.ts'))
  .map((file) => ({ file, text: fs.readFileSync(path.join(PACKAGE, 'src', file), 'utf8') }))
  .filter(({ text }) => text.includes('css`'));
const templates = sources.flatMap(({ file, text }) => [...text.matchAll(TEMPLATE)].map(([, body]) => ({ file, body })));

const withoutComments = (css) => css.replace(/\/\*[\s\S]*?\*\//g, ' ');
const withoutSpace = (css) => css.replace(/\s+/g, '');
/** The guard's rules, compared token by token (its own indentation aside). */
const guard = (css) =>
  guardText([{ cssText: css.replace(/\$\{[^}]*\}/g, ' ') }])
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,]) ?/g, '$1');

describe('css templates, minified by the build', () => {
  it('finds the elements’ templates', () => assert.ok(templates.length >= 20, `${templates.length} templates`));

  it('changes only white space and comments', () => {
    for (const { file, body } of templates)
      assert.equal(withoutSpace(minifyCssText(body)), withoutSpace(withoutComments(body)), file);
  });

  it('keeps a space wherever one separates two words, values or selectors', () => {
    const words = (css) =>
      withoutComments(css)
        .split(/(?<=[{};])|(?=[{};])/)
        .map((part) => part.trim().split(/\s+/).join(' '));
    for (const { file, body } of templates)
      assert.deepEqual(words(minifyCssText(body)).filter(Boolean), words(body).filter(Boolean), file);
  });

  it('gives the high-contrast guard the same rules', () => {
    for (const { file, body } of templates)
      assert.equal(guard(minifyCssText(body)), guard(withoutComments(body)), file);
  });

  it('is what dist/ ships', () => {
    for (const { file, body } of templates) {
      const built = fs.readFileSync(path.join(PACKAGE, 'dist', file.replace(/\.ts$/, '.js')), 'utf8');
      for (const piece of minifyCssText(body).split(/\$\{[^}]*\}/))
        assert.ok(built.includes(piece), `${file}: ${piece.slice(0, 60)}`);
    }
  });
});
