import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.shared.js';

const PUBLIC_ENTRIES = {
  index: 'src/index.ts',
  'form/application-form': 'src/form/application-form.ts',
  'session/session': 'src/session/session.ts',
  'commune-picker/commune-picker': 'src/commune-picker/commune-picker.ts',
  'uploader/uploader': 'src/uploader/uploader.ts',
  'timeline/timeline': 'src/timeline/timeline.ts',
  'checklist/checklist': 'src/checklist/checklist.ts',
  'messages/messages': 'src/messages/messages.ts',
  // React wrappers (generated from custom-elements.json by scripts/generate-react.mjs).
  'react/index': 'src/react/index.ts',
};

export default defineConfig([
  // For bundlers: one file per module, so that importing a component class registers nothing
  // and an app ships only the components it uses.
  packageBuild({ entry: ['src/**/*.ts'], bundle: false, dts: { entry: PUBLIC_ENTRIES } }),
  // For a partner page with nothing but a <script type="module">: everything in one file
  // (lit, zod, ky, idb inside), registering every element.
  packageBuild({
    entry: { 'qmi-elements.bundle': 'src/index.ts' },
    platform: 'browser',
    noExternal: [/.*/],
    minify: true,
    dts: false,
    clean: false,
    splitting: false,
  }),
]);
