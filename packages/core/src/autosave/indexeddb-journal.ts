import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Application } from '../schemas/application.js';
import type { Journal, PendingEdit } from './journal.js';

interface Schema extends DBSchema {
  edits: { key: [string, string]; value: PendingEdit & { applicationId: string }; indexes: { application: string } };
  snapshots: { key: string; value: Application };
}

/**
 * The browser journal: IndexedDB, which survives a reload, a crash and a closed tab. One database
 * per origin (`qmi-autosave`), edits keyed by application and field path.
 */
const openJournal = (name: string) =>
  openDB<Schema>(name, 1, {
    upgrade(database) {
      const edits = database.createObjectStore('edits', { keyPath: ['applicationId', 'path'] });
      edits.createIndex('application', 'applicationId');
      database.createObjectStore('snapshots', { keyPath: 'id' });
    },
  });

export function indexedDbJournal(name = 'qmi-autosave'): Journal {
  let db: Promise<IDBPDatabase<Schema>> | undefined;
  const open = () => (db ??= openJournal(name));
  return {
    async load(applicationId) {
      const rows = await (await open()).getAllFromIndex('edits', 'application', applicationId);
      return rows.map(({ applicationId: _, ...edit }) => edit).sort((a, b) => a.editedAt - b.editedAt);
    },
    async put(applicationId, edit) {
      await (await open()).put('edits', { ...edit, applicationId });
    },
    async remove(applicationId, path, editId) {
      const tx = (await open()).transaction('edits', 'readwrite');
      const current = await tx.store.get([applicationId, path]);
      if (current?.id === editId) await tx.store.delete([applicationId, path]);
      await tx.done;
    },
    async loadSnapshot(applicationId) {
      return (await open()).get('snapshots', applicationId);
    },
    async saveSnapshot(application) {
      await (await open()).put('snapshots', application);
    },
  };
}

/** How many edits of these dossiers the browser journal holds that the platform has not saved yet. */
export async function unsavedEditsOf(applicationIds: readonly string[], name = 'qmi-autosave'): Promise<number> {
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
export async function forgetJournaledDossiers(applicationIds: readonly string[], name = 'qmi-autosave'): Promise<void> {
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
