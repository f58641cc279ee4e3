// The two single-file bundles, after tsup's per-module build (package.json's "build"):
//
// 1. dist/chunks/partner-page-<hash>.js (src/bundle/partner-page.ts): the partner page's five elements in
//    one file, and the bundle's other elements as chunks that reuse it, built by Rollup from the per-module
//    output. Why Rollup when esbuild builds everything else: esbuild places a module by the set of entries
//    that reach it, so the code the five share with any lazy part (lit, ky, core) would go to shared chunks
//    and the page would again load dozens of files. Rollup knows that a dynamic import's importer has
//    already loaded those modules and leaves them in the importer: the five stay one file.
// 2. dist/qmi-elements.bundle.js and dist/qmi-organisers.bundle.js with their chunks (dist/chunks/), by
//    esbuild, in one run so that they share their files; the partners' one imports the file of step 1 by
//    its hashed name, which only exists once step 1 is done.
// 3. dist/chunks/LICENSES.md: the licences of the packages copied into the chunks; dist/integrity.json: the
//    Subresource Integrity of every file the bundles may load.
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { transform } from 'esbuild';
import { rollup } from 'rollup';
import { build as tsup } from 'tsup';
import { writeBundledLicenses } from '../../../scripts/lib/bundled-licenses.mjs';
import { writeIntegrity } from './integrity.mjs';
import { minifyCssPlugin } from './minify-css-templates.mjs';

const PACKAGE = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const CHUNKS = 'chunks';
const at = (file) => path.join(PACKAGE, file);

// ── 1. The partner page's file ──────────────────────────────────────────────────────────────────────

/** The per-module build's source maps, so that the file's map leads back to src/ (Rollup chains them). */
const inputMaps = {
  name: 'input-source-maps',
  async load(id) {
    if (id.startsWith('\0') || !id.endsWith('.js')) return null;
    const code = await readFile(id, 'utf8');
    const map = await readFile(`${id}.map`, 'utf8').catch(() => null);
    return { code: code.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n'), map };
  },
};

/** Minified as the bundles are (esbuild), licences kept at the end of each file. */
const minify = {
  name: 'minify',
  async renderChunk(code) {
    const result = await transform(code, {
      minify: true,
      format: 'esm',
      target: 'es2022',
      legalComments: 'eof',
      sourcemap: true,
    });
    return { code: result.code, map: result.map };
  },
};

async function buildPartnerPage() {
  const built = await rollup({
    input: at('dist/bundle/partner-page.js'),
    // Its chunks import what they share from the file itself, rather than from a facade's copy.
    preserveEntrySignatures: 'allow-extension',
    // The browser condition also picks @qmi/core's ES build of tus-js-client (its package.json `imports`), so
    // nothing in the graph is CommonJS.
    plugins: [inputMaps, nodeResolve({ browser: true, exportConditions: ['browser', 'import', 'default'] }), minify],
    onwarn(warning, warn) {
      // Cycles between modules (zod's own, the form's sections) are fine in ES modules; comments where
      // Rollup reads no annotation are zod's notes to esbuild. Everything else is worth reading.
      if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'INVALID_ANNOTATION') return;
      warn(warning);
    },
  });
  const { output } = await built.write({
    dir: at(`dist/${CHUNKS}`),
    format: 'es',
    // Hashed like every chunk, so that a server may cache it for good (the sandbox does).
    entryFileNames: 'partner-page-[hash].js',
    chunkFileNames: 'partner-page.[name]-[hash].js',
    sourcemap: true,
  });
  await built.close();
  const entry = output.find((file) => file.type === 'chunk' && file.isEntry);
  console.log(`partner page: dist/${CHUNKS}/${entry.fileName} and ${output.length - 1} more files of its own`);
  return `./${CHUNKS}/${entry.fileName}`;
}

// ── 2. The bundles ──────────────────────────────────────────────────────────────────────────────────

/**
 * esbuild's runtime helpers (`__decorateClass`, for the elements' decorators) go to a chunk of their own,
 * which every bundle file then imports bare, for evaluation order only: that made it a file of every page's
 * first load, the bundle's own included, though it defines functions and runs nothing. The bare imports of a
 * chunk holding only esbuild's runtime (no input module, per the metafile) are blanked with as many spaces,
 * which keeps the source maps' columns. Files that use a helper still import it by name.
 */
async function dropBareRuntimeImports() {
  const metafile = at('dist/metafile-esm.json');
  const { outputs } = JSON.parse(await readFile(metafile, 'utf8'));
  const runtimeOnly = Object.entries(outputs)
    .filter(([file, { inputs }]) => file.endsWith('.js') && Object.keys(inputs).length === 0)
    .map(([file]) => path.basename(file));
  for (const file of Object.keys(outputs).filter((output) => output.endsWith('.js'))) {
    const text = await readFile(at(file), 'utf8');
    let kept = text;
    for (const runtime of runtimeOnly)
      kept = kept
        .replaceAll(`import"./${runtime}";`, (bare) => ' '.repeat(bare.length))
        .replaceAll(`import"./${CHUNKS}/${runtime}";`, (bare) => ' '.repeat(bare.length));
    if (kept !== text) await writeFile(at(file), kept);
  }
  await rm(metafile);
}

async function buildBundles(partnerPage) {
  await tsup({
    entry: { 'qmi-elements.bundle': 'src/bundle.ts', 'qmi-organisers.bundle': 'src/organisers-bundle.ts' },
    format: ['esm'],
    target: 'es2022',
    platform: 'browser',
    sourcemap: true,
    noExternal: [/.*/],
    minify: true,
    dts: false,
    clean: false,
    splitting: true,
    metafile: true,
    silent: true,
    config: false,
    esbuildPlugins: [
      minifyCssPlugin,
      {
        // src/bundle.ts's import() of the partner page's module: the file of step 1, beside the bundle.
        name: 'partner-page',
        setup(build) {
          build.onResolve({ filter: /^\.\/bundle\/partner-page\.js$/ }, () => ({ path: partnerPage, external: true }));
        },
      },
    ],
    esbuildOptions(options) {
      options.chunkNames = `${CHUNKS}/[name]-[hash]`;
    },
  });
  await dropBareRuntimeImports();
}

process.chdir(PACKAGE);
await buildBundles(await buildPartnerPage());
// The packages copied into the bundles (lit, ky, zod, tus-js-client…) travel with their licences.
await writeBundledLicenses(at(`dist/${CHUNKS}`), at(`dist/${CHUNKS}/LICENSES.md`));
await writeIntegrity(PACKAGE);
