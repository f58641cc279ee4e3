// Where the bundle finds the partner page's file: `import('./chunks/partner-page.js')` beside it in dist/,
// whose built name scripts/build-bundles.mjs puts there (src/bundle/partner-page.ts in one file). In the
// sources (tests, Storybook) this module is that file's stand-in.
export { loaders } from '../bundle/partner-page.js';
