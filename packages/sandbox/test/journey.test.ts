import assert from 'node:assert/strict';
import { test } from 'node:test';
import { QMI_2, ValidationError } from '@qmi/core';
import { evaluate } from '@qmi/validators';
import {
  applicant,
  CALL_WITHOUT_DOCUMENTS,
  nextCommune,
  organiser,
  readyDossier,
  rejection,
  startTestSandbox,
  verifiedAgent,
} from './helpers.js';

const sandbox = await startTestSandbox();

test('a commune goes from sign-up to a submitted dossier, and the organisers examine it', async () => {
  const commune = nextCommune();
  // Only an account verified for the commune submits its dossier (issue 15).
  const agent = await verifiedAgent(sandbox, commune);
  const me = await agent.auth.me();
  assert.equal(me.role, 'applicant');

  const call = await agent.calls.get('qmi-2');
  assert.deepEqual(call, QMI_2);

  let application = await agent.applications.create(CALL_WITHOUT_DOCUMENTS.id, { commune });
  assert.equal(application.holdsPlace, true);
  assert.equal(application.status, 'draft');
  assert.equal(application.revision, 1);
  assert.equal(application.commune, commune);

  // The agent writes part of the dossier: incomplete and not-yet-valid values are saved as typed.
  application = await agent.applications.update(
    application.id,
    { challenge: { title: 'Apaiser les abords des écoles' }, team: { agent: { email: 'thomas.lef' } } },
    { ifMatch: application.revision },
  );
  assert.equal(application.revision, 2);
  assert.equal(application.challenge?.title, 'Apaiser les abords des écoles');
  assert.equal(application.team?.agent?.email, 'thomas.lef');

  // Submitting now is refused with the list of what is missing or malformed, by field path.
  const incomplete = await rejection(agent.applications.submit(application.id));
  assert.ok(incomplete instanceof ValidationError);
  assert.equal(incomplete.code, 'incomplete_application');
  const paths = incomplete.fieldErrors.map((e: { path: string }) => e.path);
  assert.ok(paths.includes('team.agent.email'), paths.join());
  assert.ok(paths.includes('partners'), paths.join());
  // The server lists the very issues the browser computes with @qmi/validators.
  const browser = evaluate(application, CALL_WITHOUT_DOCUMENTS, {
    now: new Date('2023-12-01T09:00:00Z'),
    checkWindow: false,
  });
  assert.deepEqual(
    incomplete.issues.map((i: { rule: string; path: string }) => `${i.rule} ${i.path}`),
    browser.issues.filter((i) => i.severity === 'error').map((i) => `${i.rule} ${i.path}`),
  );

  application = await agent.applications.update(
    application.id,
    { ...readyDossier() },
    { ifMatch: application.revision },
  );
  application = await agent.applications.submit(application.id, { ifMatch: application.revision });
  assert.equal(application.status, 'submitted');
  assert.ok(application.submittedAt);

  // A submitted dossier is no longer editable by the commune.
  const locked = await rejection(
    agent.applications.update(application.id, { motivations: { text: 'x' } }, { ifMatch: application.revision }),
  );
  assert.equal(locked.code, 'not_editable');

  // The organisers see it, ask for changes; the commune edits and submits again.
  const org = await organiser(sandbox);
  const submitted = [];
  for await (const item of org.applications.list({ status: 'submitted' })) submitted.push(item.id);
  assert.ok(submitted.includes(application.id));

  const { application: back } = await org.applications.decide(application.id, {
    action: 'request_changes',
    fields: ['partners'],
    comment: 'Précisez le rôle du bailleur.',
  });
  assert.equal(back.status, 'changes_requested');
  application = await agent.applications.update(
    application.id,
    {
      partners: readyDossier().partners.map((p) => ({
        ...p,
        role: 'Met à disposition les pieds d’immeubles et co-anime les ateliers.',
      })),
    },
    { ifMatch: back.revision },
  );
  application = await agent.applications.submit(application.id);
  assert.equal(application.status, 'submitted');

  await org.applications.decide(application.id, { action: 'declare_eligible' });
  const { application: selected } = await org.applications.decide(application.id, { action: 'select' });
  assert.equal(selected.status, 'selected');

  const decisions = await agent.applications.decisions(application.id);
  assert.deepEqual(
    decisions.map((d) => d.action),
    ['request_changes', 'declare_eligible', 'select'],
  );
  assert.equal(decisions[0]!.comment, 'Précisez le rôle du bailleur.');
});

test('a decision that the lifecycle does not allow is refused with 409', async () => {
  const agent = await applicant(sandbox);
  const application = await agent.applications.create('qmi-2', { commune: nextCommune() });
  const org = await organiser(sandbox);
  const error = await rejection(org.applications.decide(application.id, { action: 'select' }));
  assert.equal(error.status, 409);
  assert.equal(error.code, 'invalid_transition');
  const forbidden = await rejection(agent.applications.decide(application.id, { action: 'declare_eligible' }));
  assert.equal(forbidden.status, 403);
});

test('a withdrawn dossier frees the commune for a new one', async () => {
  const commune = nextCommune();
  const agent = await verifiedAgent(sandbox, commune);
  const first = await agent.applications.create('qmi-2', { commune });
  assert.equal(first.holdsPlace, true);
  const withdrawn = await agent.applications.withdraw(first.id);
  assert.equal(withdrawn.status, 'withdrawn');
  const second = await agent.applications.create('qmi-2', { commune });
  assert.notEqual(second.id, first.id);
  assert.equal(second.holdsPlace, true);
});

test('messages go both ways between the commune and the organisers, in order', async () => {
  const agent = await applicant(sandbox);
  const application = await agent.applications.create('qmi-2', { commune: nextCommune() });
  const org = await organiser(sandbox);
  await agent.messages.send(application.id, { body: 'Peut-on joindre un plan du secteur ?' });
  await org.messages.send(application.id, { body: 'Oui, dans la fiche de présentation du secteur.' });
  const thread = await agent.messages.list(application.id);
  assert.deepEqual(
    thread.map((m) => [m.authorRole, m.body]),
    [
      ['applicant', 'Peut-on joindre un plan du secteur ?'],
      ['organiser', 'Oui, dans la fiche de présentation du secteur.'],
    ],
  );
  const empty = await rejection(agent.messages.send(application.id, { body: '   ' }));
  assert.equal(empty.status, 422);
});

test('lists are paginated with an opaque cursor and iterate across pages', async () => {
  const agent = await applicant(sandbox);
  const org = await organiser(sandbox);
  const created = [];
  for (let i = 0; i < 3; i++) {
    const other = await applicant(sandbox);
    created.push((await other.applications.create('qmi-2', { commune: nextCommune() })).id);
  }
  const pages = [];
  for await (const page of org.applications.pages({ limit: 2 })) pages.push(page);
  assert.ok(pages.length >= 2);
  assert.ok(pages.slice(0, -1).every((p) => p.data.length === 2 && p.nextCursor));
  assert.equal(pages.at(-1)!.nextCursor, undefined);
  const all = pages.flatMap((p) => p.data.map((a) => a.id));
  assert.equal(new Set(all).size, all.length);
  for (const id of created) assert.ok(all.includes(id));
  // An applicant only sees their own.
  const mine = [];
  for await (const item of agent.applications.list()) mine.push(item);
  assert.deepEqual(mine, []);
});
