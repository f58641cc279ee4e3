import { errorFor } from '../client/error-for.js';
import { ApiError } from '../client/api-errors.js';
import { ConnectionError } from '../client/errors.js';
import { isRetryableStatus } from '../retry.js';
import { loadedProblem } from '../client/problem-schema.js';
import { validateNow } from '../client/lazy-schema.js';
import type { Problem } from '../schemas/problem.js';
import type { TusFailure } from './engine.js';
import { UploadReadError } from './input.js';

/**
 * What a failed tus request means for the upload: retried or not, a refusal or not, and the typed error
 * it is. Judged here, on the page's side, not in the engine: the engine (loaded on demand) then shares
 * no module with the page's first code (see readers.ts).
 */

/**
 * The platform's problem+json in a tus answer, if it is one. Its schema was loaded with the engine
 * (uploads.ts), before any tus request could fail.
 */
function problemOf(body: string): Problem | undefined {
  const schema = loadedProblem();
  if (!schema) return undefined;
  try {
    const parsed = validateNow(schema, JSON.parse(body));
    return parsed?.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Network faults and the statuses of the retry policy (423 while another request writes the upload,
 * 429, 5xx…) are retried. A 409 only when it is tus's offset conflict (the client then asks the offset
 * again): the platform's other 409s (the kind already full, the call closed) are refusals. A file that
 * could not be read is not retried either: it will not read better.
 */
export const shouldRetry = (failure: TusFailure): boolean => {
  if (failure.cause instanceof UploadReadError) return false;
  const status = failure.status ?? 0;
  if (status === 409) {
    const code = problemOf(failure.body)?.code;
    return code === undefined || code === 'upload_offset_mismatch';
  }
  return status === 0 || isRetryableStatus(status);
};

/** An answer of the platform that retrying the same upload cannot change. 401 asks to sign in again, then retry. */
export const isRefusal = (error: Error): error is ApiError =>
  error instanceof ApiError &&
  error.status >= 400 &&
  error.status < 500 &&
  error.status !== 401 &&
  !isRetryableStatus(error.status) &&
  error.code !== 'upload_offset_mismatch';

/**
 * The tus client's error as what really happened: the platform's answer (its problem+json as a typed
 * `ApiError`), no answer at all (`ConnectionError`), or a local fault, passed on as it is (the file
 * could not be read, the browser's storage failed).
 */
export function toUploadError(failure: TusFailure): Error {
  if (!failure.detailed) return failure.error;
  if (failure.cause instanceof UploadReadError) return failure.cause;
  const { status } = failure;
  if (status === undefined) {
    return failure.sent
      ? new ConnectionError('The upload could not reach the platform.', { cause: failure.error })
      : failure.error;
  }
  const headers = new Headers();
  for (const name of ['x-request-id', 'retry-after']) {
    const value = failure.header(name);
    if (value) headers.set(name, value);
  }
  // A tus 412 carries no dossier: the error without a `current` schema.
  return errorFor(
    problemOf(failure.body) ?? {
      type: 'about:blank',
      title: failure.body || `HTTP ${status}`,
      status,
      code: 'http_error',
    },
    headers,
  );
}

/** A file that could not be read (removed or changed on disk after it was picked). */
export const readError = (cause: unknown): Error =>
  new UploadReadError(`The file could not be read: ${cause instanceof Error ? cause.message : String(cause)}`, {
    cause,
  });
