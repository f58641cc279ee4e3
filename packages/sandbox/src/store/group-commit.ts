import type { Db } from '../db/database.js';

/**
 * Group commit: the writes that arrive together share one transaction and one fsync.
 *
 * better-sqlite3 is synchronous, so a COMMIT (and its fsync, under synchronous=FULL) blocks the event
 * loop; the requests that arrive meanwhile wait in the kernel and are all read in the next poll phase.
 * `run` queues its work and the batch is written in the check phase that follows (`setImmediate`):
 * every work queued while those requests were read joins it. Alone (one client) a work waits for
 * nothing but the end of the current I/O phase, so a single save pays no added delay; under load the
 * fsync of one batch is the window in which the next batch gathers.
 */
export interface GroupCommit {
  /**
   * Runs `work` (synchronous: it is called inside the transaction) in the next batch, within its own
   * SAVEPOINT: if it throws, only its own writes are undone and only its promise rejects. Every promise
   * settles after the batch's COMMIT returned, so an acknowledged write is durable; if the COMMIT fails,
   * every work of the batch rejects.
   */
  run<T>(work: () => T): Promise<T>;
}

interface Queued {
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

export function createGroupCommit(db: Db): GroupCommit {
  // IMMEDIATE: the batch only writes, and taking the write lock at BEGIN means a reader's snapshot is
  // never upgraded (which WAL refuses with SQLITE_BUSY_SNAPSHOT, without waiting for busy_timeout).
  const begin = db.prepare('BEGIN IMMEDIATE');
  const commit = db.prepare('COMMIT');
  const rollback = db.prepare('ROLLBACK');
  const savepoint = db.prepare('SAVEPOINT group_commit_work');
  const release = db.prepare('RELEASE group_commit_work');
  const rollbackTo = db.prepare('ROLLBACK TO group_commit_work');
  let queue: Queued[] = [];
  let scheduled = false;

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(flush);
  };

  function flush(): void {
    scheduled = false;
    // A synchronous transaction cannot be open between two event-loop turns; should a caller have left
    // one open (a raw BEGIN across an await), the batch waits rather than be committed by someone else.
    if (db.inTransaction) return void setTimeout(schedule, 1);
    const batch = queue;
    queue = [];
    if (batch.length === 0) return;
    const outcomes: Outcome[] = [];
    try {
      begin.run();
      for (const [index, entry] of batch.entries()) {
        const outcome = runOne(entry.work);
        if (!outcome.ok && !db.inTransaction) {
          // SQLite rolled back the whole transaction itself (e.g. SQLITE_FULL): the works before this one
          // are undone too. They fail with the cause; the ones not yet run go to the next batch.
          queue = [...batch.slice(index + 1), ...queue];
          if (queue.length) schedule();
          settle(batch.slice(0, index + 1), [...outcomes.map(() => outcome), outcome]);
          return;
        }
        outcomes.push(outcome);
      }
      commit.run();
    } catch (error) {
      // BEGIN or COMMIT failed (busy, I/O, a deferred constraint): nothing of the batch is durable.
      if (db.inTransaction) rollback.run();
      settle(
        batch,
        batch.map(() => ({ ok: false, error })),
      );
      return;
    }
    settle(batch, outcomes);
  }

  /** One work inside its own savepoint: its failure undoes its writes and nothing else. */
  function runOne(work: () => unknown): Outcome {
    savepoint.run();
    try {
      const value = work();
      if (isThenable(value)) throw new TypeError('A group commit work must be synchronous (it returned a promise).');
      release.run();
      return { ok: true, value };
    } catch (error) {
      if (db.inTransaction) {
        rollbackTo.run();
        release.run();
      }
      return { ok: false, error };
    }
  }

  return {
    run<T>(work: () => T): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
        schedule();
      });
    },
  };
}

function settle(batch: Queued[], outcomes: Outcome[]): void {
  batch.forEach((entry, i) => {
    const outcome = outcomes[i]!;
    if (outcome.ok) entry.resolve(outcome.value);
    else entry.reject(outcome.error);
  });
}

const isThenable = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
