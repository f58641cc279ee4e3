import { JOURNAL_NAME, JOURNAL_VERSION, type JournalDatabase, upgradeJournal } from './indexeddb-schema.js';
import type { Journal } from './journal.js';
import { ConnectionError } from '../client/errors.js';

/**
 * The browser journal: IndexedDB, which survives a reload, a crash and a closed tab. One database
 * per origin (`qmi-autosave`), edits keyed by application and field path.
 *
 * `idb` comes with `import()` when the journal is first opened: an engine opens it while the dossier's
 * request is on its way (see `Autosave.open`), so a form's first load does not carry it and nobody waits
 * for it. (The sign-out's questions and forgetting, indexeddb-forget.ts, import it statically.)
 */
const openJournal = async (name: string): Promise<JournalDatabase> => {
  const idb = await import('idb').catch((error: unknown) => {
    // Its code could not be fetched (offline, the site down): a connection problem, and told as one (the
    // form says the connection is missing, not the browser's words about a module).
    throw Object.assign(new ConnectionError('The journal’s code could not be loaded.', { cause: error }), {
      reason: 'unreachable' as const,
    });
  });
  return idb.openDB(name, JOURNAL_VERSION, { upgrade: upgradeJournal });
};

/**
 * The browser's journal of the autosave: unacknowledged edits kept in IndexedDB (database `name`,
 * `qmi-autosave` by default), which survives a reload, a crash and a closed tab. `idb` is loaded when the
 * journal is first opened.
 */
export function indexedDbJournal(name = JOURNAL_NAME): Journal {
  let db: Promise<JournalDatabase> | undefined;
  // A failed open (the chunk offline) is tried again at the next call.
  const open = () =>
    (db ??= openJournal(name).catch((error: unknown) => {
      db = undefined;
      throw error;
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
