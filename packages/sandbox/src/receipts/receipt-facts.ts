import { type Application, applicationContent, type CallDefinition, type Receipt, wallClock } from '@qmi/core';
import { MGP } from '@qmi/validators';
import { createHash } from 'node:crypto';
import { newId } from '../ids.js';
import { canonicalJson } from './canonical-json.js';
import { renderReceiptPdf } from './receipt-pdf.js';

/** What a receipt states, before its PDF exists. */
export interface ReceiptFacts extends Omit<Receipt, 'pdfSha256'> {
  /** The address of the account that submitted. */
  submittedBy: string;
}

/** A receipt ready to be stored: its facts and the PDF that states them. */
export interface IssuedReceipt extends Receipt {
  submittedBy: string;
  pdf: Uint8Array;
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

export const communeNameOf = (code: string) => MGP.find(code)?.commune.name ?? code;

/**
 * The receipt of `application` as it is submitted at `submittedAt`, its PDF rendered. Each document's
 * SHA-256 is the one the platform computed from its bytes as they arrived (uploads/finish.ts), which
 * never change afterwards; the content's is that of its canonical JSON.
 *
 * pdf-lib renders asynchronously and the submission's transaction (better-sqlite3) cannot wait:
 * the receipt is made BEFORE the transaction, from the revision the submission is checked against,
 * and stored inside it with the new status. Any change to the dossier meanwhile (content or
 * documents, each a new revision) makes the submission fail with 412, so the receipt never describes
 * another revision than the one submitted, and no submission exists without its receipt.
 */
export async function issueReceipt(
  call: CallDefinition,
  application: Application,
  submittedBy: string,
  submittedAt: string,
): Promise<IssuedReceipt> {
  const facts: ReceiptFacts = {
    id: newId('rcp'),
    applicationId: application.id,
    commune: application.commune,
    communeName: communeNameOf(application.commune),
    submittedAt,
    submittedBy,
    contentSha256: sha256(canonicalJson(applicationContent(application))),
    documents: application.documents.map((doc) => ({
      id: doc.id,
      kind: doc.kind,
      name: doc.filename,
      size: doc.sizeBytes,
      sha256: doc.sha256,
    })),
  };
  const pdf = await renderReceiptPdf(facts, call);
  return { ...facts, pdf, pdfSha256: sha256(pdf) };
}

/** "Saint-Maur-des-Fossés" → "saint-maur-des-fosses": for file names any system accepts. */
export const slugOf = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** `recepisse-saint-maur-des-fosses-2023-12-01.pdf`: the commune and the day of submission in the call's time zone. */
export function receiptFilename(receipt: Pick<Receipt, 'communeName' | 'submittedAt'>, call: CallDefinition): string {
  const slug = slugOf(receipt.communeName);
  const day = wallClock(new Date(receipt.submittedAt), call.timeZone);
  const date = `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
  return `recepisse-${slug || 'commune'}-${date}.pdf`;
}
