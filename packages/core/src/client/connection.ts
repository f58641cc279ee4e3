import type { ConnectionFailure } from './errors.js';

/**
 * Tells a refused CORS grant from a platform that cannot be reached, after a request failed without an
 * answer. A browser hides the difference from scripts (both are a bare "Failed to fetch"); a
 * `no-cors` request needs no grant, so it succeeds (with an opaque answer) when the platform is up and
 * only our origin is refused. Only meaningful in a browser page calling another origin.
 */
export async function diagnoseConnection(baseUrl: string, send: typeof fetch): Promise<ConnectionFailure | undefined> {
  const page = (globalThis as { location?: { origin?: string } }).location?.origin;
  if (!page || page === 'null') return undefined;
  const platform = new URL(baseUrl);
  if (platform.origin === page) return 'unreachable';
  try {
    await send(new URL('v1/time', platform.href.replace(/\/?$/, '/')), {
      mode: 'no-cors',
      cache: 'no-store',
      credentials: 'omit',
    });
    return 'origin_not_allowed';
  } catch {
    return 'unreachable';
  }
}
