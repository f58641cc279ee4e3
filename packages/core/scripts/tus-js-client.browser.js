// The entry of dist/vendor/tus-js-client.js (tsup.config.ts): tus-js-client's browser build, with the
// CommonJS packages it imports (url-parse and its two) made ES modules by esbuild at core's build.
export * from 'tus-js-client';
