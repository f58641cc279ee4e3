import ky, { HTTPError, TimeoutError as KyTimeoutError, type KyInstance, type Options } from 'ky';
import { DEFAULT_LANG, type Lang, pickLang } from '../lang.js';
import type { Problem } from '../schemas/problem.js';
import { PlatformClock } from './platform-clock.js';
import { AbortError, ConnectionError, QmiError, ResponseValidationError, TimeoutError } from './errors.js';
import { lazyModule, loadSchema, type OutputOf, type Schema, type SchemaRef, validate } from './lazy-schema.js';
import { loadProblemReader } from './problem-schema.js';
import { backoffDelay, RETRYABLE_STATUSES, retryAfterMs } from '../retry.js';

/**
 * A wait the platform asks for (Retry-After) up to this long is done inside the call, unseen; a longer
 * one (a throttle's minute or hour) reaches the caller at once as the 429, whose detail says when:
 * the messages' outbox, the session's sign-in show it and try again themselves, rather than showing
 * "Envoi…" for minutes.
 */
const SILENT_RETRY_AFTER_MS = 10_000;

/**
 * What tells a refused CORS grant from a platform out of reach (connection.ts): fetched when an attempt
 * first gets no answer, so while the retries wait, not with the page (most pages never need it).
 */
const diagnosis = lazyModule(() => import('./connection.js'));

/**
 * The options of `createClient` (and of {@link Http}): where the platform is, how to sign requests, and how
 * long to wait and retry.
 */
export interface ClientOptions {
  /** The platform's URL, e.g. "http://127.0.0.1:8787". */
  baseUrl: string | URL;
  /** A bearer token, or a function that returns the current one (called before every request). */
  token?: string | (() => string | undefined | Promise<string | undefined>) | undefined;
  /** A fetch implementation (defaults to the global one, in Node 20 and browsers alike). */
  fetch?: typeof fetch | undefined;
  /** Language of the server's error titles (Accept-Language). French by default. */
  lang?: Lang | undefined;
  /**
   * Retries of safe, idempotent or precondition-guarded requests. Default: 2 retries, waiting by the
   * toolkit's backoff (from 0.3 s, capped at `backoffLimit`, 10 s) or the platform's `Retry-After`.
   */
  retry?: { limit?: number; backoffLimit?: number } | undefined;
  /** Per-attempt timeout in milliseconds (default 15000). */
  timeout?: number | undefined;
}

/** The options every request method of the client takes. */
export interface RequestOptions {
  /** Aborts the request (and its retries). */
  signal?: AbortSignal | undefined;
  /** Lets the request outlive the page (fetch keepalive), for a last save when the tab is hidden or closed. */
  keepalive?: boolean | undefined;
}

/**
 * The options of a request that creates something: a request's options and the key that makes repeating it
 * harmless.
 */
export interface CreateOptions extends RequestOptions {
  /** Makes a create safe to retry: the server answers a repeat with the first result. Generated when absent. */
  idempotencyKey?: string | undefined;
}

type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';

export interface Call<R extends SchemaRef | undefined> {
  method: Method;
  path: string;
  json?: unknown;
  contentType?: string;
  headers?: Record<string, string>;
  searchParams?: Record<string, string | number | undefined>;
  /**
   * What a 2xx answer must be: a schema, or its loader (`schemasOf`, lazy-schema.ts), called as the request
   * starts so that the schema's chunk and the answer arrive together. Undefined when the body is not read.
   */
  schema: R;
  /**
   * The schema of a 412's `current` member (the dossier as the platform holds it), for the routes that
   * answer one: `PreconditionFailedError.current` parses with it. Given by the resource, so the base
   * client carries no resource's schema.
   */
  current?: SchemaRef | undefined;
  signal?: AbortSignal | undefined;
  keepalive?: boolean | undefined;
  /** Answers the Response itself, body unread (a 204 whose ETag is the answer); errors as for any call. */
  raw?: boolean | undefined;
  /**
   * Whether repeating the request is harmless: true for reads, deletes, writes guarded by If-Match
   * and creates carrying an Idempotency-Key. Everything else is sent once.
   */
  retryable: boolean;
}

