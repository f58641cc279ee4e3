// `export *` for modules with values, `export type` for the others, and no code of its own: see ../index.ts.
export * from './start.js';
export * from './uploads.js';
export * from './input.js';
export * from './progress.js';
export * from './preload.js';
export * from './interrupted.js';
export type { RememberedFor } from './remembered.js';
export type { PreviousUpload } from './previous-upload.js';
// uploadsRememberedFor, forgetUploadsRememberedFor: wrappers that fetch remembered.ts with `import()`.
export * from './remembered-lazy.js';
