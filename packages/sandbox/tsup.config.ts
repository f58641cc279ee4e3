import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.shared.js';

// The CLI is a second entry; only the library entry gets declarations.
export default defineConfig(
  packageBuild({ entry: ['src/index.ts', 'src/cli.ts'], platform: 'node', dts: { entry: 'src/index.ts' } }),
);
