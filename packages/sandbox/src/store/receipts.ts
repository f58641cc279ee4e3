import type { Receipt } from '@qmi/core';
import type { Db } from '../db/database.js';
import { communeNameOf, type IssuedReceipt } from '../receipts/receipt-facts.js';

interface ReceiptRow {
  id: string;
  application_id: string;
  commune: string;
  submitted_at: string;
  content_sha256: string;
  /** JSON array of ReceiptDocument. */
  documents: string;
  pdf_sha256: string;
}

const toReceipt = (row: ReceiptRow): Receipt => ({
  id: row.id,
  applicationId: row.application_id,
  commune: row.commune,
  communeName: communeNameOf(row.commune),
  submittedAt: row.submitted_at,
  contentSha256: row.content_sha256,
  documents: JSON.parse(row.documents) as Receipt['documents'],
  pdfSha256: row.pdf_sha256,
});

/** The « récépissés de dépôt »: one per submission, never changed, kept with their PDF. */
export function receiptStore(db: Db) {
  const insert = db.prepare(
    `INSERT INTO receipts (id, application_id, submitted_at, content_sha256, documents, pdf, pdf_sha256)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const columns = `r.id, r.application_id, a.commune, r.submitted_at, r.content_sha256, r.documents, r.pdf_sha256
     FROM receipts r JOIN applications a ON a.id = r.application_id`;
  const ofApplication = db.prepare<[string], ReceiptRow>(`SELECT ${columns} WHERE r.application_id = ? ORDER BY r.seq`);
  const one = db.prepare<[string, string], ReceiptRow>(`SELECT ${columns} WHERE r.application_id = ? AND r.id = ?`);
  const pdf = db.prepare<[string, string], { pdf: Buffer }>(
    'SELECT pdf FROM receipts WHERE application_id = ? AND id = ?',
  );
  return {
    add(receipt: IssuedReceipt): Receipt {
      insert.run(
        receipt.id,
        receipt.applicationId,
        receipt.submittedAt,
        receipt.contentSha256,
        JSON.stringify(receipt.documents),
        Buffer.from(receipt.pdf),
        receipt.pdfSha256,
      );
      return toReceipt(one.get(receipt.applicationId, receipt.id)!);
    },
    /** The dossier's receipts, oldest first (one per submission). */
    list: (applicationId: string): Receipt[] => ofApplication.all(applicationId).map(toReceipt),
    get: (applicationId: string, id: string): Receipt | undefined => {
      const row = one.get(applicationId, id);
      return row && toReceipt(row);
    },
    /**
     * The PDF's bytes (read only when downloaded: the list never loads them); undefined once the
     * retention rule dropped it (an empty BLOB: the row and its hashes stay, retention/erase-personal-data.ts).
     */
    pdf: (applicationId: string, id: string): Buffer | undefined => {
      const bytes = pdf.get(applicationId, id)?.pdf;
      return bytes?.length ? bytes : undefined;
    },
  };
}
