import type { Db } from '../db/database.js';

/** Issue 16 (S2 fills this in). */
export function annotationStore(db: Db) {
  void db;
  return {};
}
