import type { Db } from '../db/database.js';
import { accountDeletion } from './account-deletion.js';
import { accountExport } from './account-export.js';
import { personalDataEraser } from './erase-personal-data.js';

/** The GDPR side of the store: an account's data export, its deletion, and the retention rule. */
export function personalDataStore(db: Db) {
  return {
    exportAccount: accountExport(db),
    deleteAccount: accountDeletion(db),
    retention: personalDataEraser(db),
  };
}
export type PersonalDataStore = ReturnType<typeof personalDataStore>;
