import { readdir, readFile, writeFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.shared.js';
// @ts-expect-error -- a plain .mjs of the repository's scripts, without declarations
import { writeBundledLicenses } from '../../scripts/lib/bundled-licenses.mjs';

/** The client's answer schemas, loaded with `import()` beside the requests (src/client/lazy-schema.ts). */
const LAZY_SCHEMAS = 'src/client/lazy';
const LAZY_OUT = 'dist/client/lazy';

/**
 * tus-js-client's browser build, ES modules only: it imports url-parse (with querystringify and
 * requires-port), which are CommonJS. Left to an app's bundler, esbuild's CommonJS helpers
 * (`__commonJS`, `__toESM`) went to a chunk of their own that every chunk of the app imported, so it
 * was in every page's first load though tus is only fetched when a file is sent. Converted here, in the
 * one file that holds them, they cost nothing before that. Browsers' builds reach it through the
 * `#tus-js-client` import of package.json (its "browser" condition); Node and every other runtime get
 * tus-js-client itself, with its Node build.
 */
const TUS_BROWSER = 'dist/vendor';

/**
 * esbuild's splitting leaves bare `import "./chunk-….js"` lines (evaluation order of modules whose bindings
 * are not used there). With the package's `sideEffects: false`, every bundler drops them, with a warning
 * per line in partners' builds; dropped here, Node, test servers and bundlers all run the same code.
 */
async function dropBareChunkImports() {
  for (const file of (await readdir(LAZY_OUT)).filter((name) => name.endsWith('.js'))) {
    const path = `${LAZY_OUT}/${file}`;
    const text = await readFile(path, 'utf8');
    const kept = text.replace(/^import "\.\/chunk-[\w-]+\.js";\n/gm, '');
    if (kept !== text) await writeFile(path, kept);
  }
}

export default defineConfig([
  // One output file per source module (not one bundle), so that with `sideEffects: false` a bundler
  // keeps only the modules an app uses: the rules of @qmi/validators ship without zod or ky.
  packageBuild({
    entry: ['src/**/*.ts', `!${LAZY_SCHEMAS}/**`],
    bundle: false,
    dts: { entry: { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts' } },
  }),
  // The lazy schemas, bundled with zod into files that no static import of the package reaches (a
  // bundler would otherwise put the schema modules they share with the barrel into a page's first load),
  // with chunks shared among them so that a page loading two of them loads zod once.
  packageBuild({
    // Named *.schemas.ts: their chunks in a bundle (`calls.schemas-….js`) are not taken for elements' chunks.
    entry: [`${LAZY_SCHEMAS}/*.schemas.ts`],
    outDir: LAZY_OUT,
    bundle: true,
    splitting: true,
    noExternal: [/^zod/],
    dts: false,
    clean: false,
    // zod, copied into them, travels with its licence.
    onSuccess: async () => {
      await dropBareChunkImports();
      await writeBundledLicenses(LAZY_OUT, `${LAZY_OUT}/LICENSES.md`);
    },
  }),
  packageBuild({
    entry: { 'tus-js-client': 'scripts/tus-js-client.browser.js' },
    outDir: TUS_BROWSER,
    platform: 'browser',
    bundle: true,
    noExternal: [/.*/],
    dts: false,
    clean: false,
    // What it copies of tus-js-client and its dependencies travels with their licences.
    onSuccess: () => writeBundledLicenses(TUS_BROWSER, `${TUS_BROWSER}/LICENSES.md`),
  }),
]);
