import type { CreateOptions, Http, RequestOptions } from './http.js';
import type { OutputOf, SchemaRef } from './lazy-schema.js';

/**
 * The request shapes every resource uses, over one `Http`. A resource names its answers' schemas through
 * loaders (`schemasOf`, lazy-schema.ts), so a resource module holds no schema: the schemas come in a chunk
 * loaded beside the element's first request, not with the element.
 */

export type { Output, Schema, SchemaRef } from './lazy-schema.js';

export const etag = (revision: number) => `"${revision}"`;
const newKey = () => globalThis.crypto.randomUUID();

/**
 * The options of an action on a dossier (submit, withdraw, decide…): a create's options and, optionally, the
 * revision the action was decided against.
 */
export interface GuardedOptions extends CreateOptions {
  /** When given, the action fails with 412 if the dossier changed since this revision. */
  ifMatch?: number | undefined;
}

/** A read: safe to retry. */
export const get = <R extends SchemaRef>(http: Http, path: string, schema: R, opts: RequestOptions) =>
  http.send({ method: 'get', path, schema, signal: opts.signal, retryable: true });

/** A read of a `{ data: [...] }` list (its schema: `listOf(item)`, list-schema.ts, in a `*.schemas.ts` module). */
export const getList = <R extends SchemaRef>(http: Http, path: string, list: R, opts: RequestOptions) =>
  get(http, path, list, opts).then((r) => (r as { data: unknown }).data as ItemsOf<R>);

type ItemsOf<R> = OutputOf<R> extends { data: infer T } ? T : never;

/** A create or an action: it carries an Idempotency-Key, generated once and reused by its retries. */
export const post = <R extends SchemaRef>(
  http: Http,
  path: string,
  json: unknown,
  schema: R,
  opts: GuardedOptions,
  current?: SchemaRef,
) =>
  http.send({
    method: 'post',
    path,
    json,
    headers: {
      'idempotency-key': opts.idempotencyKey ?? newKey(),
      ...(opts.ifMatch !== undefined ? { 'if-match': etag(opts.ifMatch) } : {}),
    },
    schema,
    current,
    signal: opts.signal,
    retryable: true,
  });

/** An action sent once (no Idempotency-Key): sign-up, a token from an e-mail, a reset. */
export const once = <R extends SchemaRef>(http: Http, path: string, json: unknown, schema: R, opts: RequestOptions) =>
  http.send({ method: 'post', path, json, schema, signal: opts.signal, retryable: false });

/** A delete: idempotent, so retried. */
export const remove = async (http: Http, path: string, opts: RequestOptions): Promise<void> => {
  await http.send({ method: 'delete', path, schema: undefined, signal: opts.signal, retryable: true });
};
