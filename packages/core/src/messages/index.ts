// `export *` only, and no code of its own: see ../index.ts.
export * from './outbox.js';
export * from './events.js';
export * from './store.js';
