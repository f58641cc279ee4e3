/*
 * The errors the client throws without an answer to read: no answer (`ConnectionError`), too late, aborted,
 * or a 2xx that does not parse. Those of an error answer (`ApiError` and its subclasses, with the table of
 * the platform's codes they check) are in api-errors.ts, which the client loads beside the problem schema
 * (problem-reader.ts), not with the page: a page that shows no error answer (a timeline) never runs them.
 */

/** Base of every error the client throws. */
export class QmiError extends Error {
  override name = 'QmiError';
}

/** No answer reached us: offline, connection refused or reset. Safe requests were already retried. */
export class ConnectionError extends QmiError {
  override name = 'ConnectionError';
  /**
   * Why, when it could be told apart (in a browser, by a second request that needs no CORS grant):
   * `origin_not_allowed` — the platform answers, but not to this page's origin (add the origin to the
   * platform's allow-list, `QMI_ALLOWED_ORIGINS` for the sandbox); `unreachable` — no answer at all
   * (offline, platform down). Undefined when not diagnosed (e.g. in Node).
   */
  reason: ConnectionFailure | undefined;
}

/** Why no answer came, when the client could tell (see `ConnectionError.reason`). */
export type ConnectionFailure = 'origin_not_allowed' | 'unreachable';
export class TimeoutError extends QmiError {
  override name = 'TimeoutError';
}
/** The request was aborted through its AbortSignal. */
export class AbortError extends QmiError {
  override name = 'AbortError';
}
/** The server answered 2xx but the body does not match the schema: a version mismatch, not an HTTP error. */
export class ResponseValidationError extends QmiError {
  override name = 'ResponseValidationError';
  constructor(
    message: string,
    readonly issues: ReadonlyArray<{
      message: string;
      path?: ReadonlyArray<PropertyKey | { key: PropertyKey }> | undefined;
    }>,
  ) {
    super(message);
  }
}
