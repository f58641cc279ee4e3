// Straight from lang.ts, not through i18n.ts: so a bundler can leave zod out of language-only imports.
export { LANGS, DEFAULT_LANG, pickLang } from './lang.js';
export * from './i18n.js';
export * from './time.js';
export * from './schemas/index.js';
export * from './merge-patch.js';
export * from './errors.js';
export { QMI_2 } from './presets/qmi-2.js';
export { jsonSchemas, NAMED_SCHEMAS, type SchemaName } from './json-schema.js';
export * from './client/index.js';
export * from './validation.js';
export * from './formats.js';
export * from './autosave/index.js';
export * from './uploads/index.js';
