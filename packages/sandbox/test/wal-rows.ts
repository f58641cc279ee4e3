import fs from 'node:fs';
import os from 'node:os';
import type { Db } from '../src/db/database.js';

/** Rows the size of a full dossier (~90 KB): a save whose length changes rewrites every page of one. */
export const ROWS = 8;
/** Limits small enough that a few hundred saves cross them many times. */
export const SMALL_LIMITS = { passiveFrames: 200, restartFrames: 800, ceilingFrames: 1600, pollMs: 5 };

export function setUpRows(db: Db): void {
  db.exec(
    'CREATE TABLE IF NOT EXISTS big_rows (id INTEGER PRIMARY KEY, revision INTEGER NOT NULL, content TEXT NOT NULL)',
  );
  const insert = db.prepare('INSERT OR IGNORE INTO big_rows VALUES (?, 0, ?)');
  for (let row = 0; row < ROWS; row++) insert.run(row, bigRow(0));
}

/** Its length changes with the revision, as a text being typed does. */
export const bigRow = (revision: number) => `${'x'.repeat(90_000 + (revision % 97))}`;

export function saveRow(db: Db, row: number, revision: number, content: string): void {
  db.prepare('UPDATE big_rows SET revision = ?, content = ? WHERE id = ?').run(revision, content, row);
}

/**
 * The WAL index's header (https://www.sqlite.org/walformat.html): frames in the log (mxFrame) and
 * those already copied into the database file (nBackfill). A checkpoint moves nBackfill.
 */
export function walIndex(file: string): { frames: number; copied: number } {
  const header = Buffer.alloc(136);
  const fd = fs.openSync(`${file}-shm`, 'r');
  try {
    fs.readSync(fd, header, 0, 136, 0);
  } finally {
    fs.closeSync(fd);
  }
  const read = (offset: number) =>
    os.endianness() === 'LE' ? header.readUInt32LE(offset) : header.readUInt32BE(offset);
  return { frames: read(16), copied: read(96) };
}
