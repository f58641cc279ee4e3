import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { checkDocumentFile, MESSAGES, MGP, RULES, type EvaluableApplication, type RuleContext } from '../src/index.js';
import { CALL, completeApplication, doc, NOW } from './fixtures.js';

/**
 * An issue's `rule` is what a reader searches the code for: each rule declares every id it can
 * report (`reports`, its own id first), and each declared id is reached by some bad dossier, has its
 * message in both languages and its line in the table of rules (docs/developers/validators.md).
 */
const MiB = 1024 * 1024;
const changed = (change: (application: EvaluableApplication) => void) => {
  const application = completeApplication();
  change(application);
  return application;
};
const sectors = (count: number, preferred: (index: number) => boolean) =>
  Array.from({ length: count }, (_, i) => ({
    id: `s${i}`,
    name: `S${i}`,
    description: 'Un secteur.',
    preferred: preferred(i),
  }));

/** Dossiers crafted to break each rule, alone or together. */
const BAD: Array<{ application: EvaluableApplication; now?: Date; otherApplicationId?: string }> = [
  { application: changed((a) => delete a.commune) },
  { application: changed((a) => (a.commune = '78646')) },
  { application: changed((a) => (a.commune = '93059')) },
  { application: changed((a) => (a.commune = '92071')) },
  { application: completeApplication(), otherApplicationId: 'app_other' },
  { application: completeApplication(), now: new Date('2023-10-22T21:59:59Z') },
  {
    application: changed((a) => {
      a.challenge!.title = 'x'.repeat(201);
      a.challenge!.description = '';
      a.acknowledgements!.commitments = false;
      a.team!.agent!.email = 'thomas.lef';
    }),
  },
  { application: changed((a) => (a.sectors = [])) },
  { application: changed((a) => (a.sectors = sectors(6, (i) => i === 0))) },
  { application: changed((a) => (a.sectors = sectors(2, () => false))) },
  {
    application: changed((a) => {
      a.documents = [
        doc('mayor_letter', { mediaType: 'image/png', filename: 'lettre.png', sizeBytes: 11 * MiB }),
        doc('mayor_letter', { id: 'second' }),
        doc('partner_support', { partnerId: 'partner-inconnu' }),
      ];
    }),
  },
  {
    application: changed((a) => {
      const big = [1, 2, 3, 4].map((i) => doc('sector_sheet', { id: `big-${i}`, sizeBytes: 19 * MiB }));
      const letters = Array.from({ length: 13 }, (_, i) =>
        doc('partner_support', { id: `letter-${i}`, partnerId: 'partner-oph', sizeBytes: 10 * MiB }),
      );
      a.documents = [...a.documents!, ...big, ...letters];
    }),
  },
];

const declared = RULES.flatMap((rule) => rule.reports);

test('each rule declares its ids, its own first, and no id belongs to two rules', () => {
  for (const rule of RULES) {
    assert.equal(rule.reports[0], rule.id, rule.id);
    assert.equal(new Set(rule.reports).size, rule.reports.length, rule.id);
  }
  assert.equal(new Set(declared).size, declared.length, declared.join(' '));
});

test('every reported id is declared by the rule that reports it, and every declared id is reached', () => {
  const reached = new Set<string>();
  for (const { application, now, otherApplicationId } of BAD) {
    const context: RuleContext = {
      application,
      call: CALL,
      now: now ?? NOW,
      lang: 'fr',
      territory: MGP,
      otherApplicationId,
    };
    for (const rule of RULES) {
      for (const finding of rule.check(context)) {
        const id = finding.rule ?? rule.id;
        assert.ok(rule.reports.includes(id), `${rule.id} reports ${id} without declaring it`);
        reached.add(id);
      }
    }
  }
  assert.deepEqual(
    declared.filter((id) => !reached.has(id)),
    [],
    'declared but never reached',
  );
});

test('every declared id has its message in French and in English, and every message a rule', () => {
  for (const lang of ['fr', 'en'] as const) {
    assert.deepEqual(Object.keys(MESSAGES[lang]).sort(), [...declared].sort(), lang);
  }
});

test('the refusals of a file speak with the ids of the dossier rules', () => {
  const kind = CALL.documentKinds.find((candidate) => candidate.perPartner)!;
  const refusal = checkDocumentFile(
    CALL,
    kind,
    { name: 'a.pdf', size: 1 },
    { count: 0, totalBytes: 0, partnerIds: [] },
  );
  assert.ok(refusal && declared.includes(refusal.rule));
});

test('the table of rules in docs/developers/validators.md lists every declared id', () => {
  const guide = fs.readFileSync(
    fileURLToPath(new URL('../../../docs/developers/validators.md', import.meta.url)),
    'utf8',
  );
  const start = guide.indexOf('| rule | what it checks |');
  assert.ok(start >= 0, 'docs/developers/validators.md has the table of rules');
  const table = guide.slice(start);
  const listed = new Set(
    [...table.slice(0, table.indexOf('\n\n')).matchAll(/`([a-z-]+\.[a-z-]+)`/g)].map((match) => match[1]),
  );
  assert.deepEqual(
    declared.filter((id) => !listed.has(id)),
    [],
  );
});
