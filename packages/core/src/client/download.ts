import type { Http } from './http.js';

/** A file the platform answered (an export, a receipt, a ZIP of documents) and the name it suggests. */
export interface Download {
  blob: Blob;
  /** From Content-Disposition (its UTF-8 `filename*` when present). */
  filename: string | undefined;
  type: string;
}

/**
 * Fetches a file (a read, retried like any read) with the bearer token, as a Blob. Reached only through
 * `downloadLater` (download-later.ts), which fetches this module when a person asks for a file and tells
 * a body cut short as a lost connection: no import of its own at run time, so that its chunk in a page's
 * build holds this module alone and moves no shared module into another chunk.
 */
export async function download(
  http: Http,
  path: string,
  searchParams: Record<string, string | undefined> = {},
  signal?: AbortSignal,
): Promise<Download> {
  const response = await http.send({
    method: 'get',
    path,
    searchParams,
    signal,
    raw: true,
    schema: undefined,
    retryable: true,
  });
  const blob = await response.blob();
  return { blob, filename: filenameOf(response.headers.get('content-disposition')), type: blob.type };
}

/** The file name a Content-Disposition header suggests, preferring RFC 5987's UTF-8 form. */
export function filenameOf(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (utf8) {
    try {
      return decodeURIComponent(utf8[1]!.trim());
    } catch {
      // A malformed escape: fall back to the plain name.
    }
  }
  return /filename="([^"]*)"/i.exec(disposition)?.[1];
}
