import type { ApplicationDraftContent, CallDefinition } from '@qmi/core';
import { createHash, randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { newId } from './ids.js';
import { GREY, PdfWriter } from './receipts/pdf-writer.js';
import type { NewDocument } from './store/documents.js';
import type { UploadStorage } from './uploads/storage.js';

/** A demo file written into the documents' storage, ready to be recorded (NewDocument without the dossier). */
export type DemoDocument = Omit<NewDocument, 'applicationId' | 'uploadedBy'>;

/** One small PDF page saying what the file stands for, and that it is a demo. */
async function demoPdf(title: string, commune: string, detail: string, at: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
    mono: await doc.embedFont(StandardFonts.Courier),
  };
  doc.setTitle(`${title} — ${commune}`);
  doc.setLanguage('fr-FR');
  doc.setCreator('qmi-kit (démonstration)');
  doc.setCreationDate(new Date(at));
  doc.setModificationDate(new Date(at));
  const writer = new PdfWriter(doc, fonts);
  writer.text(title, { font: fonts.bold, size: 16, after: 6 });
  writer.text(`Commune : ${commune}`, { after: 4 });
  writer.text(detail, { after: 10 });
  writer.text('Document de démonstration du bac à sable QMI (npm start). / Sandbox demo document.', { color: GREY });
  return doc.save();
}

/**
 * The files a complete QMI dossier carries, for the demo's seeded dossiers: one per kind's minimum, and
 * one support letter per partner who says they send one. Each is a real PDF (so the documents routes,
 * the ZIP and the receipt treat it as an upload) written where accepted uploads live
 * (`storage.documentPath`), under a fresh key, with its SHA-256 computed from the bytes written.
 */
export async function writeDemoDocuments(
  storage: UploadStorage,
  call: CallDefinition,
  content: Pick<ApplicationDraftContent, 'partners'>,
  communeName: string,
  at: string,
): Promise<DemoDocument[]> {
  const files: Array<{ kind: string; filename: string; title: string; detail: string; partnerId?: string }> = [];
  for (const kind of call.documentKinds) {
    if (kind.perPartner) {
      for (const partner of content.partners ?? []) {
        if (partner.supportLetter !== true) continue;
        files.push({
          kind: kind.id,
          filename: `soutien-${partner.id}.pdf`,
          title: kind.title.fr,
          detail: `Lettre de soutien : ${partner.name ?? partner.id}.`,
          partnerId: partner.id,
        });
      }
      continue;
    }
    for (let n = 1; n <= kind.minCount; n++) {
      files.push({
        kind: kind.id,
        filename: `${kind.id.replace(/_/g, '-')}${kind.minCount > 1 ? `-${n}` : ''}.pdf`,
        title: kind.title.fr,
        detail: kind.description?.fr ?? '',
      });
    }
  }
  const written: DemoDocument[] = [];
  for (const file of files) {
    const bytes = await demoPdf(file.title, communeName, file.detail, at);
    // A key of the same shape as tus's upload ids (the storage refuses any other).
    const storageKey = randomBytes(16).toString('hex');
    await writeFile(storage.documentPath(storageKey), bytes);
    written.push({
      id: newId('doc'),
      kind: file.kind,
      filename: file.filename,
      mediaType: 'application/pdf',
      sizeBytes: bytes.byteLength,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      partnerId: file.partnerId,
      storageKey,
      uploadedAt: at,
    });
  }
  return written;
}
