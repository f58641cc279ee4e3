import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.shared.js';

// One output file per source module (not one bundle), so that with `sideEffects: false` a bundler
// keeps only the modules an app uses: the rules of @qmi/validators ship without zod or ky.
export default defineConfig(
  packageBuild({
    entry: ['src/**/*.ts'],
    bundle: false,
    dts: { entry: { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts' } },
  }),
);
