// `export *` for modules with values, `export type` for the others, and no code of its own: see ../index.ts.
export * from './autosave.js';
export type { AutosaveEventMap, AutosaveRemoteDetail, AutosaveSavedDetail } from './events.js';
export type { AutosaveEnvironment } from './lifecycle.js';
export type { AutosaveClient, AutosaveOptions, EditOptions } from './options.js';
export type { Conflict } from './rebase.js';
export type { AutosaveState, AutosaveStatus } from './status.js';
export * from './journal.js';
export * from './indexeddb-journal.js';
// unsavedEditsOf, forgetJournaledDossiers: wrappers that fetch indexeddb-forget.ts with `import()`.
export * from './forgetting.js';
