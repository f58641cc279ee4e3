import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.shared.js';
import { minifyCssPlugin } from './scripts/minify-css-templates.mjs';

const PUBLIC_ENTRIES = {
  index: 'src/index.ts',
  'form/application-form': 'src/form/application-form.ts',
  'session/session': 'src/session/session.ts',
  'account/account': 'src/account/account.ts',
  'commune-picker/commune-picker': 'src/commune-picker/commune-picker.ts',
  'uploader/uploader': 'src/uploader/uploader.ts',
  'timeline/timeline': 'src/timeline/timeline.ts',
  'checklist/checklist': 'src/checklist/checklist.ts',
  'messages/messages': 'src/messages/messages.ts',
  'dossier-view/dossier-view': 'src/dossier-view/dossier-view.ts',
  'notifications/notifications': 'src/notifications/notifications.ts',
  // The organisers' side (issue 16): the board and the assessment are for back-offices, not partner pages.
  'review-board/review-board': 'src/review-board/review-board.ts',
  'assessment/assessment': 'src/assessment/assessment.ts',
  organisers: 'src/organisers.ts',
  // The two single-file bundles' own modules (their exports: the autoloader's load/discover, the tags).
  bundle: 'src/bundle.ts',
  'organisers-bundle': 'src/organisers-bundle.ts',
  // React wrappers (generated from custom-elements.json by scripts/generate-react.mjs).
  'react/index': 'src/react/index.ts',
};

const BUNDLES = ['dist/qmi-elements.bundle.js', 'dist/qmi-organisers.bundle.js'];
/** Where the bundles' chunks go: beside them, so that `import("./chunks/…")` finds them on any CDN path. */
const CHUNKS = 'chunks';

/**
 * The Subresource Integrity hash of each bundle AND of each chunk it may load, in `dist/integrity.json`
 * (shipped, exported as `@qmi/elements/integrity.json`) and printed: a partner page loads the bundle from
 * a CDN pinned to a version, with `integrity="sha384-…"`, so a changed file is refused by the browser
 * instead of run. The chunks' hashes are for an import map's `integrity` (see the README), which pins
 * the files the bundle imports as the tag pins the bundle. Keyed by the file's path in the package,
 * which is its path on npm CDNs.
 */
async function writeIntegrity() {
  const { name, version } = JSON.parse(await readFile('package.json', 'utf8'));
  const chunks = (await readdir(`dist/${CHUNKS}`)).filter((file) => file.endsWith('.js')).sort();
  const files = {};
  for (const file of [...BUNDLES, ...chunks.map((chunk) => `dist/${CHUNKS}/${chunk}`)])
    files[file] = `sha384-${createHash('sha384')
      .update(await readFile(file))
      .digest('base64')}`;
  await writeFile('dist/integrity.json', `${JSON.stringify({ name, version, files }, null, 2)}\n`);
  for (const bundle of BUNDLES)
    console.log(
      `\nSubresource Integrity of ${name}@${version} ${bundle} (dist/integrity.json, with its ${chunks.length} chunks):\n  integrity="${files[bundle]}" crossorigin="anonymous"\n`,
    );
}

/**
 * The per-module build leaves a bare `import "../chunk-….js"` atop every module (esbuild's evaluation order
 * of its one shared chunk, the decorators' helper), even in modules that use nothing of it. In a page's
 * bundle each such line makes the lazy chunks (English strings, the .ics writer, the contrast guard) import
 * the helper too, so it becomes a tiny file of its own in every element's first load instead of being
 * inlined. The chunk has no side effects, so the lines go (as in @qmi/core's build); each is replaced by an
 * empty line, so the source maps still match.
 */
async function dropBareChunkImports(dir = 'dist'): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      // The single-file bundles' chunks (dist/chunks/) are built apart, without such lines.
      if (entry.name !== CHUNKS) await dropBareChunkImports(path);
    } else if (entry.name.endsWith('.js')) {
      const text = await readFile(path, 'utf8');
      const kept = text.replace(/^import "(?:\.\.?\/)+chunk-[\w-]+\.js";$/gm, '');
      if (kept !== text) await writeFile(path, kept);
    }
  }
}

export default defineConfig([
  // For bundlers: one file per module, so that importing a component class registers nothing
  // and an app ships only the components it uses.
  packageBuild({
    entry: ['src/**/*.ts'],
    bundle: false,
    dts: { entry: PUBLIC_ENTRIES },
    esbuildPlugins: [minifyCssPlugin],
    onSuccess: () => dropBareChunkImports(),
  }),
  // For a partner page with nothing but a <script type="module">: one tag, the bundle, which defines each
  // element when its tag appears and loads its code then (src/bundle.ts), from chunks beside it
  // (dist/chunks/, lit, zod, ky, idb inside, shared between elements). Beside it, for an organisers'
  // back-office, the same plus the board and the assessment (issue 16), built in the same run so that
  // the two share their chunks: partner pages do not pay for the organisers' screens.
  packageBuild({
    entry: { 'qmi-elements.bundle': 'src/bundle.ts', 'qmi-organisers.bundle': 'src/organisers-bundle.ts' },
    platform: 'browser',
    noExternal: [/.*/],
    minify: true,
    dts: false,
    clean: false,
    splitting: true,
    esbuildPlugins: [minifyCssPlugin],
    esbuildOptions(options) {
      options.chunkNames = `${CHUNKS}/[name]-[hash]`;
    },
    onSuccess: writeIntegrity,
  }),
]);
