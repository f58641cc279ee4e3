import type { CallDate } from '@qmi/core';

/** Where a step stands against now. */
export type Position = 'past' | 'current' | 'future';

/**
 * The first and last instants a date covers: a month-precision date covers its whole month (bounds
 * taken in UTC: an hour's difference does not matter for placing "now" in a month).
 */
export function span(date: CallDate): { from: number; to: number } {
  if (date.precision === 'instant') return { from: Date.parse(date.at), to: Date.parse(date.at) };
  const [year, month] = date.month.split('-').map(Number) as [number, number];
  return { from: Date.UTC(year, month - 1, 1), to: Date.UTC(year, month, 1) - 1 };
}

/** A step from `start` to `end` (or the single date `start`) against the instant `now`. */
export function positionAt(now: Date, start: CallDate, end?: CallDate): Position {
  const at = now.getTime();
  return at < span(start).from ? 'future' : at > span(end ?? start).to ? 'past' : 'current';
}

/**
 * The positions of a call's phases, in order: the current phase is the first that has not ended (the
 * one marked for assistive technology), those before it are past, those after it to come; all past once
 * every phase has ended.
 */
export function phasePositions(now: Date, phases: ReadonlyArray<{ start: CallDate; end: CallDate }>): Position[] {
  const current = phases.findIndex((phase) => positionAt(now, phase.start, phase.end) !== 'past');
  return phases.map((_, index) =>
    current === -1 || index < current ? 'past' : index === current ? 'current' : 'future',
  );
}
