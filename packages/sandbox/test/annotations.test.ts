import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createClient } from '@qmi/core';
import { ORGANISER, organiser, raw, rejection, startTestSandbox, submittedDossier } from './helpers.js';
import { assignedReviewer } from './review-helpers.js';

const SECOND_ORGANISER = { email: 'accompagnement@parisandco.example', password: 'organiser-password-2' };
const sandbox = await startTestSandbox({ organisers: [ORGANISER, SECOND_ORGANISER] });

test('organisers keep private notes on a dossier, in the order written, each signed by its author', async () => {
  const { application: dossier } = await submittedDossier(sandbox);
  const instructor = await organiser(sandbox);
  const colleague = createClient({ baseUrl: sandbox.url });
  await colleague.auth.signIn(SECOND_ORGANISER);

  const first = await instructor.annotations.create(dossier.id, { text: 'Appeler la mairie pour le budget.' });
  await colleague.annotations.create(dossier.id, { text: 'Partenaire RATP confirmé par téléphone.' });
  assert.equal(first.authorEmail, ORGANISER.email);
  const notes = await colleague.annotations.list(dossier.id);
  assert.deepEqual(
    notes.map((note) => [note.authorEmail, note.text]),
    [
      [ORGANISER.email, 'Appeler la mairie pour le budget.'],
      [SECOND_ORGANISER.email, 'Partenaire RATP confirmé par téléphone.'],
    ],
  );

  // An empty note is refused; only its author deletes a note.
  const empty = await rejection(instructor.annotations.create(dossier.id, { text: '   ' }));
  assert.equal(empty.status, 422);
  const notTheirs = await rejection(colleague.annotations.remove(dossier.id, first.id));
  assert.equal(notTheirs.status, 403);
  await instructor.annotations.remove(dossier.id, first.id);
  assert.deepEqual(
    (await instructor.annotations.list(dossier.id)).map((note) => note.text),
    ['Partenaire RATP confirmé par téléphone.'],
  );
  assert.equal((await rejection(instructor.annotations.remove(dossier.id, first.id))).status, 404);
});

test('neither the commune nor a reviewer of the dossier can read, add or delete its private notes', async () => {
  const { agent: owner, application: dossier } = await submittedDossier(sandbox);
  const instructor = await organiser(sandbox);
  const note = await instructor.annotations.create(dossier.id, { text: 'Vigilance sur le porteur.' });
  const reviewer = await assignedReviewer(sandbox, dossier.id, 'RATP');

  for (const person of [owner, reviewer]) {
    // 404, as for a dossier they cannot see: the answer does not even say that notes exist.
    assert.equal((await rejection(person.annotations.list(dossier.id))).status, 404);
    assert.equal((await rejection(person.annotations.create(dossier.id, { text: 'Tentative' }))).status, 404);
    assert.equal((await rejection(person.annotations.remove(dossier.id, note.id))).status, 404);
  }
  const { status, text } = await raw(sandbox, 'GET', `/v1/applications/${dossier.id}/annotations`, {
    token: owner.session.token,
  });
  assert.equal(status, 404);
  assert.ok(!text.includes('Vigilance'));
  assert.equal((await instructor.annotations.list(dossier.id)).length, 1, 'the note is still there');
});
