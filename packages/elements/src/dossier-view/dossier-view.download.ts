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
