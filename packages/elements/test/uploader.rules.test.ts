import { expect } from '@open-wc/testing';
import type { DocumentKindRule } from '@qmi/core';
import { QMI_2 } from '@qmi/core';
import { loadTranslations, stringsIn } from '../src/i18n/translate.js';
import { formatSize } from '../src/uploader/uploader.messages.js';
import { laterStrings, pickChunk } from '../src/uploader/uploader.pick-chunk.js';
import { pickRefusal, type PickContext } from '../src/uploader/uploader.pick.js';
import { acceptOf, focusCandidates, typeNames } from '../src/uploader/uploader.rules.js';

const kind = (id: string): DocumentKindRule => {
  const found = QMI_2.documentKinds.find((k) => k.id === id);
  if (!found) throw new Error(`no kind ${id} in QMI_2`);
  return found;
};
const file = (name: string, size = 1000) => ({ name, size });
const MB = 1024 * 1024;

describe('the uploader’s rules (pure)', () => {
  const letter = kind('mayor_letter');
  const free: PickContext = {
    maxTotalBytes: QMI_2.maxTotalDocumentBytes,
    activeCount: 0,
    totalBytes: 0,
    partnerIds: [],
    partnerId: '',
  };

  it('names the formats and builds the file input’s accept from types and extensions', () => {
    expect(typeNames(letter)).to.equal('PDF');
    expect(acceptOf(letter)).to.equal('application/pdf,.pdf');
    expect(acceptOf(kind('sector_sheet'))).to.include('image/jpeg,.jpg,.jpeg');
  });

  it('judges a file’s format by its name, in any case, as the platform does', () => {
    expect(pickRefusal(file('lettre.pdf'), letter, free, 'fr')).to.equal(undefined);
    expect(pickRefusal(file('LETTRE.PDF'), letter, free, 'fr')).to.equal(undefined);
    expect(pickRefusal(file('lettre.docx'), letter, free, 'fr')).to.include({
      rule: 'documents.type',
      code: 'document_type_not_accepted',
    });
    expect(pickRefusal(file('lettre'), letter, free, 'fr')?.rule).to.equal('documents.type');
  });

  it('refuses with the platform’s order: size, count, total, partner, then format; its code and words', () => {
    const big = pickRefusal(file('lettre.pdf', letter.maxSizeBytes + 1), letter, free, 'fr');
    expect(big).to.include({
      rule: 'documents.size',
      code: 'document_too_large',
      message: 'Taille maximale pour ce document : 10 Mo.',
    });
    expect(
      pickRefusal(file('x.txt', letter.maxSizeBytes + 1), letter, free, 'fr')?.rule,
      'size before format',
    ).to.equal('documents.size');
    expect(pickRefusal(file('lettre.pdf', letter.maxSizeBytes), letter, free, 'fr')).to.equal(undefined);
    expect(pickRefusal(file('lettre.pdf'), letter, { ...free, activeCount: letter.maxCount }, 'en')).to.include({
      rule: 'documents.count',
      code: 'document_limit_reached',
      message: 'This document takes at most 1 file(s): delete one to replace it.',
    });
    const over = pickRefusal(
      file('lettre.pdf', 2 * MB),
      letter,
      { ...free, totalBytes: QMI_2.maxTotalDocumentBytes - MB },
      'fr',
    );
    expect(over).to.include({ rule: 'documents.total-size', code: 'document_total_exceeded' });
    // A call the page did not give: the total is left to the platform.
    expect(
      pickRefusal(
        file('lettre.pdf', 2 * MB),
        letter,
        { ...free, maxTotalBytes: Number.POSITIVE_INFINITY, totalBytes: QMI_2.maxTotalDocumentBytes },
        'fr',
      ),
    ).to.equal(undefined);
    const perPartner = QMI_2.documentKinds.find((k) => k.perPartner);
    if (!perPartner) throw new Error('QMI_2 has a per-partner kind');
    expect(pickRefusal(file('soutien.pdf'), perPartner, free, 'fr')).to.include({
      rule: 'documents.partner-link',
      code: 'partner_unknown',
    });
    expect(
      pickRefusal(file('soutien.pdf'), perPartner, { ...free, partnerIds: ['p1'], partnerId: 'p2' }, 'fr')?.rule,
      'an undeclared partner',
    ).to.equal('documents.partner-link');
    expect(
      pickRefusal(file('soutien.pdf'), perPartner, { ...free, partnerIds: ['p1'], partnerId: 'p1' }, 'fr'),
    ).to.equal(undefined);
    // A partner chosen for a kind that is not per partner is not sent, so not judged.
    expect(pickRefusal(file('lettre.pdf'), letter, { ...free, partnerId: 'p1' }, 'fr')).to.equal(undefined);
  });

  it('says each refusal in the uploader’s own words, chosen by the rule it breaks', async () => {
    // The words come with the pick chunk; their English is loaded on first use, as an English page does.
    const { refusedWords } = await pickChunk.get();
    const later = laterStrings()!;
    await loadTranslations('en');
    const words = (
      name: string,
      size: number,
      context: Partial<PickContext>,
      lang: 'fr' | 'en' = 'fr',
      rule = letter,
    ) =>
      refusedWords(
        stringsIn(later, lang),
        pickRefusal(file(name, size), rule, { ...free, ...context }, lang)!,
        name,
        rule,
        lang,
        formatSize,
      );
    expect(words('scan.png', 1000, {})).to.equal(
      '« scan.png » n’a pas été envoyé : seuls ces formats sont acceptés : PDF.',
    );
    expect(words('gros.pdf', 11 * MB, {}, 'en')).to.equal(
      '“gros.pdf” was not sent: it is larger than the maximum of 10.0 MB.',
    );
    expect(words('b.pdf', 1000, { activeCount: 1 })).to.equal(
      'Ce document est déjà complet : 1 fichier au plus. Supprimez-en un pour le remplacer.',
    );
    expect(words('b.pdf', 2 * MB, { totalBytes: QMI_2.maxTotalDocumentBytes - MB })).to.equal(
      '« b.pdf » n’a pas été envoyé : les documents du dossier dépasseraient 200,0 Mo au total, la taille maximale autorisée.',
    );
    expect(words('b.pdf', 2 * MB, { totalBytes: QMI_2.maxTotalDocumentBytes - MB }, 'en')).to.equal(
      '“b.pdf” was not sent: the application’s documents would exceed 200.0 MB in total, the maximum allowed.',
    );
    expect(words('s.pdf', 1000, {}, 'fr', kind('partner_support'))).to.equal(
      'Choisissez d’abord le partenaire dont vient ce document.',
    );
  });

  it('moves the focus to the same row, then the document it became, then the next rows, then the previous ones', () => {
    const before = { row: 'item:b', rows: ['doc:1', 'item:a', 'item:b', 'item:c', 'item:d'] };
    expect(focusCandidates(before, new Map(), [])).to.deep.equal(['item:b', 'item:c', 'item:d', 'item:a', 'doc:1']);
    expect(focusCandidates(before, new Map([['item:b', 'doc:2']]), [])).to.deep.equal([
      'item:b',
      'doc:2',
      'item:c',
      'item:d',
      'item:a',
      'doc:1',
    ]);
  });

  it('gives the newest row first when the focus was outside the rows (the picker left)', () => {
    expect(focusCandidates({ row: undefined, rows: [] }, new Map(), ['doc:1', 'item:a'])).to.deep.equal([
      'item:a',
      'doc:1',
    ]);
  });
});
