import type { ErrorCode } from '@qmi/core';
import { ERRORS } from '@tus/server';
import { ProblemError } from '../http/problem.js';

type TusError = { status_code: number; body: string };

/**
 * tus-node-server answers its own errors in plain text; the platform answers every error in
 * problem+json with a stable code. The tus error objects are constants, so they are matched by identity.
 */
const BY_TUS_ERROR = new Map<TusError, ErrorCode>([
  [ERRORS.FILE_NOT_FOUND, 'not_found'],
  [ERRORS.FILE_NO_LONGER_EXISTS, 'upload_expired'],
  [ERRORS.INVALID_OFFSET, 'upload_offset_mismatch'],
  [ERRORS.ERR_SIZE_EXCEEDED, 'upload_length_exceeded'],
  [ERRORS.ERR_MAX_SIZE_EXCEEDED, 'document_too_large'],
  [ERRORS.INVALID_LENGTH, 'upload_length_required'],
  // Another request holds the upload (usually the previous PATCH of a client that reconnected): retry.
  [ERRORS.ERR_LOCK_TIMEOUT, 'upload_locked'],
  [ERRORS.ABORTED, 'upload_locked'],
  [ERRORS.UNSUPPORTED_CONCATENATION_EXTENSION, 'tus_extension_unsupported'],
  [ERRORS.UNSUPPORTED_CREATION_DEFER_LENGTH_EXTENSION, 'tus_extension_unsupported'],
  [ERRORS.UNSUPPORTED_EXPIRATION_EXTENSION, 'tus_extension_unsupported'],
]);

/** Statuses tus writes without going through its error hook (header validation). */
const BY_STATUS: Record<number, ErrorCode> = {
  400: 'invalid_request',
  403: 'invalid_request',
  404: 'not_found',
  412: 'tus_resumable_required',
  413: 'upload_length_exceeded',
};

const isTusError = (error: unknown): error is TusError =>
  typeof error === 'object' && error !== null && typeof (error as TusError).status_code === 'number';

/** The problem for anything a tus handler threw; undefined for a real bug (logged and answered 500 by the caller). */
export function problemOfTusError(error: unknown): ProblemError | undefined {
  if (error instanceof ProblemError) return error;
  if (!isTusError(error)) return undefined;
  const code =
    BY_TUS_ERROR.get(error) ??
    BY_STATUS[error.status_code] ??
    (error.status_code >= 500 ? 'internal_error' : 'invalid_request');
  // tus's own text is English only: kept as an extension member, the localised title says the rest.
  return new ProblemError(code, {
    extra: { tusMessage: error.body.trim() },
    ...(code === 'upload_locked' ? { headers: { 'retry-after': '1' } } : {}),
  });
}

/** The problem for a plain-text error response tus wrote itself. */
export const problemOfStatus = (status: number, text: string): ProblemError =>
  new ProblemError(BY_STATUS[status] ?? (status >= 500 ? 'internal_error' : 'invalid_request'), {
    extra: { tusMessage: text.trim() },
  });
