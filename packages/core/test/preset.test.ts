import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CallDefinition, QMI_2 } from '../src/index.js';

test('the QMI 2 preset is a valid call definition', () => {
  assert.doesNotThrow(() => CallDefinition.parse(QMI_2));
  assert.equal(QMI_2.id, 'qmi-2');
  assert.equal(QMI_2.edition, 2);
  assert.equal(QMI_2.timeZone, 'Europe/Paris');
});

test('dates: applications open 23 Oct 2023 and close 12 Jan 2024 at 23:59:59 Paris time (not the brochure’s 2023 typo)', () => {
  assert.deepEqual(QMI_2.applicationWindow, { opensAt: '2023-10-22T22:00:00Z', deadline: '2024-01-12T22:59:59Z' });
  const milestones = QMI_2.phases[0]!.milestones;
  const byId = Object.fromEntries(milestones.map((m) => [m.id, m]));
  assert.deepEqual(byId['webinar-1']!.start, { precision: 'instant', at: '2023-11-14T08:00:00Z' });
  assert.deepEqual(byId['webinar-2']!.end, { precision: 'instant', at: '2023-11-23T12:30:00Z' });
  assert.equal(byId['webinar-1']!.registration?.email, 'inno-num@metropolegrandparis.fr');
  // The laureates are announced in February 2024: only the month is known, and it is marked so.
  assert.deepEqual(byId.laureates!.start, { precision: 'month', month: '2024-02' });
});

test('the programme after selection runs from February 2024 to February 2026', () => {
  const programme = QMI_2.phases.slice(1);
  assert.deepEqual(
    programme.map((p) => p.id),
    ['framing', 'project-selection', 'experimentation', 'evaluation'],
  );
  assert.deepEqual(programme.at(-1)!.end, { precision: 'month', month: '2026-02' });
});

test('the four document kinds carry the rules of domain.md', () => {
  const kinds = Object.fromEntries(QMI_2.documentKinds.map((k) => [k.id, k]));
  assert.deepEqual(Object.keys(kinds), ['mayor_letter', 'sector_sheet', 'partner_support']);
  assert.deepEqual(
    [kinds.mayor_letter!.minCount, kinds.mayor_letter!.maxCount, kinds.mayor_letter!.acceptedTypes],
    [1, 1, ['application/pdf']],
  );
  assert.equal(kinds.mayor_letter!.maxSizeBytes, 10 * 1024 * 1024);
  assert.equal(kinds.sector_sheet!.maxCount, 5);
  assert.equal(kinds.sector_sheet!.maxSizeBytes, 20 * 1024 * 1024);
  assert.equal(kinds.sector_sheet!.acceptedTypes.length, 5);
  assert.equal(kinds.partner_support!.perPartner, true);
  assert.equal(kinds.partner_support!.maxCount, 30);
  assert.equal(QMI_2.maxTotalDocumentBytes, 200 * 1024 * 1024);
});

test('five criteria, the MGP territory, and the four edition-1 communes excluded with a reason', () => {
  assert.deepEqual(
    QMI_2.criteria.map((c) => c.number),
    [1, 2, 3, 4, 5],
  );
  assert.match(QMI_2.criteria[4]!.title.fr, /Diversité des partenaires/);
  assert.equal(QMI_2.eligibility.territory.siren, '200054781');
  assert.deepEqual(QMI_2.eligibility.excludedCommunes.map((c) => c.code).sort(), ['92048', '92071', '93005', '93051']);
  for (const commune of QMI_2.eligibility.excludedCommunes) {
    assert.match(commune.reason.fr, /1re édition/);
    assert.match(commune.reason.en, /1st edition/);
  }
});

test('every form field has French and English labels, and every path exists in the dossier schema', () => {
  for (const section of QMI_2.formSections) {
    assert.ok(section.title.fr && section.title.en, section.id);
    for (const field of section.fields) {
      assert.ok(field.label.fr && field.label.en, field.path);
      if (field.type === 'group') assert.ok(field.fields?.length, `${field.path} lists its item fields`);
    }
  }
  const paths = QMI_2.formSections.flatMap((s) => s.fields.map((f) => f.path));
  for (const required of [
    'challenge.title',
    'sectors',
    'partners',
    'team.electedOfficial',
    'team.agent',
    'acknowledgements.commitments',
  ]) {
    assert.ok(paths.includes(required), required);
  }
});
