import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DocumentKindRule } from '@qmi/core';
import {
  checkDocumentFile,
  checkDocumentLimits,
  documentFiles,
  dossierDocuments,
  mediaTypeOfName,
  type DossierDocuments,
} from '../src/index.js';
import { CALL, completeApplication, doc, NOW } from './fixtures.js';

/** One file judged before a byte is sent: the same function the platform calls at upload and a page may call at pick. */
const MiB = 1024 * 1024;
const kind = (id: string): DocumentKindRule => CALL.documentKinds.find((candidate) => candidate.id === id)!;
const empty: DossierDocuments = { count: 0, totalBytes: 0, partnerIds: [] };
const judged = (
  kindId: string,
  file: { name: string; size: number; partnerId?: string },
  dossier: Partial<DossierDocuments> = {},
) =>
  (['fr', 'en'] as const).map((lang) => {
    const refusal = checkDocumentFile(CALL, kind(kindId), file, { ...empty, ...dossier }, lang);
    return refusal && { code: refusal.code, rule: refusal.rule, message: refusal.message, extra: refusal.extra };
  });

describe('checkDocumentFile', () => {
  test('a file within every rule of its kind passes', () => {
    assert.deepEqual(judged('mayor_letter', { name: 'Lettre du maire.PDF', size: 10 * MiB }), [undefined, undefined]);
    assert.deepEqual(
      judged('partner_support', { name: 'soutien.jpeg', size: 1000, partnerId: 'p1' }, { partnerIds: ['p1'] }),
      [undefined, undefined],
    );
  });

  test('a format the kind does not take, judged on the name’s extension, lists the accepted formats', () => {
    const [fr, en] = judged('mayor_letter', { name: 'lettre.docx', size: 1000 });
    assert.deepEqual(fr, {
      code: 'document_type_not_accepted',
      rule: 'documents.type',
      message: 'Formats acceptés pour ce document : PDF.',
      extra: { acceptedTypes: ['application/pdf'] },
    });
    assert.equal(en!.message, 'Accepted formats for this document: PDF.');
    assert.equal(
      judged('sector_sheet', { name: 'budget', size: 10 })[0]!.message,
      'Formats acceptés pour ce document : PDF, ODT, DOCX, JPEG, PNG.',
    );
    assert.equal(judged('sector_sheet', { name: 'budget.csv', size: 10 })[1]!.code, 'document_type_not_accepted');
  });

  test('a file over its kind’s size says the maximum in the reader’s unit', () => {
    const [fr, en] = judged('mayor_letter', { name: 'lettre.pdf', size: 10 * MiB + 1 });
    assert.deepEqual(fr, {
      code: 'document_too_large',
      rule: 'documents.size',
      message: 'Taille maximale pour ce document : 10 Mo.',
      extra: { maxSizeBytes: 10 * MiB, sizeBytes: 10 * MiB + 1 },
    });
    assert.equal(en!.message, 'Maximum size for this document: 10 MB.');
    const odd: DocumentKindRule = { ...kind('mayor_letter'), maxSizeBytes: 10.5 * MiB };
    assert.equal(
      checkDocumentFile(CALL, odd, { name: 'a.pdf', size: 11 * MiB }, empty, 'fr')!.message,
      'Taille maximale pour ce document : 10,5 Mo.',
    );
    assert.equal(
      checkDocumentFile(CALL, odd, { name: 'a.pdf', size: 11 * MiB }, empty, 'en')!.message,
      'Maximum size for this document: 10.5 MB.',
    );
  });

  test('a kind already full refuses one more file', () => {
    const [fr, en] = judged('mayor_letter', { name: 'lettre.pdf', size: 1000 }, { count: 1 });
    assert.deepEqual(fr, {
      code: 'document_limit_reached',
      rule: 'documents.count',
      message: 'Ce document accepte 1 fichier(s) au plus : supprimez-en un pour le remplacer.',
      extra: { maxCount: 1 },
    });
    assert.equal(en!.message, 'This document takes at most 1 file(s): delete one to replace it.');
    assert.deepEqual(judged('sector_sheet', { name: 'fiche.pdf', size: 1000 }, { count: 4 }), [undefined, undefined]);
  });

  test('a file that would take the dossier over its total is refused, saying what is used', () => {
    const [fr, en] = judged('sector_sheet', { name: 'fiche.pdf', size: 1001 }, { totalBytes: 200 * MiB - 1000 });
    assert.deepEqual(fr, {
      code: 'document_total_exceeded',
      rule: 'documents.total-size',
      message: 'Les documents d’un dossier ne peuvent dépasser 200 Mo au total.',
      extra: { maxTotalDocumentBytes: 200 * MiB, usedBytes: 200 * MiB - 1000 },
    });
    assert.equal(en!.message, 'An application’s documents may not exceed 200 MB in total.');
    assert.deepEqual(judged('sector_sheet', { name: 'fiche.pdf', size: 1000 }, { totalBytes: 200 * MiB - 1000 }), [
      undefined,
      undefined,
    ]);
  });

  test('a per-partner document names one of the declared partners', () => {
    const [fr, en] = judged('partner_support', { name: 'soutien.pdf', size: 1000 }, { partnerIds: ['p1', 'p2'] });
    assert.deepEqual(fr, {
      code: 'partner_unknown',
      rule: 'documents.partner-link',
      message: 'Ce document doit être rattaché à un partenaire déclaré (partnerId).',
      extra: { partners: ['p1', 'p2'] },
    });
    assert.equal(en!.message, 'This document must be tied to a declared partner (partnerId).');
    assert.equal(
      judged('partner_support', { name: 'soutien.pdf', size: 1000, partnerId: 'p3' }, { partnerIds: ['p1'] })[0]!.code,
      'partner_unknown',
    );
  });

  test('several faults: the one the platform answers first (size, count, total, partner, then format)', () => {
    const codes = (file: { name: string; size: number; partnerId?: string }, dossier: Partial<DossierDocuments>) =>
      judged('partner_support', file, dossier)[0]?.code;
    assert.equal(codes({ name: 'a.docx', size: 11 * MiB }, { count: 30, totalBytes: 200 * MiB }), 'document_too_large');
    assert.equal(codes({ name: 'a.docx', size: 1000 }, { count: 30, totalBytes: 200 * MiB }), 'document_limit_reached');
    assert.equal(codes({ name: 'a.docx', size: 1000 }, { totalBytes: 200 * MiB }), 'document_total_exceeded');
    assert.equal(codes({ name: 'a.docx', size: 1000 }, {}), 'partner_unknown');
    assert.equal(
      codes({ name: 'a.docx', size: 1000, partnerId: 'p1' }, { partnerIds: ['p1'] }),
      'document_type_not_accepted',
    );
  });
});

