export { Autosave, openAutosave, type EditOptions, type AutosaveOptions, type AutosaveState, type AutosaveStatus, type AutosaveEnvironment, type Conflict } from './autosave.js';
export { memoryJournal, type Journal, type PendingEdit } from './journal.js';
export { indexedDbJournal } from './indexeddb-journal.js';
export { patchOf, withPath, type DraftPath, type DraftValue, type FieldPath, type FieldValue } from './paths.js';
