import { type DocumentRef, QMI_2 } from '@qmi/core';
import { exampleDossier } from '@qmi/core/testing';
import type { EvaluableApplication } from '../src/index.js';

export const CALL = QMI_2;
export const NOW = new Date('2023-12-01T09:00:00Z');

const MB = 1024 * 1024;
export const doc = (kind: string, extra: Partial<DocumentRef> = {}): DocumentRef => ({
  id: `doc-${kind}-${extra.partnerId ?? extra.filename ?? 'x'}`,
  kind,
  filename: `${kind}.pdf`,
  mediaType: 'application/pdf',
  sizeBytes: 2 * MB,
  sha256: 'a'.repeat(64),
  uploadedAt: '2023-12-01T09:00:00Z',
  ...extra,
});

/** A dossier that passes every rule of the QMI 2 call: form, documents, support letters. */
export function completeApplication(): EvaluableApplication {
  const dossier = exampleDossier();
  return {
    ...dossier,
    commune: '93066',
    documents: [
      doc('mayor_letter'),
      doc('sector_sheet'),
      ...dossier.partners.map((partner) =>
        doc('partner_support', { partnerId: partner.id, filename: `${partner.id}.pdf` }),
      ),
    ],
  };
}
