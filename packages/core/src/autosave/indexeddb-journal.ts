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
export function indexedDbJournal(name = 'qmi-autosave'): Journal {
  let db: Promise<IDBPDatabase<Schema>> | undefined;
  const open = () =>
    (db ??= openDB<Schema>(name, 1, {
      upgrade(database) {
        const edits = database.createObjectStore('edits', { keyPath: ['applicationId', 'path'] });
        edits.createIndex('application', 'applicationId');
        database.createObjectStore('snapshots', { keyPath: 'id' });
      },
    }));
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
