import { apiErrorFor, ConnectionError, type Download, Problem, type QmiClient } from '@qmi/core';

/**
 * The platform's address of a document's bytes. The view writes it as the link's `href` (a printed
 * page shows it, and a person with a session on the platform's origin can open it); a click fetches
 * it with the bearer token instead, since a plain link cannot carry one.
 */
export const documentUrl = (base: string, applicationId: string, documentId: string): string =>
  `${base}/v1/applications/${encodeURIComponent(applicationId)}/documents/${encodeURIComponent(documentId)}`;

/** The address of a receipt's PDF (same reasons as `documentUrl`). */
export const receiptUrl = (base: string, applicationId: string, receiptId: string): string =>
  `${base}/v1/applications/${encodeURIComponent(applicationId)}/receipts/${encodeURIComponent(receiptId)}.pdf`;

/**
 * A document's bytes, fetched with the client's token. The client has no method for them (it reads
 * JSON); errors become the client's own (`ApiError` from the problem+json, `ConnectionError` without
 * an answer), so the view words them as every other failure.
 */
export async function fetchDocument(
  client: QmiClient,
  applicationId: string,
  document: { id: string; filename: string },
): Promise<Download> {
  const token = await client.getToken();
  let response: Response;
  try {
    response = await fetch(documentUrl(client.baseUrl, applicationId, document.id), {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
  } catch {
    throw new ConnectionError('No answer from the platform');
  }
  if (!response.ok) {
    const problem = Problem.safeParse(await response.json().catch(() => undefined));
    if (problem.success) throw apiErrorFor(problem.data, response.headers);
    throw new Error(`HTTP ${response.status}`);
  }
  const blob = await response.blob();
  return { blob, filename: document.filename, type: blob.type };
}

/** Hands a file to the browser as a download (an object URL on a temporary link, released soon after). */
export function save(download: Download, fallbackName: string): string {
  const name = download.filename ?? fallbackName;
  const url = URL.createObjectURL(download.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
