import type { Context } from 'hono';
import type { AppEnv } from './env.js';
import { ProblemError, say } from './problem.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** Cursors are opaque to clients: today the position of the last item, tomorrow anything else. */
export const encodeCursor = (seq: number): string => Buffer.from(`s:${seq}`).toString('base64url');

export function decodeCursor(c: Context<AppEnv>, cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  const match = /^s:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match)
    throw new ProblemError('invalid_request', {
      detail: say(c, 'Curseur de pagination invalide.', 'Invalid pagination cursor.'),
    });
  return Number(match[1]);
}

export function pageLimit(c: Context<AppEnv>, raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_PAGE_SIZE;
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new ProblemError('validation_failed', {
      errors: [
        {
          path: 'limit',
          code: 'too_big',
          message: say(c, `Entre 1 et ${MAX_PAGE_SIZE}.`, `Between 1 and ${MAX_PAGE_SIZE}.`),
        },
      ],
    });
  }
  return limit;
}
