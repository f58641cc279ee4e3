// The titles of the platform's errors, in both languages, are in no element's first download: a shown
// error comes with its title in the page's language (the platform's answer), and the titles are fetched
// per language only when a shown error must change language. Measured as toolchain.md counts a page's
// first download (esbuild with splitting: the entry's chunk and the chunks it imports statically), and,
// for the single-file bundles, as shipped in dist/: each element chunk with what it imports statically.
//
//   node --test test-node/   (from packages/elements, after `npm run build`)
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { downloads, PACKAGE } from './support/downloads.mjs';

const manifest = JSON.parse(fs.readFileSync(path.join(PACKAGE, 'package.json'), 'utf8'));

/** A title in each language (ASCII: esbuild escapes the others). */
const TITLES = { fr: 'Erreur interne du serveur.', en: 'The request body is not valid JSON.' };
const BUNDLES = ['bundle', 'organisers-bundle'];
/** Every entry of the package that is code (not its manifest, its themes or its data), bundles apart. */
const ENTRIES = Object.keys(manifest.exports)
  .filter((key) => key !== '.' && !/\*|\.json$/.test(key))
  .map((key) => key.slice(2))
  .filter((name) => !BUNDLES.includes(name));

/** Files reachable from `start` through static imports, in an esbuild metafile's graph. */
function staticClosure(graph, start) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const { path: next, kind } of graph[file]?.imports ?? [])
      if (kind === 'import-statement' && graph[next]) visit(next);
  };
  visit(start);
  return seen;
}

const titlesIn = (code) =>
  Object.entries(TITLES)
    .filter(([, title]) => code.includes(title))
    .map(([lang]) => lang);

/** What a page loads first for `@qmi/elements[/name]`: the package's own files, resolved as Node does. */
async function firstDownload(specifier) {
  const { first } = await downloads(`export * from ${JSON.stringify(fileURLToPath(import.meta.resolve(specifier)))};`);
  assert.ok(first.length > 10_000, `the code of ${specifier} read`);
  return first;
}

describe('no element loads the error titles before a shown error needs them', () => {
  for (const specifier of ['@qmi/elements', ...ENTRIES.map((name) => `@qmi/elements/${name}`)])
    it(specifier, async () => {
      assert.deepEqual(titlesIn(await firstDownload(specifier)), [], `titles in the first download of ${specifier}`);
    });

  for (const name of BUNDLES)
    it(`@qmi/elements/${name}: no element chunk it loads brings them`, () => {
      const file = fileURLToPath(import.meta.resolve(`@qmi/elements/${name}`));
      const { metafile } = buildSync({
        entryPoints: [file],
        absWorkingDir: PACKAGE,
        bundle: true,
        splitting: true,
        format: 'esm',
        outdir: '/virtual',
        write: false,
        metafile: true,
        logLevel: 'silent',
      });
      const relative = path.relative(PACKAGE, file);
      const loader = staticClosure(metafile.inputs, relative);
      const chunks = [...loader].flatMap((f) =>
        metafile.inputs[f].imports.filter(({ kind }) => kind === 'dynamic-import').map(({ path: p }) => p),
      );
      assert.ok(chunks.length > 3, `${name} loads its elements' chunks (${chunks.length})`);
      for (const start of [relative, ...chunks]) {
        const code = [...staticClosure(metafile.inputs, start)]
          .map((f) => fs.readFileSync(path.join(PACKAGE, f), 'utf8'))
          .join('\n');
        assert.deepEqual(titlesIn(code), [], `titles in ${start} or what it imports statically`);
      }
      // And they are shipped, for the errors that need them.
      const shipped = fs
        .readdirSync(path.join(path.dirname(file), 'chunks'))
        .map((f) => fs.readFileSync(path.join(path.dirname(file), 'chunks', f), 'utf8'));
      for (const title of Object.values(TITLES))
        assert.ok(
          shipped.some((code) => code.includes(title)),
          `"${title}" is in one of ${name}'s chunks`,
        );
    });
});
