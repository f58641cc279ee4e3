import type { Db } from '../db/database.js';

/** Issue 16 (S3 fills this in). */
export function adviceStore(db: Db) {
  void db;
  return {};
}
