import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { MIGRATIONS } from './migrations.js';

export type Db = Database.Database;

/**
 * Opens (creating if needed) the sandbox database in `dataDir`. WAL lets readers run beside the
 * writer; synchronous=FULL makes every committed transaction survive a power cut, since a saved
 * edit is a promise to a town-hall agent. That fsync is the cost of a save: the autosaves arriving
 * together share one (store/group-commit.ts).
 */
export function openDatabase(dataDir: string): Db {
  fs.mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, 'qmi.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

export function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(`The database is at schema version ${current}, newer than this sandbox (${MIGRATIONS.length}).`);
  }
  if (current === MIGRATIONS.length) return;
  // A migration may rebuild a table that others reference (SQLite cannot change a CHECK in place):
  // foreign keys are off while migrating, as SQLite's procedure for schema changes says, and checked
  // before each migration commits, so that a migration leaving a dangling reference is rolled back.
  const enforced = db.pragma('foreign_keys', { simple: true }) === 1;
  db.pragma('foreign_keys = OFF');
  try {
    for (let version = current; version < MIGRATIONS.length; version++) {
      db.transaction(() => {
        db.exec(MIGRATIONS[version]!);
        const dangling = db.pragma('foreign_key_check') as unknown[];
        if (dangling.length > 0)
          throw new Error(`Migration ${version + 1} leaves ${dangling.length} broken references.`);
        db.pragma(`user_version = ${version + 1}`);
      })();
    }
  } finally {
    if (enforced) db.pragma('foreign_keys = ON');
  }
}
