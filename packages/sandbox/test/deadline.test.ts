import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConflictError } from '@qmi/core';
import { exampleDossier } from '@qmi/core/testing';
import {
  applicant,
  CALL_WITHOUT_DOCUMENTS,
  nextCommune,
  organiser,
  raw,
  readyDossier,
  rejection,
  startTestSandbox,
  verifiedAgent,
} from './helpers.js';

test('after the deadline (clock moved past it), creating, saving and submitting a draft answer 409 call_closed', async () => {
  const sandbox = await startTestSandbox();
  // Verified for the commune, so that the deadline alone stops the submission.
  const commune = nextCommune();
  const agent = await verifiedAgent(sandbox, commune);
  const draft = await agent.applications.create('qmi-2', { commune });
  const ready = await agent.applications.update(draft.id, exampleDossier(), { ifMatch: draft.revision });

  // The last second of 12 January 2024 in Paris still counts…
  sandbox.clock.set('2024-01-12T22:59:59.500Z');
  const beforeDeadline = await agent.applications.update(
    draft.id,
    { motivations: { text: 'Dernière retouche' } },
    { ifMatch: ready.revision },
  );

  // …the next one does not. The organisers move the test clock through the API.
  const org = await organiser(sandbox);
  const moved = await raw(sandbox, 'PUT', '/v1/sandbox/clock', {
    token: org.session.token,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ now: '2024-01-13T00:00:00+01:00' }),
  });
  assert.equal(moved.status, 200);
  assert.equal(moved.json.now.slice(0, 19), '2024-01-12T23:00:00');

  for (const attempt of [
    () => agent.applications.create('qmi-2', { commune: nextCommune() }),
    () =>
      agent.applications.update(draft.id, { motivations: { text: 'Trop tard' } }, { ifMatch: beforeDeadline.revision }),
    () => agent.applications.submit(draft.id),
  ]) {
    const error = await rejection(attempt());
    assert.ok(error instanceof ConflictError);
    assert.equal(error.code, 'call_closed');
    assert.equal(
      error.problem.detail,
      'Les candidatures étaient ouvertes jusqu’au 12 janvier 2024 à 23:59:59 (heure de Paris).',
    );
    assert.equal(error.problem.deadline, '2024-01-12T22:59:59Z');
  }
  const kept = await agent.applications.get(draft.id);
  assert.equal(kept.status, 'draft');
  assert.equal(kept.motivations?.text, 'Dernière retouche');
});

test('a dossier submitted in time can still be completed after the deadline when the organisers request changes', async () => {
  const sandbox = await startTestSandbox();
  const commune = nextCommune();
  const agent = await verifiedAgent(sandbox, commune);
  const draft = await agent.applications.create(CALL_WITHOUT_DOCUMENTS.id, { commune });
  const filled = await agent.applications.update(draft.id, readyDossier(), { ifMatch: draft.revision });
  await agent.applications.submit(filled.id);
  sandbox.clock.set('2024-01-20T10:00:00Z');
  const org = await organiser(sandbox);
  const { application } = await org.applications.decide(draft.id, {
    action: 'request_changes',
    fields: ['partners'],
    comment: 'Ajoutez un partenaire.',
  });
  const edited = await agent.applications.update(
    draft.id,
    { motivations: { text: 'Complété à la demande' } },
    { ifMatch: application.revision },
  );
  const resubmitted = await agent.applications.submit(edited.id);
  assert.equal(resubmitted.status, 'submitted');
});

test('before the opening, the refusal says when applications open', async () => {
  const sandbox = await startTestSandbox({ now: '2023-10-01T10:00:00Z' });
  const agent = await applicant(sandbox);
  const error = await rejection(agent.applications.create('qmi-2', { commune: nextCommune() }));
  assert.equal(error.code, 'call_not_open');
  assert.equal(error.problem.detail, 'Les candidatures ouvrent le 23 octobre 2023 à 00:00:00 (heure de Paris).');
});
