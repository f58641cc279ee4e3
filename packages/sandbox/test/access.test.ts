import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AuthenticationError, createClient, NotFoundError } from '@qmi/core';
import {
  applicant,
  nextCommune,
  organiser,
  PASSWORD,
  raw,
  rejection,
  startTestSandbox,
  uniqueEmail,
} from './helpers.js';
import { shareWith } from './sharing-helpers.js';

const sandbox = await startTestSandbox();

test('another account gets 404 on a dossier it does not share, whatever the route', async () => {
  const owner = await applicant(sandbox);
  const app = await owner.applications.create('qmi-2', { commune: nextCommune() });
  const stranger = await applicant(sandbox);
  for (const attempt of [
    () => stranger.applications.get(app.id),
    () => stranger.applications.update(app.id, { challenge: { title: 'pirate' } }, { ifMatch: 1 }),
    () => stranger.applications.submit(app.id),
    () => stranger.messages.list(app.id),
    () => stranger.messages.send(app.id, { body: 'bonjour' }),
    () => stranger.documents.list(app.id),
  ]) {
    const error = await rejection(attempt());
    assert.ok(error instanceof NotFoundError, error.message);
    assert.equal(error.code, 'not_found');
  }
  assert.equal((await owner.applications.get(app.id)).challenge, undefined);
});

test('the owner shares the dossier with a colleague, who can then edit it; the owner can take it back', async () => {
  const owner = await applicant(sandbox);
  const app = await owner.applications.create('qmi-2', { commune: nextCommune() });
  const colleagueEmail = uniqueEmail('collegue');
  const colleague = await applicant(sandbox, { email: colleagueEmail });

  await shareWith(sandbox, owner, app.id, colleague);
  const edited = await colleague.applications.update(
    app.id,
    { motivations: { text: 'Ajouté par un collègue' } },
    { ifMatch: 1 },
  );
  assert.equal(edited.revision, 2);
  const listed = await owner.applications.collaborators.list(app.id);
  assert.deepEqual(
    listed.map((c) => [c.email, c.role]),
    [
      [owner.session.account.email, 'owner'],
      [colleagueEmail, 'editor'],
    ],
  );

  // Only the owner manages sharing.
  const notOwner = await rejection(colleague.applications.invitations.create(app.id, { email: uniqueEmail() }));
  assert.equal(notOwner.status, 403);
  // An address without an account is invited like any other: the answer never says who has an account.
  const unknown = await owner.applications.invitations.create(app.id, { email: uniqueEmail('inconnu') });
  assert.equal(unknown.status, 'pending');

  await owner.applications.collaborators.remove(app.id, colleague.session.account.id);
  assert.ok((await rejection(colleague.applications.get(app.id))) instanceof NotFoundError);
});

test('sign-in, sign-out and wrong credentials', async () => {
  const email = uniqueEmail();
  await applicant(sandbox, { email });
  // Signing up again with a known address (in other capitals) says nothing of it: its owner is e-mailed instead.
  assert.deepEqual(
    await createClient({ baseUrl: sandbox.url }).auth.signUp({ email: email.toUpperCase(), password: PASSWORD }),
    { status: 'email_sent' },
  );

  const wrong = await rejection(
    createClient({ baseUrl: sandbox.url }).auth.signIn({ email, password: 'pas le bon mot de passe' }),
  );
  assert.ok(wrong instanceof AuthenticationError);
  assert.equal(wrong.code, 'invalid_credentials');
  const nobody = await rejection(
    createClient({ baseUrl: sandbox.url }).auth.signIn({ email: uniqueEmail('personne'), password: PASSWORD }),
  );
  assert.equal(nobody.code, 'invalid_credentials');

  const client = createClient({ baseUrl: sandbox.url });
  const session = await client.auth.signIn({ email, password: PASSWORD });
  assert.equal((await client.auth.me()).email, email);
  await client.auth.signOut();
  const after = await raw(sandbox, 'GET', '/v1/me', { token: session.token });
  assert.equal(after.status, 401);
  assert.equal(after.headers.get('www-authenticate'), 'Bearer realm="qmi"');
});

test('a short password is refused at sign-up with a field error', async () => {
  const error = await rejection(
    createClient({ baseUrl: sandbox.url }).auth.signUp({ email: uniqueEmail(), password: 'court' }),
  );
  assert.equal(error.status, 422);
  assert.deepEqual(
    error.fieldErrors.map((e: { path: string }) => e.path),
    ['password'],
  );
});

test('organiser-only routes refuse applicants; sign-up never makes an organiser', async () => {
  const agent = await applicant(sandbox);
  assert.equal(agent.session.account.role, 'applicant');
  const clock = await raw(sandbox, 'PUT', '/v1/sandbox/clock', {
    token: agent.session.token,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ now: '2030-01-01T00:00:00Z' }),
  });
  assert.equal(clock.status, 403);
  const org = await organiser(sandbox);
  assert.equal((await org.auth.me()).role, 'organiser');
  const create = await rejection(org.applications.create('qmi-2', { commune: nextCommune() }));
  assert.equal(create.status, 403);
});
