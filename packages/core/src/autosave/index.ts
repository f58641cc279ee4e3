export { Autosave, openAutosave } from './autosave.js';
export type { AutosaveEventMap, AutosaveRemoteDetail, AutosaveSavedDetail } from './events.js';
export type { AutosaveEnvironment } from './lifecycle.js';
export type { AutosaveClient, AutosaveOptions, EditOptions } from './options.js';
export type { Conflict } from './rebase.js';
export type { AutosaveState, AutosaveStatus } from './status.js';
export { memoryJournal, type Journal, type PendingEdit } from './journal.js';
export { indexedDbJournal } from './indexeddb-journal.js';
export { forgetJournaledDossiers, unsavedEditsOf } from './indexeddb-forget.js';
