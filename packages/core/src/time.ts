/*
 * The wire's instant (`Instant`, a zod schema) is in schemas/instant.ts: this module's clock helpers are
 * used by pages (a timeline's calendar file) that must not load zod with them.
 */
export { Instant } from './schemas/instant.js';

/** A clock is injected wherever "now" matters, so that tests and demos can move it. */
export type Clock = () => Date;
/** The device's clock (`new Date()`), the default {@link Clock}. */
export const systemClock: Clock = () => new Date();

/** The wall clock of a time zone at an instant: what a clock on a wall there shows. */
export function wallClock(
  instant: Date,
  timeZone: string,
): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

/** The UTC offset of a time zone at an instant, in minutes (Europe/Paris in January: +60). */
export function timeZoneOffsetMinutes(instant: Date, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

/**
 * The instant at which a wall-clock time ("2024-01-12T23:59:59") happens in a time zone.
 * Call dates are written as the brochure gives them, in the call's zone, and converted once here.
 */
export function zonedTimeToInstant(wallTime: string, timeZone: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(wallTime);
  if (!match) throw new RangeError(`Expected a wall time like 2024-01-12T23:59:59, got "${wallTime}"`);
  const [, y, mo, d, h, mi, s = '0'] = match;
  const asUtc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  // Two passes settle the offset on both sides of a daylight-saving change.
  let instant = asUtc - timeZoneOffsetMinutes(new Date(asUtc), timeZone) * 60000;
  instant = asUtc - timeZoneOffsetMinutes(new Date(instant), timeZone) * 60000;
  return new Date(instant).toISOString().replace('.000Z', 'Z');
}
