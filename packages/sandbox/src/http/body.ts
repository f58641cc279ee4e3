import { safeParseIn, toFieldErrors } from '@qmi/core';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type * as z from 'zod';
import { cleanStrings } from './clean-strings.js';
import type { AppEnv } from './env.js';
import { jsonShapeError } from './json-shape.js';
import { ProblemError, say } from './problem.js';

/** Request bodies above this size are refused with 413 while they stream, before anyone reads them whole. */
export const MAX_JSON_BYTES = 1024 * 1024;

/**
 * Counts a request body as it arrives and refuses it with 413 as soon as it crosses MAX_JSON_BYTES,
 * whether or not it declared a Content-Length (a declared one over the limit is refused unread).
 * Wired in front of every route but tus's (app.ts), so neither the routes nor the idempotency layer,
 * which fingerprints the body, ever hold more than the limit; tus bounds its bodies by Upload-Length.
 */
export const limitBody: MiddlewareHandler<AppEnv> = bodyLimit({
  maxSize: MAX_JSON_BYTES,
  onError: (c) => {
    throw new ProblemError('payload_too_large', {
      detail: say(c, 'Le corps de la requête dépasse 1 Mo.', 'The request body exceeds 1 MB.'),
      extra: { maxBytes: MAX_JSON_BYTES },
      // The rest of the body is still on the wire: the connection is closed rather than reused with it.
      headers: { connection: 'close' },
    });
  },
});

/**
 * Reads a JSON body (bounded by limitBody): wrong content type -> 415, not JSON -> 400, nested too
 * deep or too long -> 422 with the path, never a 500.
 * `types` lists the accepted media types (merge-patch routes also take application/json).
 */
export async function readJson(c: Context<AppEnv>, types: readonly string[] = ['application/json']): Promise<unknown> {
  const contentType = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (!types.includes(contentType)) {
    throw new ProblemError('unsupported_media_type', {
      detail: say(c, `Envoyez le corps en ${types.join(' ou ')}.`, `Send the body as ${types.join(' or ')}.`),
      headers: { 'accept-patch': types.join(', ') },
    });
  }
  let value: unknown;
  try {
    value = JSON.parse(await c.req.text());
  } catch (error) {
    throw new ProblemError('malformed_json', { detail: (error as Error).message });
  }
  const shape = jsonShapeError(value, c.get('lang'));
  if (shape) throw new ProblemError('validation_failed', { errors: [shape] });
  // Once, here, so that every route validates and stores clean text (clean-strings.ts says what goes).
  return cleanStrings(value);
}

/** Validates with a schema (@qmi/core's are zod/mini, ours classic zod) in the reader's language: 422 with every field error. */
export function validate<S extends z.core.$ZodType>(c: Context<AppEnv>, schema: S, data: unknown): z.infer<S> {
  const result = safeParseIn(schema, data, c.get('lang'));
  if (!result.success) throw new ProblemError('validation_failed', { errors: toFieldErrors(result.error) });
  return result.data;
}

export async function readBody<S extends z.core.$ZodType>(c: Context<AppEnv>, schema: S): Promise<z.infer<S>> {
  return validate(c, schema, await readJson(c));
}
