import type { Operation } from './operations.js';

const FILE = (description: string) => ({ type: 'string', contentMediaType: 'application/pdf', description });

/** The HTTP contract of routes/receipts.ts (issue 16, S4). */
export const RECEIPTS_OPERATIONS: Operation[] = [
  {
    method: 'get',
    path: '/v1/applications/{id}/receipts',
    id: 'listReceipts',
    tag: 'Documents',
    summary:
      'The dossier’s « récépissés de dépôt », one per submission, oldest first: the commune’s people, organisers and the reviewers assigned',
    auth: 'reviewer',
    success: { status: 200, schema: 'Receipt', list: true },
    // 403 conflict_of_interest: a reviewer who declared one.
    errors: [403, 404],
  },
  {
    method: 'get',
    path: '/v1/applications/{id}/receipts/{receiptId}.pdf',
    id: 'getReceiptPdf',
    tag: 'Documents',
    summary:
      'The receipt as a PDF (`Content-Disposition: attachment`, `Cache-Control: no-store`): commune, time of submission in the call’s time zone, who submitted, each document’s SHA-256 and the digest of the content (SHA-256 of its canonical JSON); the PDF’s own SHA-256 is the receipt’s `pdfSha256`',
    auth: 'reviewer',
    success: { status: 200, type: 'application/pdf', inline: FILE('The « récépissé de dépôt », French and English.') },
    errors: [403, 404],
  },
];
