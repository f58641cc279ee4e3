// tus-js-client's browser build imports url-parse, a CommonJS package that browsers cannot load
// as is. The test server serves it bundled to ESM by esbuild, as a bundler does for a real page.
import { execFileSync } from 'node:child_process';
import { buildSync } from 'esbuild';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const HERE = path.dirname(fileURLToPath(import.meta.url));
const CJS_PACKAGES = ['url-parse'];

// React and react-dom are CommonJS too, and must be one copy shared by every module (two copies of
// React break hooks). They are bundled together once (/__cjs__/react-bundle.js), and each entry a
// page imports is a small ES module re-exporting that entry's named exports, as a bundler offers them.
const REACT_ENTRIES = ['react', 'react/jsx-runtime', 'react/jsx-dev-runtime', 'react-dom', 'react-dom/client'];
const bundleKey = (entry) => entry.replace(/[^a-z]/g, '_');

function reactBundle() {
  const lines = REACT_ENTRIES.map((entry) => `export const ${bundleKey(entry)} = require(${JSON.stringify(entry)});`);
  const result = buildSync({
    stdin: { contents: lines.join('\n'), resolveDir: HERE, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    define: { 'process.env.NODE_ENV': '"development"' },
    write: false,
    logLevel: 'error',
  });
  return result.outputFiles[0].text;
}

function reactFacade(entry) {
  // The names come from the package itself, as Node sees them (in a child process: React's
  // development build calls console methods that the test runner's console does not have).
  const script = `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(entry)}))))`;
  const keys = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: HERE, encoding: 'utf8' }));
  const names = keys.filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default');
  return [
    `import { ${bundleKey(entry)} as entry } from '/__cjs__/react-bundle.js';`,
    'export default entry;',
    `export const { ${names.join(', ')} } = entry;`,
  ].join('\n');
}

export function commonjsPackages() {
  const cache = new Map();
  return {
    name: 'qmi-commonjs-packages',
    resolveImport({ source }) {
      if (CJS_PACKAGES.includes(source) || REACT_ENTRIES.includes(source)) return `/__cjs__/${source}.js`;
      return undefined;
    },
    serve(context) {
      if (context.path === '/__cjs__/react-bundle.js') {
        if (!cache.has('react-bundle')) cache.set('react-bundle', reactBundle());
        return { body: cache.get('react-bundle'), type: 'js' };
      }
      const entry = /^\/__cjs__\/(.+)\.js$/.exec(context.path)?.[1];
      if (entry && REACT_ENTRIES.includes(entry)) {
        if (!cache.has(entry)) cache.set(entry, reactFacade(entry));
        return { body: cache.get(entry), type: 'js' };
      }
      const match = /^\/__cjs__\/(.+)\.js$/.exec(context.path);
      if (!match || !CJS_PACKAGES.includes(match[1])) return undefined;
      if (!cache.has(match[1])) {
        const result = buildSync({
          entryPoints: [require.resolve(match[1])],
          bundle: true,
          format: 'esm',
          platform: 'browser',
          write: false,
          logLevel: 'error',
        });
        cache.set(match[1], result.outputFiles[0].text);
      }
      return { body: cache.get(match[1]), type: 'js' };
    },
  };
}
