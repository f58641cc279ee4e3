import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluate, type Issue } from '../src/index.js';
import { CALL, completeApplication, NOW } from './fixtures.js';

const errors = (issues: Issue[]) =>
  issues.filter((issue) => issue.severity === 'error').map((issue) => `${issue.rule} ${issue.path}`);

test('a complete dossier of an eligible commune is ready to submit, with no issue at all', () => {
  const report = evaluate(completeApplication(), CALL, { now: NOW });
  assert.deepEqual(report.issues, []);
  assert.equal(report.eligible, true);
  assert.equal(report.complete, true);
  assert.equal(report.readyToSubmit, true);
  assert.ok(
    report.sections.every((section) => section.status === 'completed'),
    JSON.stringify(report.sections),
  );
});

test('an empty dossier lists every missing field and document, each with its path and a French message', () => {
  const report = evaluate({ commune: '93066' }, CALL, { now: NOW });
  assert.equal(report.eligible, true);
  assert.equal(report.complete, false);
  assert.equal(report.readyToSubmit, false);
  const found = errors(report.issues);
  for (const expected of [
    'field.required challenge.title',
    'group.min-items sectors',
    'field.required team.electedOfficial.email',
    'field.required team.agent.lastName',
    'group.min-items partners',
    'field.checkbox-required acknowledgements.commitments',
    'documents.count documents.mayor_letter',
    'documents.count documents.sector_sheet',
    'documents.count documents.partner_support',
  ]) {
    assert.ok(found.includes(expected), expected);
  }
  const title = report.issues.find((issue) => issue.path === 'challenge.title')!;
  assert.equal(title.message, 'Renseignez « Intitulé du défi ».');
  assert.ok(report.sections.every((section) => section.status === 'not_started'));
});

test('messages come in English on request, with the same rule ids', () => {
  const fr = evaluate({ commune: '93066' }, CALL, { now: NOW });
  const en = evaluate({ commune: '93066' }, CALL, { now: NOW, lang: 'en' });
  assert.deepEqual(
    en.issues.map((i) => i.rule),
    fr.issues.map((i) => i.rule),
  );
  assert.equal(en.issues.find((issue) => issue.path === 'challenge.title')!.message, 'Enter “Title of the challenge”.');
  assert.equal(en.sections[0]!.title, 'The applicant commune');
});

test('the task list: not started, in progress, completed per section', () => {
  const application = {
    commune: '93066',
    challenge: { title: 'Rues aux écoles' },
    motivations: { text: 'Parce que.' },
  };
  const sections = Object.fromEntries(evaluate(application, CALL, { now: NOW }).sections.map((s) => [s.id, s]));
  assert.equal(sections.challenge!.status, 'in_progress');
  assert.deepEqual([sections.challenge!.done, sections.challenge!.total], [1, 3]);
  assert.equal(sections.motivations!.status, 'completed');
  assert.equal(sections.team!.status, 'not_started');
  assert.equal(sections.documents!.status, 'not_started');
});

test('the deadline, judged at the exact second in Europe/Paris', () => {
  const lastSecond = evaluate(completeApplication(), CALL, { now: new Date('2024-01-12T22:59:59Z') });
  assert.equal(lastSecond.readyToSubmit, true);
  const late = evaluate(completeApplication(), CALL, { now: new Date('2024-01-12T23:00:00Z') });
  assert.equal(late.eligible, false);
  assert.deepEqual(errors(late.issues), ['call.window-open ']);
  assert.equal(
    late.issues[0]!.message,
    'Les candidatures étaient ouvertes jusqu’au 12 janvier 2024 à 23:59:59 (heure de Paris).',
  );
  // A server that answers the window itself (409) leaves it out.
  assert.equal(
    evaluate(completeApplication(), CALL, { now: new Date('2024-01-13T10:00:00Z'), checkWindow: false }).readyToSubmit,
    true,
  );
});

test('criteria signals are guidance, never a score, and say so', () => {
  const report = evaluate(completeApplication(), CALL, { now: NOW });
  assert.deepEqual(
    report.criteria.map((c) => c.number),
    [1, 2, 3, 4, 5],
  );
  for (const criterion of report.criteria) {
    assert.equal('score' in criterion, false);
    assert.ok(['not_started', 'partial', 'ready'].includes(criterion.status));
  }
  assert.match(report.criteriaNote, /pas une note/);
});
