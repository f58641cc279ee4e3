// What a sign-out asks of the browser journal. `idb` is imported statically here, unlike in the engine's
// journal (indexeddb-journal.ts): signing out of a shared computer must forget the dossiers even when the
// connection dropped after the page loaded, so this code comes whole with the sign-out's own chunk.
import { openDB } from 'idb';
import { JOURNAL_NAME, JOURNAL_VERSION, type JournalSchema, upgradeJournal } from './indexeddb-schema.js';

const openJournal = (name: string) => openDB<JournalSchema>(name, JOURNAL_VERSION, { upgrade: upgradeJournal });

/** How many edits of these dossiers the browser journal holds that the platform has not saved yet. */
export async function unsavedEditsOf(applicationIds: readonly string[], name = JOURNAL_NAME): Promise<number> {
  if (!applicationIds.length) return 0;
  const db = await openJournal(name);
  try {
    const counts = await Promise.all(applicationIds.map((id) => db.countFromIndex('edits', 'application', id)));
    return counts.reduce((sum, count) => sum + count, 0);
  } finally {
    db.close();
  }
}

/**
 * Forgets what the browser journal keeps of these dossiers (unsaved edits, the last acknowledged
 * copy), e.g. when their account signs out of a shared computer.
 */
export async function forgetJournaledDossiers(applicationIds: readonly string[], name = JOURNAL_NAME): Promise<void> {
  if (!applicationIds.length) return;
  const db = await openJournal(name);
  try {
    const tx = db.transaction(['edits', 'snapshots'], 'readwrite');
    const edits = tx.objectStore('edits');
    for (const id of applicationIds) {
      for (const key of await edits.index('application').getAllKeys(id)) await edits.delete(key);
      await tx.objectStore('snapshots').delete(id);
    }
    await tx.done;
  } finally {
    db.close();
  }
}
