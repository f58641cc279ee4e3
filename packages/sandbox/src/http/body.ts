import { safeParseIn, toFieldErrors } from '@qmi/core';
import type { Context } from 'hono';
import type * as z from 'zod';
import type { AppEnv } from './env.js';
import { ProblemError, say } from './problem.js';

/** JSON bodies above this size are refused with 413 before they are parsed. */
export const MAX_JSON_BYTES = 1024 * 1024;

/**
 * Reads a JSON body: wrong content type -> 415, too large -> 413, not JSON -> 400, never a 500.
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
  const declared = Number(c.req.header('content-length') ?? 0);
  if (declared > MAX_JSON_BYTES) throw new ProblemError('payload_too_large');
  const text = await c.req.text();
  if (Buffer.byteLength(text) > MAX_JSON_BYTES) throw new ProblemError('payload_too_large');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ProblemError('malformed_json', { detail: (error as Error).message });
  }
}

/** Validates with a schema in the reader's language: 422 with every field error. */
export function validate<S extends z.ZodType>(c: Context<AppEnv>, schema: S, data: unknown): z.infer<S> {
  const result = safeParseIn(schema, data, c.get('lang'));
  if (!result.success) throw new ProblemError('validation_failed', { errors: toFieldErrors(result.error) });
  return result.data;
}

export async function readBody<S extends z.ZodType>(c: Context<AppEnv>, schema: S): Promise<z.infer<S>> {
  return validate(c, schema, await readJson(c));
}