/**
 * The client's transport, shared by all its resources: sends a request to the platform with the token, the
 * language and the toolkit's retry policy (only requests that are safe to repeat are retried; never a 409 or
 * a 412), reads the platform's time from every answer, and checks each answer against its schema (a
 * problem+json answer becomes the matching `ApiError`). Resources call `send`; pages rarely need it.
 */
export class Http {
  private readonly ky: KyInstance;
  private token: ClientOptions['token'];
  private readonly baseUrl: string;
  /** The platform's URL as given, without a trailing slash (`client.baseUrl`). */
  readonly url: string;
  private readonly fetchOnce: typeof fetch;
  /** The language of the server's messages, sent as Accept-Language on every request. */
  lang: Lang;
  /** The platform's time, read from every answer (see `PlatformClock`). */
  readonly clock = new PlatformClock();

  constructor(options: ClientOptions) {
    this.token = options.token;
    this.lang = options.lang ?? DEFAULT_LANG;
    const retry = options.retry ?? {};
    // Every answer, error or not, retried or not, tells the platform's time: one fetch wrapper sees them all.
    // The global fetch is looked up at each call, so a page (or a test) that replaces it later is followed.
    const send = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
    this.fetchOnce = send;
    this.url = String(options.baseUrl).replace(/\/+$/, '');
    this.baseUrl = new URL(String(options.baseUrl).replace(/\/?$/, '/')).href;
    const fetchAndObserve: typeof fetch = async (input, init) => {
      let response: Response;
      try {
        response = await send(input, init);
      } catch (error) {
        // fetch rejects with a TypeError when no answer came (offline, refused, reset, CORS): ky retries it
        // like any failure of a retryable request; an abort (DOMException) stays an abort. The diagnosis of
        // such a failure starts loading now, so that it is here when the retries are spent.
        if (error instanceof TypeError) diagnosis().catch(() => undefined);
        throw error instanceof TypeError
          ? new ConnectionError('The server could not be reached.', { cause: error })
          : error;
      }
      this.clock.observe(response.headers);
      return response;
    };
    this.ky = ky.create({
      prefixUrl: this.baseUrl,
      fetch: fetchAndObserve,
      timeout: options.timeout ?? 15_000,
      // The toolkit's one retry policy (retry.ts): its statuses (409 and 412 never), its backoff with
      // its jitter (so ky adds none), and the platform's Retry-After on any of them, capped at a minute.
      retry: {
        limit: retry.limit ?? 2,
        statusCodes: [...RETRYABLE_STATUSES],
        afterStatusCodes: [...RETRYABLE_STATUSES],
        maxRetryAfter: 60_000,
        // ky counts retries from 1, the policy from 0.
        delay: (attemptCount) =>
          backoffDelay(attemptCount - 1, { initialMs: 300, maxMs: retry.backoffLimit ?? 10_000 }),
        jitter: false,
        shouldRetry: ({ error }) =>
          error instanceof HTTPError && (retryAfterMs(error.response.headers) ?? 0) > SILENT_RETRY_AFTER_MS
            ? false
            : undefined,
      },
      hooks: {
        // Runs before every attempt; the token is read once per logical call and its header kept by the retries.
        beforeRequest: [
          async (request, _options, { retryCount }) => {
            if (retryCount > 0) return;
            const token = typeof this.token === 'function' ? await this.token() : this.token;
            if (token) request.headers.set('authorization', `Bearer ${token}`);
          },
        ],
      },
    });
  }

  /**
   * Replaces the bearer token (or the function that returns it) for the requests that follow; `undefined`
   * signs out.
   */
  setToken(token: ClientOptions['token']): void {
    this.token = token;
  }

  /** The bearer token (or the function that returns it) that requests are signed with. */
  getToken(): ClientOptions['token'] {
    return this.token;
  }

