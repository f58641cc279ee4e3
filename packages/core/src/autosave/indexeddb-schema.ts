import type { DBSchema, IDBPDatabase, OpenDBCallbacks } from 'idb';
import type { Application } from '../schemas/application.js';
import type { PendingEdit } from './journal.js';

/** The journal's database (one per origin): edits keyed by application and field path, and the last copy of each dossier. */
export interface JournalSchema extends DBSchema {
  edits: { key: [string, string]; value: PendingEdit & { applicationId: string }; indexes: { application: string } };
  snapshots: { key: string; value: Application };
}

export type JournalDatabase = IDBPDatabase<JournalSchema>;

export const JOURNAL_NAME = 'qmi-autosave';
export const JOURNAL_VERSION = 1;

/** Creates the stores, the first time a browser opens the journal. */
export const upgradeJournal: OpenDBCallbacks<JournalSchema>['upgrade'] = (database) => {
  const edits = database.createObjectStore('edits', { keyPath: ['applicationId', 'path'] });
  edits.createIndex('application', 'applicationId');
  database.createObjectStore('snapshots', { keyPath: 'id' });
};
