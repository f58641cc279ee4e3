// lang.ts's values for the package's root (`export * from './languages.js'`), without its `Lang` type: the
// public `Lang` is i18n.ts's (the zod enum and its type), and two `export *` giving one name are ambiguous.
// A named re-export here costs nothing: a page's import binds to lang.ts itself, and this file is not loaded.
export { DEFAULT_LANG, LANGS, pickLang } from './lang.js';
