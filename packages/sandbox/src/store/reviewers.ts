import type { Db } from '../db/database.js';

/** Issue 16 (S1 fills this in). */
export function reviewerStore(db: Db) {
  void db;
  return {};
}
