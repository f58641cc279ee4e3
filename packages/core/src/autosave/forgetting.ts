// What a sign-out asks of the browser journal, with `import()`: a bundler places a module that a first load
// reaches by a static import in that first load as soon as any lazy part uses it,
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
