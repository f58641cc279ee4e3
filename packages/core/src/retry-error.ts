/**
 * The retry policy (retry.ts) applied to the client's errors: whether one is worth another try, and how
 * long to wait after it. Apart from retry.ts, whose backoff and statuses the client uses on every page:
 * an import of `ApiError` there would put its class in every page's first load, where the client makes it
 * only when an error answer comes (problem-reader.ts).
 */
import { ApiError } from './client/api-errors.js';
import { ConnectionError, TimeoutError } from './client/errors.js';
import { type BackoffOptions, backoffDelay, isRetryableStatus, retryAfterMs } from './retry.js';

/** Whether a failure may succeed if the same request is sent again: no answer, a timeout, or a retryable status. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof ConnectionError || error instanceof TimeoutError) return true;
  return error instanceof ApiError && isRetryableStatus(error.status);
}

export interface RetryDelayOptions extends BackoffOptions {
  /** The longest `Retry-After` obeyed, in milliseconds (default 60 000); a longer one is capped. */
  maxRetryAfterMs?: number | undefined;
}

/**
 * How long to wait before retry number `attempt` after `error`: the backoff, or the platform's
 * `Retry-After` when it asks for longer (capped by `maxRetryAfterMs`).
 */
export function retryDelay(
  error: unknown,
  attempt: number,
  options: RetryDelayOptions = {},
  now: number = Date.now(),
): number {
  const backoff = backoffDelay(attempt, options);
  const asked = error instanceof ApiError ? retryAfterMs(error.headers, now) : undefined;
  return asked === undefined ? backoff : Math.max(backoff, Math.min(asked, options.maxRetryAfterMs ?? 60_000));
}
