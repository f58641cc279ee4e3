/**
 * The media types' file extensions, a file of its own: a page's file picker names them in its `accept`
 * at once, and importing them does not bring the rules (`checkDocumentFile` comes with `import()`).
 */
export { MEDIA_TYPE_EXTENSIONS, mediaTypeOfName } from './rules/media-types.js';
