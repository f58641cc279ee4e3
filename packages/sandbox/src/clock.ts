import type { Db } from './db/database.js';

/**
 * The sandbox's clock for everything the call depends on (deadline, timestamps of dossiers and
 * messages). It starts at a configured instant and runs forward in real time; tests and demos move
 * it with `set`. Session expiry uses the real clock: moving the demo clock must not sign anyone out.
 */
export interface SandboxClock {
  /** The call's time now: the configured start moved forward by the real time elapsed since. */
  now(): Date;
  /** Moves the clock to this instant; it runs on from there. */
  set(instant: string | Date): void;
}

/** How far `instant` is from the real clock now, in milliseconds. */
function offsetTo(instant: string | Date, realNow: () => number): number {
  const target = new Date(instant).getTime();
  if (Number.isNaN(target)) throw new RangeError(`Not an instant: ${String(instant)}`);
  return target - realNow();
}

function clockAt(offsetMs: number, realNow: () => number, onSet?: (offsetMs: number) => void): SandboxClock {
  let offset = offsetMs;
  return {
    now: () => new Date(realNow() + offset),
    set: (instant) => {
      offset = offsetTo(instant, realNow);
      onSet?.(offset);
    },
  };
}

/** A clock in memory only: it starts at `start` ("system": the real clock) each time it is created. */
export function createClock(start: string, realNow: () => number = Date.now): SandboxClock {
  return clockAt(start === 'system' ? 0 : offsetTo(start, realNow), realNow);
}

/**
 * The clock kept in the database, so that a restart does not undo an organiser's move (a demo set
 * past the deadline stays past it): it resumes where it ran, as if the server had never stopped.
 * Only a new configured start (another QMI_NOW) starts it afresh.
 */
export function storedClock(db: Db, start: string, realNow: () => number = Date.now): SandboxClock {
  const save = db.prepare(
    `INSERT INTO sandbox_clock (id, start, offset_ms) VALUES (1, ?, ?)
     ON CONFLICT (id) DO UPDATE SET start = excluded.start, offset_ms = excluded.offset_ms`,
  );
  const saved = db.prepare('SELECT start, offset_ms FROM sandbox_clock WHERE id = 1').get() as
    { start: string; offset_ms: number } | undefined;
  let offset = saved?.offset_ms;
  if (saved?.start !== start || offset === undefined) {
    offset = start === 'system' ? 0 : offsetTo(start, realNow);
    save.run(start, offset);
  }
  return clockAt(offset, realNow, (moved) => save.run(start, moved));
}
