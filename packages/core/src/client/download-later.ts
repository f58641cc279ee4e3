import type { Download } from './download.js';
import { AbortError, ConnectionError, QmiError } from './errors.js';
import type { Http } from './http.js';

/**
 * Fetches a file (see download.ts), its code fetched with `import()` when a person asks for one rather
 * than with the page: a download starts on a click, and the elements that only list files (the uploader)
 * never use it. The platform's refusals and aborts are told as for any request; no code (offline, the
 * site down) or a file cut short is a lost connection, as a request that never got an answer.
 */
export const downloadLater = (
  http: Http,
  path: string,
  searchParams?: Record<string, string | undefined>,
  signal?: AbortSignal,
): Promise<Download> =>
  // The browser keeps the module once fetched; a failed fetch is tried again at the next download.
  import('./download.js')
    .then(({ download }) => download(http, path, searchParams, signal))
    .catch((cause: unknown) => {
      throw cause instanceof QmiError
        ? cause
        : signal?.aborted
          ? new AbortError('The request was aborted.', { cause })
          : new ConnectionError('The server could not be reached.', { cause });
    });
