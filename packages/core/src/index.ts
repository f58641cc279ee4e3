// The package's root: `export *` only, and no code of its own. esbuild (and so a partner's bundler) places a
// whole module in a page's first load when the page's static imports reach it and any chunk uses it: a named
// re-export (`export { x } from`) or an import here would put every module that some lazy chunk uses (the
// rules' helpers, the upload engine, idb) into the first load of every page that imports @qmi/core. Through
// `export *` a page reaches only the modules whose names it imports. So every module named here exports only
// public names (helpers live in files of their own, e.g. client/error-for.ts), and the public surface is
// pinned by api-report.md: `npm run api:report` fails when a name is added or removed (eslint.config.js
// keeps these index files to `export *` and `export type`).
// Straight from lang.ts, not through i18n.ts: so a bundler can leave zod out of language-only imports.
export * from './languages.js';
export * from './i18n.js';
export * from './time.js';
export * from './schemas/index.js';
export * from './merge-patch.js';
export * from './json-patch.js';
export * from './json-pointer.js';
export * from './client/application-save.js';
export * from './error-codes.js';
export * from './error-statuses.js';
export * from './error-titles.js';
export * from './error-titles/load.js';
export * from './presets/qmi-2.js';
export * from './json-schema.js';
export * from './client/index.js';
export * from './validation.js';
export * from './formats.js';
export * from './text.js';
export * from './retry.js';
export * from './retry-error.js';
export * from './paths.js';
export * from './autosave/index.js';
export * from './uploads/index.js';
export * from './messages/index.js';
