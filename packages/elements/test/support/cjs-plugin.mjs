// tus-js-client's browser build imports url-parse, a CommonJS package that browsers cannot load
// as is. The test server serves it bundled to ESM by esbuild, as a bundler does for a real page.
import { buildSync } from 'esbuild';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const CJS_PACKAGES = ['url-parse'];

export function commonjsPackages() {
  const cache = new Map();
  return {
    name: 'qmi-commonjs-packages',
    resolveImport({ source }) {
      if (CJS_PACKAGES.includes(source)) return `/__cjs__/${source}.js`;
      return undefined;
    },
    serve(context) {
      const match = /^\/__cjs__\/(.+)\.js$/.exec(context.path);
      if (!match || !CJS_PACKAGES.includes(match[1])) return undefined;
      if (!cache.has(match[1])) {
        const result = buildSync({ entryPoints: [require.resolve(match[1])], bundle: true, format: 'esm', platform: 'browser', write: false, logLevel: 'error' });
        cache.set(match[1], result.outputFiles[0].text);
      }
      return { body: cache.get(match[1]), type: 'js' };
    },
  };
}
