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
  // Node only: the wrappers' server entry and server rendering (declarative shadow DOM, @lit-labs/ssr).
  'react/server': 'src/react/server.ts',
  'ssr/index': 'src/ssr/index.ts',
  // For pages rendered on a server: imported before the elements, so that they hydrate.
  'ssr/client': 'src/ssr/client.ts',
};

/** Where the bundles' chunks go (scripts/build-bundles.mjs): the per-module build leaves them alone. */
const CHUNKS = 'chunks';

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
  // The single-file bundles are built next, by scripts/build-bundles.mjs (package.json's "build").
]);
