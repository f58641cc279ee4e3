import type { Options } from 'tsup';

/** What every package's build shares: ESM for Node 20 and evergreen browsers, with declarations. */
export const packageBuild = (options: Options = {}): Options => ({
  entry: ['src/index.ts'],
  format: ['esm'],
  target: 'es2022',
  dts: true,
  sourcemap: true,
  clean: true,
  ...options,
});
