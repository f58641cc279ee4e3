import type { Db } from '../db/database.js';

/** Issue 16 (S2 fills this in). */
export function assessmentStore(db: Db) {
  void db;
  return {};
}
