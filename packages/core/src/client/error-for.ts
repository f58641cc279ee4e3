import type * as z from 'zod/mini';
import type { Problem } from '../schemas/problem.js';
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  PreconditionFailedError,
  PreconditionRequiredError,
  RateLimitError,
  ValidationError,
} from './api-errors.js';

// Apart from api-errors.ts, which the package's root re-exports whole (`export *`): errorFor is the client's
// own, not public (the public one is apiErrorFor, api-error-for.ts). The client loads it with `import()`
// beside the problem schema (problem-reader.ts), so its table of classes is in no page's first load.

const BY_STATUS: Record<number, typeof ApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  412: PreconditionFailedError,
  422: ValidationError,
  428: PreconditionRequiredError,
  429: RateLimitError,
};

/**
 * The typed error for a problem body. `currentSchema`: what a 412's `current` member is (the dossier's
 * schema, for the applications' routes), so `PreconditionFailedError.current` can parse it. The public
 * `apiErrorFor` (api-error-for.ts) defaults it to the dossier's schema.
 */
export function errorFor(problem: Problem, headers: Headers, currentSchema?: z.core.$ZodType): ApiError {
  if (problem.status === 412) return new PreconditionFailedError(problem, headers, currentSchema);
  const ErrorClass = BY_STATUS[problem.status] ?? (problem.status >= 500 ? InternalServerError : ApiError);
  return new ErrorClass(problem, headers);
}
