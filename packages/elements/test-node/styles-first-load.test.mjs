// Every element's first download carries the styles it paints with, not the tools that write them:
// - the contrast guard's derivation (reading an element's CSS to repeat its colours with !important) is
//   for visitors under the high-contrast theme only; the others never run it, so it is a chunk fetched
//   when an element meets the theme (src/styles/contrast-guard.ts);
// - the token table's descriptions and high-contrast values are for the docs, the themes and their
//   tests: an element's first render reads only each token's name and default (src/styles/tokens.ts).
// Measured as toolchain.md counts a page's first download (test-node/support/downloads.mjs).
//
//   node --test test-node/   (from packages/elements, after `npm run build`)
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { it } from 'node:test';
import { downloads, PACKAGE } from './support/downloads.mjs';

/** Each element's own entry (the bundles load these same modules as chunks). */
const ENTRIES = Object.entries(JSON.parse(fs.readFileSync(path.join(PACKAGE, 'package.json'), 'utf8')).exports)
  .filter(
    ([name, target]) =>
      name !== '.' && !name.includes('bundle') && typeof target === 'object' && target.default?.endsWith('.js'),
  )
  // Not elements: the wrappers, the organisers' barrel, the hydration that server-rendered pages import first.
  .filter(([name]) => !['./react', './organisers', './integrity.json', './ssr-client'].includes(name))
  .map(([name]) => `@qmi/elements${name.slice(1)}`);

/** Words only the guard's derivation holds (its CSS reader's error), and a token's description. */
const DERIVATION = 'contrast guard: unbalanced CSS';
const DESCRIPTION = 'Between sections of the form';

it('no element loads the contrast guard’s derivation or the token table’s descriptions before use', async () => {
  assert.ok(ENTRIES.length >= 12, `the elements' entries: ${ENTRIES.join(', ')}`);
  for (const entry of ENTRIES) {
    const { first, later } = await downloads(`import '${entry}';`);
    assert.ok(first.includes('--qmi-contrast'), `${entry} still guards its colours under the high-contrast theme`);
    assert.ok(!first.includes(DERIVATION), `${entry} loads the contrast guard's derivation before use`);
    assert.ok(later.includes(DERIVATION), `${entry}: the derivation is a chunk it can fetch`);
    assert.ok(!first.includes(DESCRIPTION), `${entry} loads the token table's descriptions`);
  }
});
