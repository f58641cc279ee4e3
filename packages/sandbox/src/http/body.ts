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

const refuseTooLarge = (c: Context<AppEnv>): never => {
  throw new ProblemError('payload_too_large', {
    detail: say(c, 'Le corps de la requête dépasse 1 Mo.', 'The request body exceeds 1 MB.'),
    extra: { maxBytes: MAX_JSON_BYTES },
    // The rest of the body is still on the wire: the connection is closed rather than reused with it.
    headers: { connection: 'close' },
  });
};

/** Counts a streamed (chunked) body as it arrives and refuses it as soon as it crosses the limit. */
const countWhileStreaming = bodyLimit({ maxSize: MAX_JSON_BYTES, onError: refuseTooLarge });

/**
 * Refuses a request body over MAX_JSON_BYTES with 413 before anyone reads it whole: unread when its
 * Content-Length says so, while it streams when it is chunked. Wired in front of every route but
 * tus's (app.ts), so neither the routes nor the idempotency layer, which fingerprints the body, ever
 * hold more than the limit; tus bounds its bodies by Upload-Length.
 *
 * The headers decide whenever they can: hono's bodyLimit first asks the request for its body stream,
 * which on Node builds a whole web Request around the socket (a ReadableStream, an AbortSignal, the
 * headers converted again): about 0.2 ms of every request's 1.2 under autosave load (the bench's
 * profile), for a body that Node's parser has already bounded by its Content-Length.
 */
export const limitBody: MiddlewareHandler<AppEnv> = (c, next) => {
  // HTTP/1.1 (RFC 9112 §6.3): a request without Transfer-Encoding has exactly Content-Length bytes
  // of body, none when it has neither; Node's parser refuses a malformed or repeated Content-Length.
  if (c.req.header('transfer-encoding') === undefined) {
    const length = c.req.header('content-length');
    if (length === undefined) return next();
    return Number(length) > MAX_JSON_BYTES ? refuseTooLarge(c) : next();
  }
  return countWhileStreaming(c, next);
};

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
