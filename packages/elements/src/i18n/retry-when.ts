import { type ApiError, type Lang, retryAfterMs } from '@qmi/core';

/**
 * When the platform asked to come back (its `Retry-After`), in the element's language: "dans 1 minute",
 * "in 2 hours". Read from the header rather than the problem's detail, which is in the client's
 * language, not necessarily the element's. Undefined when the platform gave no time.
 */
export function retryWhen(error: ApiError, lang: Lang): string | undefined {
  const ms = retryAfterMs(error.headers);
  if (ms === undefined) return undefined;
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  const format = new Intl.RelativeTimeFormat(lang, { numeric: 'always' });
  if (seconds < 60) return format.format(seconds, 'second');
  if (seconds < 3600) return format.format(Math.ceil(seconds / 60), 'minute');
  return format.format(Math.ceil(seconds / 3600), 'hour');
}
