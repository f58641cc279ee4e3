import type * as z from 'zod/mini';
import { Application } from '../schemas/application.js';
import type { Problem } from '../schemas/problem.js';
import { errorFor } from './error-for.js';
import type { ApiError } from './api-errors.js';

/**
 * The typed error for a problem body, as the client makes it from an answer; a 412's `current` member is
 * read as the dossier (`PreconditionFailedError.current`). Apart from errors.ts so that the base client,
 * which every element loads, does not carry the dossier's schema.
 */
export function apiErrorFor(
  problem: Problem,
  headers: Headers,
  currentSchema: z.core.$ZodType = Application,
): ApiError {
  return errorFor(problem, headers, currentSchema);
}
