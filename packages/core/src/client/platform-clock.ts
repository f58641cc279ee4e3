/**
 * The response header in which the platform states its time, on every answer (ISO 8601, UTC).
 * The standard `Date` header is not readable across origins and has one-second precision; and the
 * sandbox's demo clock is not the real time at all.
 */
export const PLATFORM_TIME_HEADER = 'Qmi-Now';

/** How far the platform's time may drift from the last estimate before listeners are told again. */
const NOTICEABLE_MS = 1000;

/**
 * The platform's time as seen from this device: deadlines and windows are the platform's, never the
 * device's (a town-hall PC whose clock is a day off must still see the call open when it is). The
 * client keeps the offset between the two clocks from every answer it receives; `now()` is the
 * device's clock corrected by that offset, so it keeps running between requests.
 *
 * Event: `change` when the offset is first known, or moves by more than a second (the sandbox's
 * clock was set elsewhere, the device's clock was corrected).
 */
export class PlatformClock extends EventTarget {
  private offsetMs: number | undefined;

  constructor(private readonly deviceNow: () => number = Date.now) {
    super();
  }

  /** Whether an answer of the platform has told its time yet. */
  get known(): boolean {
    return this.offsetMs !== undefined;
  }

  /** Platform time minus device time, in milliseconds (0 until known). */
  get offset(): number {
    return this.offsetMs ?? 0;
  }

  /** The platform's time now (the device's until an answer said otherwise). */
  now(): Date {
    return new Date(this.deviceNow() + this.offset);
  }

  /** Reads the platform's time from an answer's headers; answers without it change nothing. */
  observe(headers: Pick<Headers, 'get'>): void {
    const stated = Date.parse(headers.get(PLATFORM_TIME_HEADER) ?? '');
    if (Number.isNaN(stated)) return;
    const offset = stated - this.deviceNow();
    const changed = this.offsetMs === undefined || Math.abs(offset - this.offsetMs) > NOTICEABLE_MS;
    // Keep the smallest credible change quiet, but always take the newest reading.
    this.offsetMs = offset;
    if (changed) this.dispatchEvent(new Event('change'));
  }
}
