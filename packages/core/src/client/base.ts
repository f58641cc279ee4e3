import type { Lang } from '../lang.js';
import { Http, type ClientOptions, type RequestOptions } from './http.js';
import { schemasOf } from './lazy-schema.js';

/** Each base's `Http`, for resources composed over it later (`withResources`); out of the client's type. */
const HTTP = new WeakMap<object, Http>();

const PlatformTime = schemasOf(() => import('./lazy/platform-time.schemas.js'))('PlatformTime');

/**
 * What every client has, whatever resources it carries: the platform's URL, the token, the language and
 * the platform's clock. An element that shows a timeline builds this and the calls resource, nothing else.
 */
export function clientBase(http: Http) {
  const base = {
    /** Replaces the bearer token (or the function that supplies it). */
    setToken: (token: ClientOptions['token']) => http.setToken(token),
    /** The current bearer token (for requests made outside the client, such as tus uploads). */
    getToken: async (): Promise<string | undefined> => {
      const token = http.getToken();
      return typeof token === 'function' ? token() : token;
    },
    /** The platform's URL. */
    baseUrl: http.url,
    /**
     * The platform's time, learnt from every answer (`clock.now()`, `clock.known`, a `change` event):
     * what decides whether the call is open, whatever the device's clock says.
     */
    clock: http.clock,
    /** Asks the platform for its time (a cheap public route) and returns it; later answers keep it current. */
    syncClock: async (opts: RequestOptions = {}): Promise<Date> => {
      await http.send({ method: 'get', path: '/v1/time', schema: PlatformTime, signal: opts.signal, retryable: true });
      return http.clock.now();
    },
    /** The language the platform answers in (Accept-Language). */
    get lang(): Lang {
      return http.lang;
    },
    /** Switches the language of the platform's messages for the next requests (a page's `lang` changed). */
    setLang: (lang: Lang) => {
      http.lang = lang;
    },
  };
  HTTP.set(base, http);
  return base;
}

/** The `Http` under a client: its base's, found along the prototypes `withResources` chains. */
function httpOf(client: object): Http {
  for (let o: object | null = client; o; o = Object.getPrototypeOf(o) as object | null) {
    const http = HTTP.get(o);
    if (http) return http;
  }
  throw new TypeError(
    'This client was not made by @qmi/core (createClient or createClientBase): its resources cannot be added.',
  );
}

/**
 * A client without resources (`createClientBase`): the platform's URL, the token, the language and the
 * platform's clock; add resources with `withResources`.
 */
export type ClientBase = ReturnType<typeof clientBase>;

/** A client with no resource yet: compose the ones a page needs with `withResources`. */
export const createClientBase = (options: ClientOptions): ClientBase => clientBase(new Http(options));

/** A resource family (calls, applications, messages…), built over a client's `Http`. */
export type ResourceFactory<R = unknown> = (http: Http) => R;
/** Resource factories by name, as `withResources` takes them (`{ calls: callsResource, … }`). */
export type ResourceFactories = Record<string, ResourceFactory>;
/** The resources a set of factories builds, by name. */
export type ResourcesOf<F extends ResourceFactories> = { [K in keyof F]: ReturnType<F[K]> };

/**
 * The client with these resources too, over the same `Http` (so the same token, language and clock).
 * A client that already has them all (a full `createClient` one) is answered as it is; otherwise a
 * new object inherits the client's base and adds the missing resources.
 */
export function withResources<C extends ClientBase, F extends ResourceFactories>(
  client: C,
  factories: F,
): C & ResourcesOf<F> {
  const missing = Object.keys(factories).filter((name) => !(name in client));
  if (missing.length === 0) return client as C & ResourcesOf<F>;
  const http = httpOf(client);
  const composed = Object.create(client) as Record<string, unknown>;
  for (const name of missing) composed[name] = factories[name]!(http);
  return composed as C & ResourcesOf<F>;
}
