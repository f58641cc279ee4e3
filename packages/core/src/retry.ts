/**
 * The one retry policy of the toolkit: which failures are worth another try, how long to wait
 * (capped exponential backoff with equal jitter), and the platform's `Retry-After` honoured. The
 * client, the uploads, the autosave engine and the messages' outbox all wait by these rules, so a
 * platform that comes back after an outage is not met by every tab at the same instant. Which errors are
 * worth another try is in retry-error.ts: the client, which every page loads, imports no error class from here.
 */

export interface BackoffOptions {
  /** The first delay, in milliseconds (default 1000). */
  initialMs?: number | undefined;
  /** The longest delay, in milliseconds (default 30 000). */
  maxMs?: number | undefined;
}

/**
 * The delay before retry number `attempt` (0 for the first retry): `initialMs` doubling at each
 * attempt up to `maxMs`, of which the second half is random ("equal jitter"): retries of many
 * clients spread out, yet none comes back sooner than half the nominal delay.
 */
export function backoffDelay(
  attempt: number,
  { initialMs = 1000, maxMs = 30_000 }: BackoffOptions = {},
  random: () => number = Math.random,
): number {
  const nominal = Math.min(maxMs, initialMs * 2 ** Math.max(0, attempt));
  return nominal / 2 + (random() * nominal) / 2;
}

/** Anything with the `get` of `Headers` (fetch's `Headers`, tus' `HttpResponse.getHeader` wrapped). */
type HeaderSource = { get(name: string): string | null | undefined };

/**
 * What the platform's `Retry-After` asks (RFC 9110 §10.2.3: seconds or an HTTP date), in
 * milliseconds from `now`; undefined when absent or unreadable.
 */
export function retryAfterMs(
  value: HeaderSource | string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  const header = typeof value === 'string' || value == null ? value : value.get('retry-after');
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Statuses worth another try: a timeout (408), a resource locked for a moment (423, an upload
 * another request is writing), too early or too many (425, 429), and the server's failures except
 * "not implemented" and "version not supported", which another try cannot change. 409 and 412 are
 * real conflicts: never retried.
 */
export function isRetryableStatus(status: number): boolean {
  if ([408, 423, 425, 429].includes(status)) return true;
  return status >= 500 && status !== 501 && status !== 505;
}

/**
 * Every retryable status as a list, for libraries that take one (ky's `statusCodes`): the 4xx and
 * 5xx that `isRetryableStatus` accepts.
 */
export const RETRYABLE_STATUSES: readonly number[] = Array.from({ length: 200 }, (_, i) => 400 + i).filter(
  isRetryableStatus,
);
