import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  ApplicationContent,
  ApplicationDraftContent,
  jsonSchemas,
  nextStatus,
  safeParseIn,
  toFieldErrors,
  TRANSITIONS,
} from '../src/index.js';
import { exampleDossier } from '../src/testing/index.js';

test('a draft accepts what an agent typed so far: empty sections and a half-typed e-mail', () => {
  assert.equal(ApplicationDraftContent.safeParse({}).success, true);
  assert.equal(ApplicationDraftContent.safeParse({ team: { agent: { email: 'thomas.lef' } } }).success, true);
  assert.equal(ApplicationDraftContent.safeParse({ challenge: { title: '' } }).success, true);
});

test('a draft still refuses values of the wrong type and unknown fields (a typo must not vanish)', () => {
  const wrongType = ApplicationDraftContent.safeParse({ challenge: { title: 42 } });
  assert.equal(wrongType.success, false);
  assert.deepEqual(
    toFieldErrors(wrongType.error!).map((e) => e.path),
    ['challenge.title'],
  );
  const unknown = ApplicationDraftContent.safeParse({ challenge: { titel: 'x' } });
  assert.equal(unknown.success, false);
  assert.equal(unknown.error!.issues[0]!.code, 'unrecognized_keys');
});

test('a submission needs a complete, well-formed dossier; the example dossier is one', () => {
  assert.equal(ApplicationContent.safeParse(exampleDossier()).success, true);
  const dossier = exampleDossier();
  dossier.team.agent.email = 'thomas.lef';
  const errors = toFieldErrors(ApplicationContent.safeParse(dossier).error!);
  assert.deepEqual(
    errors.map((e) => e.path),
    ['team.agent.email'],
  );
  assert.ok(ApplicationContent.safeParse({}).error!.issues.length >= 8);
});

test('field errors read in French by default and in English on request', () => {
  const fr = safeParseIn(ApplicationContent, { ...exampleDossier(), challenge: { title: 1, description: 'x' } }, 'fr');
  const en = safeParseIn(ApplicationContent, { ...exampleDossier(), challenge: { title: 1, description: 'x' } }, 'en');
  assert.match(fr.error!.issues[0]!.message, /chaîne de caractères attendu/);
  assert.match(en.error!.issues[0]!.message, /expected string/);
});

test('the status lifecycle: who may move a dossier where', () => {
  assert.equal(nextStatus('draft', 'submit', 'applicant'), 'submitted');
  assert.equal(nextStatus('changes_requested', 'submit', 'applicant'), 'submitted');
  assert.equal(nextStatus('submitted', 'request_changes', 'organiser'), 'changes_requested');
  assert.equal(nextStatus('submitted', 'declare_eligible', 'organiser'), 'eligible');
  assert.equal(nextStatus('eligible', 'select', 'organiser'), 'selected');
  assert.equal(nextStatus('eligible', 'reject', 'organiser'), 'not_selected');
  // Applicants cannot decide, organisers cannot submit, and nothing leaves a final status.
  assert.equal(nextStatus('submitted', 'declare_eligible', 'applicant'), undefined);
  assert.equal(nextStatus('draft', 'submit', 'organiser'), undefined);
  assert.equal(nextStatus('draft', 'select', 'organiser'), undefined);
  for (const final of ['selected', 'not_selected', 'ineligible', 'withdrawn'] as const) {
    assert.equal(
      TRANSITIONS.some((t) => t.from.includes(final)),
      false,
      final,
    );
  }
});

test('JSON Schema comes from zod 4 itself and is not empty', () => {
  const schemas = jsonSchemas('#/$defs/') as Record<
    string,
    { type?: string; properties?: Record<string, unknown>; required?: string[] }
  >;
  const application = schemas.Application!;
  assert.equal(application.type, 'object');
  for (const key of ['challenge', 'sectors', 'partners', 'team', 'status', 'revision', 'documents']) {
    assert.ok(application.properties?.[key], `Application.${key}`);
  }
  assert.deepEqual(schemas.ApplicationContent!.required?.includes('challenge'), true);
  assert.match(JSON.stringify(schemas.CallDefinition), /#\/\$defs\/Phase/);
});

test('applicationContent and withContent split and join the editable part and the server-owned fields', async () => {
  const { applicationContent, withContent } = await import('../src/index.js');
  const application = {
    ...exampleDossier(),
    id: 'app_1',
    callId: 'qmi-2',
    commune: '93066',
    status: 'draft' as const,
    revision: 3,
    ownerId: 'acct_1',
    holdsPlace: true,
    documents: [],
    createdAt: '2023-12-01T09:00:00Z',
    updatedAt: '2023-12-01T09:00:00Z',
  };
  const content = applicationContent(application);
  assert.equal('revision' in content, false);
  assert.deepEqual(content, exampleDossier());
  const replaced = withContent(application, { motivations: { text: 'seul champ' } });
  assert.deepEqual(replaced, {
    motivations: { text: 'seul champ' },
    id: 'app_1',
    callId: 'qmi-2',
    commune: '93066',
    status: 'draft',
    revision: 3,
    ownerId: 'acct_1',
    holdsPlace: true,
    documents: [],
    createdAt: '2023-12-01T09:00:00Z',
    updatedAt: '2023-12-01T09:00:00Z',
  });
});

test('the rules’ e-mail pattern is zod’s own, so a rule and a schema never disagree', async () => {
  const z = await import('zod');
  const { EMAIL } = await import('../src/index.js');
  assert.equal(EMAIL.source, z.regexes.email.source);
});