  /**
   * Sends one request and answers its body parsed by `call.schema` (or the Response itself with `raw`, or
   * nothing when there is no schema). Retries it only when `call.retryable`; a non-2xx answer rejects with
   * the `ApiError` of its status, no answer with a `ConnectionError`, a body that fails its schema with a
   * `ResponseValidationError` (a timeout with a `TimeoutError`, an abort with an `AbortError`).
   */
  async send(call: Call<undefined> & { raw: true }): Promise<Response>;
  async send<R extends SchemaRef>(call: Call<R>): Promise<OutputOf<R>>;
  async send(call: Call<undefined>): Promise<undefined>;
  async send<R extends SchemaRef | undefined>(call: Call<R>): Promise<unknown> {
    const options: Options = {
      method: call.method,
      signal: call.signal,
      ...(call.keepalive ? { keepalive: true } : {}),
      headers: { 'accept-language': this.lang, ...call.headers },
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
    // ky wants no leading slash with `prefixUrl`: every path is relative to the platform's URL.
    const relative = call.path.replace(/^\//, '');
    // The schemas this answer may need start loading now, beside the request (each module once per page), and
    // with the problem schema the code that makes an error answer's typed error (problem-reader.ts).
    const schema = loadSchema(call.schema);
    const current = loadSchema(call.current);
    const problem = loadProblemReader();
    problem.catch(() => undefined);
    let body: unknown;
    try {
      const response = this.ky(relative, options);
      if (call.raw) return await response;
      if (!call.schema) {
        await response;
        return undefined;
      }
      body = await response.json();
    } catch (error) {
      const failure = await toClientError(error, call.signal, problem, current);
      // No answer, retries spent: say why when a browser lets us tell (this page's origin refused by CORS).
      if (failure instanceof ConnectionError && failure.reason === undefined)
        failure.reason = await diagnosis().then(
          ({ diagnoseConnection }) => diagnoseConnection(this.baseUrl, this.fetchOnce),
          // Its code could not be fetched either: nothing answers this page, not only the platform.
          () => 'unreachable' as const,
        );
      throw failure;
    }
    // A 2xx whose body does not match is a version mismatch, not an HTTP error.
    const parsed = await validate(await loaded(schema!), body);
    if (!parsed.success) {
      throw new ResponseValidationError(
        `The server's answer does not match the expected schema: ${parsed.issues[0]?.message ?? ''}`,
        parsed.issues,
      );
    }
    return parsed.data;
  }
}

export type { Download } from './download.js';

/** The problem+json body of an error answer, or undefined when it has none (a proxy's HTML page). */
async function problemBodyOf(response: Response): Promise<unknown> {
  try {
    return JSON.parse(await response.text());
  } catch {
    return undefined;
  }
}

/**
 * A schema (or the problem's reader) whose load started with the request. If its chunk cannot be fetched
 * (offline, the CDN down), the answer cannot be checked, so it is not returned: the caller sees a connection
 * failure, and the next request tries the load again.
 */
async function loaded<T>(loading: Promise<T>): Promise<T> {
  try {
    return await loading;
  } catch (cause) {
    throw new ConnectionError("The client's schemas could not be loaded.", { cause });
  }
}

async function toClientError(
  error: unknown,
  signal: AbortSignal | undefined,
  problemReader: ReturnType<typeof loadProblemReader>,
  current?: Promise<Schema>,
): Promise<Error> {
  if (signal?.aborted) return new AbortError('The request was aborted.', { cause: error });
  if (error instanceof QmiError) return error;
  if (error instanceof HTTPError) {
    let loads: [Awaited<typeof problemReader>, Schema | undefined];
    try {
      loads = await Promise.all([loaded(problemReader), current && loaded(current)]);
    } catch (failure) {
      return failure as Error;
    }
    const [{ Problem: problemSchema, errorFor }, currentSchema] = loads;
    const parsed = await validate(problemSchema, await problemBodyOf(error.response));
    const problem = parsed.success
      ? (parsed.data as Problem)
      : {
          type: 'about:blank',
          title: error.response.statusText || `HTTP ${error.response.status}`,
          status: error.response.status,
          code: 'http_error',
        };
    const apiError = errorFor(problem, error.response.headers, currentSchema);
    apiError.lang = pickLang(error.request.headers.get('accept-language'));
    return apiError;
  }
  if (error instanceof KyTimeoutError) return new TimeoutError('The server did not answer in time.', { cause: error });
  if (error instanceof Error && error.name === 'AbortError')
    return new AbortError('The request was aborted.', { cause: error });
  return error instanceof Error ? error : new QmiError(String(error));
}
