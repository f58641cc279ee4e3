import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createClient } from '@qmi/core';
import { applicant, nextCommune, PASSWORD, raw, rejection, startTestSandbox, uniqueEmail } from './helpers.js';
import { pdfBytes, tusClient } from './upload-helpers.js';

const sandbox = await startTestSandbox();

/** A dossier of an owner, shared with an editor (a colleague of the same town hall). */
async function sharedDossier() {
  const owner = await applicant(sandbox);
  const application = await owner.applications.create('qmi-2', { commune: nextCommune() });
  const editorEmail = uniqueEmail('editrice');
  const editor = createClient({ baseUrl: sandbox.url });
  const { token } = await editor.auth.signUp({ email: editorEmail, password: PASSWORD });
  await owner.applications.collaborators.add(application.id, { email: editorEmail });
  return { owner, editor, editorToken: token, application };
}

/** A sector sheet uploaded by this account (a kind that takes several files). */
async function uploadBy(token: string, applicationId: string, filename: string): Promise<string> {
  const tus = tusClient(sandbox, token);
  const file = pdfBytes(2_000);
  const created = await tus.create({ applicationId, kind: 'sector_sheet', filename }, file.length);
  assert.equal(created.status, 201, JSON.stringify(created.json));
  const done = await tus.patch(created.url!, 0, file);
  assert.equal(done.status, 204, JSON.stringify(done.json));
  return done.headers.get('qmi-document-id')!;
}

test('an editor cannot withdraw the owner’s dossier: 403 saying the owner’s role is needed, and the dossier stays', async () => {
  const { owner, editor, application } = await sharedDossier();
  const refused = await rejection(editor.applications.withdraw(application.id));
  assert.equal(refused.status, 403);
  assert.equal(refused.code, 'role_required');
  assert.equal(refused.problem.requiredRole, 'owner');
  assert.equal(refused.problem.detail, 'Seul le propriétaire du dossier peut le retirer.');
  assert.equal((await owner.applications.get(application.id)).status, 'draft');
  // The owner may.
  assert.equal((await owner.applications.withdraw(application.id)).status, 'withdrawn');
});

test('an editor deletes the documents they uploaded, never the owner’s; the owner deletes any', async () => {
  const { owner, editorToken, application } = await sharedDossier();
  const ownersSheet = await uploadBy(owner.session.token, application.id, 'fiche-mobilite.pdf');
  const editorsSheet = await uploadBy(editorToken, application.id, 'fiche-sante.pdf');
  const path = (id: string) => `/v1/applications/${application.id}/documents/${id}`;

  const refused = await raw(sandbox, 'DELETE', path(ownersSheet), {
    token: editorToken,
    headers: { 'accept-language': 'en' },
  });
  assert.equal(refused.status, 403);
  assert.equal(refused.json.code, 'role_required');
  assert.equal(refused.json.detail, "Only the dossier's owner may delete this document.");
  assert.equal((await raw(sandbox, 'DELETE', path(editorsSheet), { token: editorToken })).status, 204);

  const anotherOfEditor = await uploadBy(editorToken, application.id, 'fiche-culture.pdf');
  assert.equal((await raw(sandbox, 'DELETE', path(anotherOfEditor), { token: owner.session.token })).status, 204);
  assert.deepEqual(
    (await owner.documents.list(application.id)).map((document) => document.id),
    [ownersSheet],
  );
});

test('an editor cannot share the dossier further: 403 saying the owner’s role is needed', async () => {
  const { editor, application } = await sharedDossier();
  const refused = await rejection(editor.applications.collaborators.add(application.id, { email: uniqueEmail() }));
  assert.equal(refused.status, 403);
  assert.equal(refused.code, 'role_required');
  assert.equal(refused.problem.requiredRole, 'owner');
});