describe('checkDocumentLimits: the two rules a file on its way can break, since other files arrive meanwhile', () => {
  test('count, then total; neither format nor partner', () => {
    const limits = (dossier: { count: number; totalBytes: number }) =>
      checkDocumentLimits(CALL, kind('mayor_letter'), { size: 1000 }, dossier, 'fr')?.code;
    assert.equal(limits({ count: 0, totalBytes: 0 }), undefined);
    assert.equal(limits({ count: 1, totalBytes: 200 * MiB }), 'document_limit_reached');
    assert.equal(limits({ count: 0, totalBytes: 200 * MiB }), 'document_total_exceeded');
  });
});

describe('the refusal of a file and the issue of a dossier holding it agree', () => {
  test('for every kind, format and size at the limit: refused at upload exactly when the dossier rule reports it', () => {
    const names: Record<string, string> = {
      'application/pdf': 'a.pdf',
      'image/png': 'a.png',
      'image/jpeg': 'a.jpg',
      'application/vnd.oasis.opendocument.text': 'a.odt',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'a.docx',
    };
    for (const rule of CALL.documentKinds) {
      for (const [mediaType, name] of Object.entries(names)) {
        for (const size of [rule.maxSizeBytes, rule.maxSizeBytes + 1]) {
          const partnerId = rule.perPartner ? 'partner-oph' : undefined;
          const refusal = checkDocumentFile(
            CALL,
            rule,
            { name, size, partnerId },
            { count: 0, totalBytes: 0, partnerIds: ['partner-oph'] },
          );
          const application = {
            ...completeApplication(),
            documents: [doc(rule.id, { mediaType, sizeBytes: size, filename: name, partnerId })],
          };
          const reported = documentFiles
            .check({ application, call: CALL, now: NOW, lang: 'fr', territory: undefined })
            .map((finding): string => finding.rule ?? documentFiles.id);
          // A file with several faults is refused for the first (size before format); the dossier lists them all.
          assert.equal(refusal === undefined, reported.length === 0, `${rule.id} ${name} ${size}`);
          if (refusal)
            assert.ok(
              reported.includes(refusal.rule),
              `${rule.id} ${name} ${size}: ${refusal.rule} not in ${reported.join(', ')}`,
            );
        }
      }
    }
  });
});

describe('helpers for a page that holds the dossier', () => {
  test('dossierDocuments counts the kind’s files, the bytes of all, and the declared partners', () => {
    const application = completeApplication();
    const held = dossierDocuments(application, 'partner_support');
    assert.equal(held.count, application.partners!.length);
    assert.equal(
      held.totalBytes,
      application.documents!.reduce((sum, d) => sum + d.sizeBytes, 0),
    );
    assert.deepEqual(
      held.partnerIds,
      application.partners!.map((partner) => partner.id),
    );
    assert.deepEqual(dossierDocuments({}, 'mayor_letter'), { count: 0, totalBytes: 0, partnerIds: [] });
  });

  test('mediaTypeOfName reads the extension, whatever its case', () => {
    assert.equal(mediaTypeOfName('Lettre.PDF'), 'application/pdf');
    assert.equal(mediaTypeOfName('photo.jpeg'), 'image/jpeg');
    assert.equal(mediaTypeOfName('photo.jpg'), 'image/jpeg');
    assert.equal(mediaTypeOfName('archive.tar.gz'), undefined);
    assert.equal(mediaTypeOfName('sans-extension'), undefined);
  });
});
