import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applicant, nextCommune, organiser, raw, rejection, startTestSandbox, uniqueEmail } from './helpers.js';
import { shareWith } from './sharing-helpers.js';
import { pdfBytes, tusClient } from './upload-helpers.js';

const sandbox = await startTestSandbox();

/** A dossier of an owner, shared with an editor (a colleague of the same town hall) who accepted the invitation. */
async function sharedDossier(commune = nextCommune()) {
  const owner = await applicant(sandbox);
  const application = await owner.applications.create('qmi-2', { commune });
  const editor = await applicant(sandbox, { email: uniqueEmail('editrice') });
  await shareWith(sandbox, owner, application.id, editor);
  return { owner, editor, editorToken: editor.session.token, application };
}

/** An organiser approves this account's claim to represent the commune: it may hold the commune's place. */
async function verifyFor(agent: Awaited<ReturnType<typeof applicant>>, commune: string) {
  const claim = await agent.communeClaims.create({
    commune,
    name: 'Camille Martin',
    townHallRole: 'Chargée de mission',
  });
  await (await organiser(sandbox)).communeClaims.decide(claim.id, { decision: 'approve' });
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

test('an editor cannot invite anyone: 403 saying the owner’s role is needed, and no e-mail leaves', async () => {
  const { owner, editor, application } = await sharedDossier();
  const email = uniqueEmail('ami');
  const refused = await rejection(editor.applications.invitations.create(application.id, { email }));
  assert.equal(refused.status, 403);
  assert.equal(refused.code, 'role_required');
  assert.equal(refused.problem.requiredRole, 'owner');
  assert.equal(refused.problem.yourRole, 'editor');
  assert.equal(refused.problem.detail, 'Seul le propriétaire du dossier peut inviter des éditeurs.');
  assert.deepEqual(sandbox.mail!.messages(email), []);
  // Nor revoke the owner’s invitations.
  const pending = await owner.applications.invitations.create(application.id, { email });
  const revoke = await rejection(editor.applications.invitations.revoke(application.id, pending.id));
  assert.equal(revoke.status, 403);
  assert.equal(revoke.problem.detail, 'Seul le propriétaire du dossier peut annuler une invitation.');
  assert.deepEqual(
    (await editor.applications.invitations.list(application.id)).map((entry) => [entry.email, entry.status]),
    [
      [editor.session.account.email, 'accepted'],
      [email, 'pending'],
    ],
  );
  // Organisers instruct dossiers; they do not choose a commune's team either.
  const byOrganiser = await rejection(
    (await organiser(sandbox)).applications.invitations.create(application.id, { email: uniqueEmail() }),
  );
  assert.equal(byOrganiser.code, 'role_required');
  assert.equal(byOrganiser.problem.yourRole, 'organiser');
});

test('the owner removes an editor, who loses the dossier at once; the history says who did it', async () => {
  const { owner, editor, application } = await sharedDossier();
  await owner.applications.collaborators.remove(application.id, editor.session.account.id);
  assert.equal((await rejection(editor.applications.get(application.id))).status, 404);
  assert.deepEqual(
    (await owner.applications.collaborators.list(application.id)).map((entry) => entry.role),
    ['owner'],
  );
  const removal = (await owner.applications.history(application.id)).find((entry) => entry.action === 'editor_removed');
  assert.equal(removal?.actorId, owner.session.account.id);
  assert.equal(removal?.actorRole, 'owner');
  assert.deepEqual(removal?.details, { accountId: editor.session.account.id });
});

test('an editor leaves the dossier; they cannot remove another editor, and the owner cannot leave', async () => {
  const { owner, editor, application } = await sharedDossier();
  const other = await applicant(sandbox);
  await shareWith(sandbox, owner, application.id, other);

  const refused = await rejection(editor.applications.collaborators.remove(application.id, other.session.account.id));
  assert.equal(refused.status, 403);
  assert.equal(refused.code, 'role_required');
  assert.equal(refused.problem.requiredRole, 'owner');
  assert.equal(refused.problem.detail, 'Seul le propriétaire du dossier peut retirer un éditeur.');

  const ownerLeaving = await rejection(
    owner.applications.collaborators.remove(application.id, owner.session.account.id),
  );
  assert.equal(ownerLeaving.status, 403);
  assert.equal(ownerLeaving.code, 'role_required');
  assert.equal(ownerLeaving.problem.requiredRole, 'editor');
  assert.match(ownerLeaving.problem.detail, /transférez d’abord la propriété/);

  await editor.applications.collaborators.remove(application.id, editor.session.account.id);
  assert.equal((await rejection(editor.applications.get(application.id))).status, 404);
  assert.deepEqual(
    (await owner.applications.collaborators.list(application.id)).map((entry) => entry.email),
    [owner.session.account.email, other.session.account.email],
  );
  const left = (await owner.applications.history(application.id)).find((entry) => entry.action === 'editor_left');
  assert.equal(left?.actorId, editor.session.account.id);
});

test('the owner hands the dossier to an editor: the new owner is told by e-mail, the former owner stays as editor', async () => {
  const { owner, editor, application } = await sharedDossier();
  const transferred = await owner.applications.transferOwnership(application.id, editor.session.account.id);
  assert.equal(transferred.ownerId, editor.session.account.id);
  assert.deepEqual(
    (await editor.applications.collaborators.list(application.id)).map((entry) => [entry.email, entry.role]),
    [
      [editor.session.account.email, 'owner'],
      [owner.session.account.email, 'editor'],
    ],
  );
  const told = await sandbox.mail!.waitFor(editor.session.account.email, /propriétaire/);
  assert.match(
    told.text,
    new RegExp(`${owner.session.account.email.replace(/\./g, '\\.')} vous a transféré la propriété`),
  );
  const entry = (await editor.applications.history(application.id)).find(
    (line) => line.action === 'ownership_transferred',
  );
  assert.deepEqual(entry?.details, { from: owner.session.account.id, to: editor.session.account.id });

  // The former owner is an editor now: withdrawing is no longer theirs, and it is the new owner's.
  const refused = await rejection(owner.applications.withdraw(application.id));
  assert.equal(refused.code, 'role_required');
  const again = await rejection(owner.applications.transferOwnership(application.id, owner.session.account.id));
  assert.equal(again.status, 403);
  assert.equal(again.problem.detail, 'Seul le propriétaire du dossier peut en transférer la propriété.');
  assert.equal((await editor.applications.withdraw(application.id)).status, 'withdrawn');
});

test('ownership goes only to an editor, and a dossier holding the commune’s place only to someone verified for it', async () => {
  const commune = nextCommune();
  const owner = await applicant(sandbox);
  await verifyFor(owner, commune);
  const application = await owner.applications.create('qmi-2', { commune });
  assert.equal(application.holdsPlace, true);

  const stranger = await applicant(sandbox);
  const notEditor = await rejection(owner.applications.transferOwnership(application.id, stranger.session.account.id));
  assert.equal(notEditor.status, 422);

  const editor = await applicant(sandbox);
  await shareWith(sandbox, owner, application.id, editor);
  const unverified = await rejection(owner.applications.transferOwnership(application.id, editor.session.account.id));
  assert.equal(unverified.status, 403);
  assert.equal(unverified.code, 'commune_not_verified');
  assert.equal((await owner.applications.get(application.id)).ownerId, owner.session.account.id);

  await verifyFor(editor, commune);
  const transferred = await owner.applications.transferOwnership(application.id, editor.session.account.id);
  assert.equal(transferred.ownerId, editor.session.account.id);
  assert.equal(transferred.holdsPlace, true);
});
