export { Autosave, openAutosave } from './autosave.js';
export type { AutosaveEventMap, AutosaveRemoteDetail, AutosaveSavedDetail } from './events.js';
export type { AutosaveEnvironment } from './lifecycle.js';
export type { AutosaveClient, AutosaveOptions, EditOptions } from './options.js';
export type { Conflict } from './rebase.js';
export type { AutosaveState, AutosaveStatus } from './status.js';
export { memoryJournal, type Journal, type PendingEdit } from './journal.js';
export { indexedDbJournal } from './indexeddb-journal.js';

// What a sign-out asks of the browser journal, with `import()`: a bundler places a module the barrel
// re-exports in the first load of every page that imports the barrel, as soon as any lazy part uses it,
// so indexeddb-forget.ts (and idb) would come with every element. Behind these wrappers it comes with
// the first call; a call with no dossiers only fetches that code (the sign-out's chunk makes one, so
// that signing out of a shared computer forgets the dossiers even offline).
const forgetting = () => import('./indexeddb-forget.js');

/** How many edits of these dossiers the browser journal holds that the platform has not saved yet. */
export async function unsavedEditsOf(applicationIds: readonly string[], name?: string): Promise<number> {
  return (await forgetting()).unsavedEditsOf(applicationIds, name);
}

/**
 * Forgets what the browser journal keeps of these dossiers (unsaved edits, the last acknowledged
 * copy), e.g. when their account signs out of a shared computer.
 */
export async function forgetJournaledDossiers(applicationIds: readonly string[], name?: string): Promise<void> {
  return (await forgetting()).forgetJournaledDossiers(applicationIds, name);
}
