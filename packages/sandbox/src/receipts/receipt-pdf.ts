import type { CallDefinition, Lang } from '@qmi/core';
import { formatCallInstant } from '@qmi/validators';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { GREY, PdfWriter } from './pdf-writer.js';
import type { ReceiptFacts } from './receipt-facts.js';

/** "1 décembre 2023 à 10:00:00 (heure de Paris)": the call's own time zone, named. */
export function callTime(instant: string, call: CallDefinition, lang: Lang): string {
  const zone =
    call.timeZone === 'Europe/Paris'
      ? { fr: 'heure de Paris', en: 'Paris time' }
      : { fr: `fuseau ${call.timeZone}`, en: `${call.timeZone} time` };
  return `${formatCallInstant(instant, call, lang)} (${zone[lang]})`;
}

const bytesLabel = (size: number) => `${size.toLocaleString('fr-FR')} octets / ${size.toLocaleString('en-GB')} bytes`;

/**
 * The « récépissé de dépôt » as a PDF: what was submitted, when (the platform's clock, in the call's
 * time zone), by whom, and the fingerprints that let anyone check later that a file or the content
 * is the one submitted. French first, English under each line: it goes to people of both languages
 * and to archives, where one document must serve everybody.
 */
export async function renderReceiptPdf(facts: ReceiptFacts, call: CallDefinition): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
    mono: await doc.embedFont(StandardFonts.Courier),
  };
  const commune = `${facts.communeName} (${facts.commune})`;
  doc.setTitle(`Récépissé de dépôt — ${commune}`);
  doc.setSubject(call.title.fr);
  doc.setLanguage('fr-FR');
  doc.setCreator('qmi-kit');
  doc.setProducer('qmi-kit (pdf-lib)');
  // The dates of the submission, not of the rendering: the same facts give the same document.
  doc.setCreationDate(new Date(facts.submittedAt));
  doc.setModificationDate(new Date(facts.submittedAt));

  const w = new PdfWriter(doc, fonts);
  const label = (fr: string, en: string) => {
    w.text(fr, { font: fonts.bold, size: 10, after: 0 });
    w.text(en, { size: 8, color: GREY, after: 1 });
  };
  const hash = (value: string, indent = 0) => w.text(value, { font: fonts.mono, size: 8.5, indent, after: 6 });

  w.text('Récépissé de dépôt', { font: fonts.bold, size: 20, after: 0 });
  w.text('Submission receipt', { size: 12, color: GREY, after: 10 });
  w.text(call.title.fr, { font: fonts.bold, size: 11, after: 0 });
  w.text(call.title.en, { size: 9, color: GREY, after: 4 });
  w.rule();

  label('Commune', 'Commune');
  w.text(commune, { after: 6 });
  label('Déposé le', 'Submitted on');
  w.text(callTime(facts.submittedAt, call, 'fr'), { after: 0 });
  w.text(callTime(facts.submittedAt, call, 'en'), { size: 9, color: GREY, after: 6 });
  label('Déposé par', 'Submitted by');
  w.text(facts.submittedBy, { after: 6 });
  label('Dossier', 'Dossier');
  w.text(facts.applicationId, { font: fonts.mono, size: 9, after: 6 });
  label('Récépissé n°', 'Receipt no.');
  w.text(facts.id, { font: fonts.mono, size: 9, after: 6 });
  label('Empreinte du contenu du dossier (SHA-256)', 'Digest of the dossier’s content (SHA-256)');
  hash(facts.contentSha256);
  w.rule();

  const count = facts.documents.length;
  label(`Documents transmis (${count})`, `Documents submitted (${count})`);
  if (count === 0) w.text('Aucun document. / No document.', { after: 6 });
  for (const [index, document] of facts.documents.entries()) {
    const kind = call.documentKinds.find((candidate) => candidate.id === document.kind)?.title;
    w.gap(2);
    w.text(`${index + 1}. ${document.name}`, { font: fonts.bold, size: 9.5, after: 0 });
    w.text(kind ? `${kind.fr} / ${kind.en}` : document.kind, { size: 8.5, color: GREY, indent: 12, after: 0 });
    w.text(bytesLabel(document.size), { size: 8.5, color: GREY, indent: 12, after: 0 });
    hash(`SHA-256 ${document.sha256}`, 12);
  }
  w.rule();

  label('Vérifier ce récépissé', 'How to check this receipt');
  w.text(
    'L’empreinte SHA-256 d’un fichier l’identifie octet par octet. Pour vérifier qu’une copie est bien le document déposé, calculez son empreinte (Linux : sha256sum fichier ; macOS : shasum -a 256 fichier ; Windows : certutil -hashfile fichier SHA256) et comparez-la à celle imprimée ci-dessus. L’empreinte du contenu est le SHA-256 du JSON canonique (clés triées à tous les niveaux, sans espaces) des réponses du formulaire, telles que l’API de la plateforme les rend pour ce dossier.',
    { size: 9, after: 4 },
  );
  w.text(
    'A file’s SHA-256 identifies it byte for byte. To check that a copy is the document submitted, compute its digest (Linux: sha256sum file; macOS: shasum -a 256 file; Windows: certutil -hashfile file SHA256) and compare it with the one printed above. The content digest is the SHA-256 of the canonical JSON (keys sorted at every level, no spaces) of the form’s answers, as the platform’s API returns them for this dossier.',
    { size: 8.5, color: GREY, after: 8 },
  );
  w.text('Document émis par la plateforme de candidature, à l’heure de la plateforme.', { size: 8, color: GREY });
  w.text('Issued by the application platform, at the platform’s time.', { size: 8, color: GREY });
  w.numberPages((page, of) => `${page} / ${of}`);
  return doc.save();
}
