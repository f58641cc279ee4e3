/** What the checkpoint worker is given (checkpointer.ts starts it). */
export interface CheckpointWorkerData {
  /** better-sqlite3's resolved entry, so the worker loads the same driver as the server. */
  driver: string;
  /** The database file (the main connection's `name`). */
  file: string;
  passiveFrames: number;
  restartFrames: number;
  pollMs: number;
  /** The WAL index (-shm) is in the machine's byte order. */
  littleEndian: boolean;
}

/** What the worker reports. */
export type CheckpointReport =
  | { type: 'ready' }
  | { type: 'checkpointed'; mode: 'passive' | 'restart'; frames: number; copied: number; busy: boolean }
  | { type: 'error'; message: string };

/**
 * The worker's code, run with `eval: true` (CommonJS): a dozen lines that need no build step, so the
 * same code runs from the sources (tests, under tsx) and from dist/, beside no extra entry file.
 *
 * Each poll reads the WAL index's header (https://www.sqlite.org/walformat.html: mxFrame, the frames
 * in the log, at byte 16; nBackfill, those already copied into the database, at byte 96), which costs
 * one read of 136 bytes and takes no lock. Past `passiveFrames` not yet copied it runs a PASSIVE
 * checkpoint; when the log itself is longer than `restartFrames`, a RESTART, so that the next write
 * starts the log again from its beginning. synchronous=FULL makes the checkpoint sync the log before
 * copying and the database file after, as SQLite's own checkpoint does.
 */
export const CHECKPOINT_WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const { driver, file, passiveFrames, restartFrames, pollMs, littleEndian } = workerData;
const Database = require(driver);
let db;
let timer;
const header = Buffer.alloc(136);
let shm;
function frames() {
  try {
    shm ??= fs.openSync(file + '-shm', 'r');
    if (fs.readSync(shm, header, 0, 136, 0) < 136) return undefined;
  } catch {
    return undefined;
  }
  const read = (offset) => (littleEndian ? header.readUInt32LE(offset) : header.readUInt32BE(offset));
  const log = read(16);
  const copied = read(96);
  return { log, pending: copied <= log ? log - copied : log };
}
function checkpoint(mode) {
  const [row] = db.pragma('wal_checkpoint(' + mode + ')');
  parentPort.postMessage({ type: 'checkpointed', mode: mode.toLowerCase(), frames: row.log, copied: row.checkpointed, busy: row.busy === 1 });
  return row;
}
function poll() {
  try {
    const wal = frames();
    // Unreadable index (the log not created yet, say): a PASSIVE checkpoint is cheap when there is nothing to copy.
    if (!wal || wal.pending >= passiveFrames || wal.log >= restartFrames) {
      const row = checkpoint('PASSIVE');
      if (row.log >= restartFrames) checkpoint('RESTART');
    }
  } catch (error) {
    parentPort.postMessage({ type: 'error', message: String(error && error.message || error) });
    stop();
    return;
  }
  timer = setTimeout(poll, pollMs);
}
function stop() {
  clearTimeout(timer);
  if (shm !== undefined) fs.closeSync(shm);
  db && db.open && db.close();
  parentPort.close();
}
try {
  db = new Database(file, { fileMustExist: true });
  db.pragma('synchronous = FULL');
  // A RESTART waits this long for the batch being written and for readers, then tries again at the next poll.
  db.pragma('busy_timeout = 1000');
  db.pragma('wal_autocheckpoint = 0');
} catch (error) {
  parentPort.postMessage({ type: 'error', message: String(error && error.message || error) });
  throw error;
}
parentPort.on('message', (message) => message === 'stop' && stop());
parentPort.postMessage({ type: 'ready' });
timer = setTimeout(poll, pollMs);
`;
