import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.shared.js';

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
  // React wrappers (generated from custom-elements.json by scripts/generate-react.mjs).
  'react/index': 'src/react/index.ts',
};

const BUNDLES = ['dist/qmi-elements.bundle.js', 'dist/qmi-organisers.bundle.js'];

/**
 * The bundle's Subresource Integrity hash, in `dist/integrity.json` (shipped, exported as
 * `@qmi/elements/integrity.json`) and printed: a partner page loads the bundle from a CDN pinned to a
 * version, with `integrity="sha384-…"`, so a changed file is refused by the browser instead of run.
 * Keyed by the file's path in the package, which is its path on npm CDNs.
 */
async function writeIntegrity() {
  const { name, version } = JSON.parse(await readFile('package.json', 'utf8'));
  const files = {};
  for (const bundle of BUNDLES)
    files[bundle] = `sha384-${createHash('sha384')
      .update(await readFile(bundle))
      .digest('base64')}`;
  await writeFile('dist/integrity.json', `${JSON.stringify({ name, version, files }, null, 2)}\n`);
  for (const [bundle, integrity] of Object.entries(files))
    console.log(
      `\nSubresource Integrity of ${name}@${version} ${bundle} (dist/integrity.json):\n  integrity="${integrity}" crossorigin="anonymous"\n`,
    );
}

export default defineConfig([
  // For bundlers: one file per module, so that importing a component class registers nothing
  // and an app ships only the components it uses.
  packageBuild({ entry: ['src/**/*.ts'], bundle: false, dts: { entry: PUBLIC_ENTRIES } }),
  // For a partner page with nothing but a <script type="module">: everything in one file
  // (lit, zod, ky, idb inside), registering every element. Beside it, for an organisers' back-office,
  // the same plus the board and the assessment (issue 16): a separate file, so that partner pages do not
  // pay for the organisers' screens.
  packageBuild({
    entry: { 'qmi-elements.bundle': 'src/index.ts', 'qmi-organisers.bundle': 'src/organisers.ts' },
    platform: 'browser',
    noExternal: [/.*/],
    minify: true,
    dts: false,
    clean: false,
    splitting: false,
    onSuccess: writeIntegrity,
  }),
]);
