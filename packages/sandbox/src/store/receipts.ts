import type { Db } from '../db/database.js';

/** Issue 16 (S4 fills this in). */
export function receiptStore(db: Db) {
  void db;
  return {};
}
