import type { Download } from '@qmi/core';

/** How long an object URL lives after its click: long enough for the browser to start saving it. */
const REVOKE_AFTER_MS = 10_000;

/**
 * Saves a file the platform answered (an export, a ZIP, a receipt) as the browser's download, under
 * the name the platform suggested (`fallback` otherwise). The file was fetched with the bearer token,
 * so a plain link to the route would not do: the page holds the bytes and hands them over through an
 * object URL. Answers the file name used.
 */
export function saveDownload(file: Download, fallback: string): string {
  const filename = file.filename ?? fallback;
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  return filename;
}
