import { createRequire } from 'node:module';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Db } from './database.js';
import { CHECKPOINT_WORKER_SOURCE, type CheckpointReport, type CheckpointWorkerData } from './checkpoint-worker.js';

/**
 * When the write-ahead log is copied into the database file, measured in WAL frames (one page each).
 * A save of a dossier whose length changed rewrites its whole row (about 25 pages for the full 92 KB
 * dossier), so the log reaches SQLite's default auto-checkpoint (1000 pages) every ~40 saves.
 */
export interface CheckpointLimits {
  /** Frames not yet copied past which a PASSIVE checkpoint runs: it never holds a writer back. */
  passiveFrames: number;
  /**
   * Frames in the log past which a RESTART checkpoint runs (it waits for the batch being written,
   * then holds writers while it copies what PASSIVE left, usually little): under saves that never
   * pause, PASSIVE never catches up with the end of the log, which would otherwise grow forever.
   */
  restartFrames: number;
  /** How often the worker looks at the log's length (one read of the WAL index's header). */
  pollMs: number;
  /**
   * The hard bound: past this many frames the main connection checkpoints inside its COMMIT again, as
   * SQLite does by default. Reached only when saves outpace the worker's copy (a checkpoint's copy and
   * fsync take longer than the saves arriving meanwhile); the log's length is then bounded by it.
   */
  ceilingFrames: number;
}

export const DEFAULT_CHECKPOINT_LIMITS: CheckpointLimits = {
  passiveFrames: 1000,
  restartFrames: 4000,
  pollMs: 10,
  ceilingFrames: 8000,
};

export interface Checkpointer {
  /** Checkpoints run so far, by mode (for tests and benchmarks). */
  readonly counts: Readonly<Record<'passive' | 'restart', number>>;
  /** Ends the worker and closes its connection; the database's own close then checkpoints what is left. */
  stop(): Promise<void>;
}

/** SQLite's own default (SQLITE_DEFAULT_WAL_AUTOCHECKPOINT). */
const DEFAULT_AUTOCHECKPOINT = 1000;

const require = createRequire(import.meta.url);

/**
 * The file of the driver this connection was opened with, so that the worker loads the very same one:
 * the module whose export is the connection's class, else what `better-sqlite3` resolves to from here
 * (which is the same file unless the resolution was redirected, as for the tests on another Node line).
 */
const driverOf = (db: Db): string =>
  Object.values(require.cache).find((loaded) => loaded?.exports === db.constructor)?.filename ??
  require.resolve('better-sqlite3');

/**
 * Moves the WAL checkpoints off the event loop. SQLite runs its auto-checkpoint inside the COMMIT that
 * crosses the limit, on the connection that commits: here the event loop, for ~5-10 ms (copy, then
 * fsync of the database file) during which every request waits, and the batch's saves with it. A
 * worker thread, with its own connection, checkpoints instead (SQLite's locks make that safe beside
 * the writer); the main connection's auto-checkpoint stays only as the hard bound (`ceilingFrames`). Durability is unchanged: a
 * commit is durable once its WAL frames are synced (synchronous=FULL), whoever later copies them.
 * Should the worker die, the main connection checkpoints again by itself.
 */
export function startCheckpointer(
  db: Db,
  limits: Partial<CheckpointLimits> = {},
  onError: (error: unknown) => void = () => {},
): Promise<Checkpointer> {
  const { passiveFrames, restartFrames, pollMs, ceilingFrames } = { ...DEFAULT_CHECKPOINT_LIMITS, ...limits };
  if (!(passiveFrames > 0 && restartFrames >= passiveFrames && ceilingFrames >= restartFrames && pollMs > 0))
    throw new Error('checkpoint limits: 0 < passiveFrames <= restartFrames <= ceilingFrames, and pollMs > 0');
  const data: CheckpointWorkerData = {
    driver: driverOf(db),
    file: db.name,
    passiveFrames,
    restartFrames,
    pollMs,
    littleEndian: os.endianness() === 'LE',
  };
  const worker = new Worker(CHECKPOINT_WORKER_SOURCE, { eval: true, workerData: data });
  const counts = { passive: 0, restart: 0 };
  let stopping = false;
  let exited = false;
  const exit = new Promise<void>((resolve) => worker.once('exit', () => ((exited = true), resolve())));

  return new Promise<Checkpointer>((resolve, reject) => {
    let ready = false;
    let fellBack = false;
    const fallBack = (error: unknown) => {
      if (stopping || fellBack) return;
      fellBack = true;
      // Back to SQLite's own checkpoints (on the event loop, but the log stays bounded).
      if (db.open) db.pragma(`wal_autocheckpoint = ${DEFAULT_AUTOCHECKPOINT}`);
      if (ready) onError(error);
      else reject(error);
    };
    worker.on('message', (report: CheckpointReport) => {
      if (report.type === 'ready') {
        ready = true;
        // Never what keeps the process alive once started (the HTTP server is).
        worker.unref();
        db.pragma(`wal_autocheckpoint = ${ceilingFrames}`);
        // When the writer starts the log again after a RESTART, it cuts the file back to this length:
        // a burst's log does not keep its disk space.
        db.pragma(`journal_size_limit = ${restartFrames * (db.pragma('page_size', { simple: true }) as number)}`);
        resolve({
          counts,
          async stop() {
            if (stopping || exited) return exit;
            stopping = true;
            worker.ref(); // the process waits for the worker's connection to close
            worker.postMessage('stop');
            await exit;
          },
        });
      } else if (report.type === 'checkpointed') counts[report.mode]++;
      else fallBack(new Error(`checkpoint worker: ${report.message}`));
    });
    worker.on('error', fallBack);
    worker.on('exit', (code) => fallBack(new Error(`checkpoint worker exited with code ${code}`)));
  });
}
