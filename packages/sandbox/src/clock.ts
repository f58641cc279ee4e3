/**
 * The sandbox's clock for everything the call depends on (deadline, timestamps of dossiers and
 * messages). It starts at a configured instant and runs forward in real time; tests and demos move
 * it with `set`. Session expiry uses the real clock: moving the demo clock must not sign anyone out.
 */
export interface SandboxClock {
  now(): Date;
  set(instant: string | Date): void;
}

export function createClock(start: string, realNow: () => number = Date.now): SandboxClock {
  let offset = 0;
  const set = (instant: string | Date) => {
    const target = new Date(instant).getTime();
    if (Number.isNaN(target)) throw new RangeError(`Not an instant: ${String(instant)}`);
    offset = target - realNow();
  };
  if (start !== 'system') set(start);
  return { now: () => new Date(realNow() + offset), set };
}
