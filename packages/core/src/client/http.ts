import ky, { HTTPError, NetworkError, SchemaValidationError, TimeoutError as KyTimeoutError, type KyInstance, type Options } from 'ky';
import type * as z from 'zod';
import { DEFAULT_LANG, type Lang } from '../lang.js';
import { Problem } from '../schemas/problem.js';
import { AbortError, ApiError, apiErrorFor, ConnectionError, QmiError, ResponseValidationError, TimeoutError } from './errors.js';

export interface ClientOptions {
  /** The platform's URL, e.g. "http://127.0.0.1:8787". */
  baseUrl: string | URL;
  /** A bearer token, or a function that returns the current one (called before every request). */
  token?: string | (() => string | undefined | Promise<string | undefined>) | undefined;
  /** A fetch implementation (defaults to the global one, in Node 20 and browsers alike). */
  fetch?: typeof fetch | undefined;
  /** Language of the server's error titles (Accept-Language). French by default. */
  lang?: Lang | undefined;
  /** Retries of safe, idempotent or precondition-guarded requests. Default: 2 retries, backoff capped at 10 s. */
  retry?: { limit?: number; backoffLimit?: number } | undefined;
  /** Per-attempt timeout in milliseconds (default 15000). */
  timeout?: number | undefined;
}

export interface RequestOptions {
  /** Aborts the request (and its retries). */
  signal?: AbortSignal | undefined;
  /** Lets the request outlive the page (fetch keepalive), for a last save when the tab is hidden or closed. */
  keepalive?: boolean | undefined;
}

export interface CreateOptions extends RequestOptions {
  /** Makes a create safe to retry: the server answers a repeat with the first result. Generated when absent. */
  idempotencyKey?: string | undefined;
}

type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';

export interface Call<S extends z.ZodType | undefined> {
  method: Method;
  path: string;
  json?: unknown;
  contentType?: string;
  headers?: Record<string, string>;
  searchParams?: Record<string, string | number | undefined>;
  schema: S;
  signal?: AbortSignal | undefined;
  keepalive?: boolean | undefined;
  /**
   * Whether repeating the request is harmless: true for reads, deletes, writes guarded by If-Match
   * and creates carrying an Idempotency-Key. Everything else is sent once.
   */
  retryable: boolean;
}

/** Status codes worth another try. 409 and 412 are real conflicts: never retried. */
const RETRY_STATUS = [408, 425, 429, 500, 502, 503, 504];

export class Http {
  private readonly ky: KyInstance;
  private token: ClientOptions['token'];

  constructor(options: ClientOptions) {
    this.token = options.token;
    const retry = options.retry ?? {};
    this.ky = ky.create({
      baseUrl: new URL(String(options.baseUrl).replace(/\/?$/, '/')).href,
      fetch: options.fetch,
      timeout: options.timeout ?? 15_000,
      headers: { 'accept-language': options.lang ?? DEFAULT_LANG },
      retry: {
        limit: retry.limit ?? 2,
        statusCodes: RETRY_STATUS,
        afterStatusCodes: [429, 503],
        maxRetryAfter: 60_000,
        backoffLimit: retry.backoffLimit ?? 10_000,
        jitter: true,
      },
      hooks: {
        // Runs before the first attempt only (ky 2): the token is read once per logical call.
        beforeRequest: [
          async ({ request }) => {
            const token = typeof this.token === 'function' ? await this.token() : this.token;
            if (token) request.headers.set('authorization', `Bearer ${token}`);
          },
        ],
      },
    });
  }

  setToken(token: ClientOptions['token']): void {
    this.token = token;
  }

  getToken(): ClientOptions['token'] {
    return this.token;
  }

  async send<S extends z.ZodType>(call: Call<S>): Promise<z.infer<S>>;
  async send(call: Call<undefined>): Promise<undefined>;
  async send<S extends z.ZodType | undefined>(call: Call<S>): Promise<unknown> {
    const options: Options = {
      method: call.method,
      signal: call.signal,
      ...(call.keepalive ? { keepalive: true } : {}),
      headers: { ...call.headers },
      retry: { methods: call.retryable ? [call.method] : [] },
    };
    if (call.searchParams) {
      options.searchParams = Object.fromEntries(
        Object.entries(call.searchParams).filter((entry): entry is [string, string | number] => entry[1] !== undefined),
      );
    }
    if (call.json !== undefined) {
      options.body = JSON.stringify(call.json);
      (options.headers as Record<string, string>)['content-type'] = call.contentType ?? 'application/json';
    }
    const relative = call.path.replace(/^\//, '');
    try {
      const response = this.ky(relative, options);
      if (!call.schema) {
        await response;
        return undefined;
      }
      return await response.json(call.schema);
    } catch (error) {
      throw toClientError(error, call.signal);
    }
  }
}

function toClientError(error: unknown, signal: AbortSignal | undefined): Error {
  if (error instanceof QmiError) return error;
  if (signal?.aborted) return new AbortError('The request was aborted.', { cause: error });
  if (error instanceof HTTPError) {
    const parsed = Problem.safeParse(error.data);
    const problem = parsed.success
      ? parsed.data
      : { type: 'about:blank', title: error.response.statusText || `HTTP ${error.response.status}`, status: error.response.status, code: 'http_error' };
    return apiErrorFor(problem, error.response.headers);
  }
  if (error instanceof SchemaValidationError) {
    return new ResponseValidationError(`The server's answer does not match the expected schema: ${error.issues[0]?.message ?? ''}`, error.issues);
  }
  if (error instanceof KyTimeoutError) return new TimeoutError('The server did not answer in time.', { cause: error });
  if (error instanceof NetworkError) return new ConnectionError('The server could not be reached.', { cause: error });
  if (error instanceof Error && error.name === 'AbortError') return new AbortError('The request was aborted.', { cause: error });
  return error instanceof Error ? error : new QmiError(String(error));
}

export { ApiError };
