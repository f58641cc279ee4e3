import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createClient, PLATFORM_TIME_HEADER } from '@qmi/core';
import {
  applicant,
  CALL_WITHOUT_DOCUMENTS,
  emailToken,
  nextCommune,
  ORGANISER,
  PASSWORD,
  raw,
  readyDossier,
  rejection,
  startTestSandbox,
  uniqueEmail,
  verifiedAgent,
} from './helpers.js';
import { shareWith } from './sharing-helpers.js';

const PARTNER = 'https://www.ville-partenaire.example';
const DEMO = { email: 'demo@mairie-saint-denis.example', password: 'la démo de Saint-Denis 2024' };
const sandbox = await startTestSandbox({ allowedOrigins: [PARTNER], demoAccount: DEMO });
const mail = sandbox.mail!;
const NEW_PASSWORD = 'une autre phrase de passe bien longue';

const post = (pathname: string, body: unknown, token?: string) =>
  raw(sandbox, 'POST', pathname, {
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
    ...(token ? { token } : {}),
  });

/** Everything a client sees of an answer, without what changes with every request (its id, the time). */
const PER_REQUEST = ['x-request-id', 'date', PLATFORM_TIME_HEADER.toLowerCase()];
const visible = (answer: Awaited<ReturnType<typeof raw>>) => {
  const headers = Object.fromEntries([...answer.headers].filter(([name]) => !PER_REQUEST.includes(name.toLowerCase())));
  return { status: answer.status, headers, body: answer.text };
};

/** The id of the newest mail caught so far: later waits only see what arrives after it. */
const lastMailId = () => mail.messages().at(-1)?.id ?? 0;

/** A person who signed up (the verification mail arrived) and signed in, address not verified yet. */
async function unverifiedPerson(email = uniqueEmail(), password = PASSWORD) {
  const client = createClient({ baseUrl: sandbox.url });
  await client.auth.signUp({ email, password });
  await mail.waitFor(email, /Confirmez votre adresse/);
  await client.auth.signIn({ email, password });
  return client;
}

/** A verified applicant and their address. */
async function verifiedPerson() {
  const email = uniqueEmail();
  const client = await applicant(sandbox, { email });
  return { email, client };
}

test('sign-up answers the same for a new, a verified and an unverified address; each mailbox says what happened', async () => {
  const verified = (await verifiedPerson()).email;
  const unverified = uniqueEmail('pending');
  await post('/v1/accounts', { email: unverified, password: PASSWORD });
  await mail.waitFor(unverified, /Confirmez votre adresse/);
  const fresh = uniqueEmail('fresh');
  const since = lastMailId();

  const answers = [];
  for (const email of [fresh, verified, unverified])
    answers.push(await post('/v1/accounts', { email, password: PASSWORD }));
  assert.deepEqual(answers.map(visible), Array(3).fill(visible(answers[0]!)));
  assert.equal(answers[0]!.status, 202);
  assert.deepEqual(answers[0]!.json, { status: 'email_sent' });

  const toFresh = await mail.waitFor(fresh, /Confirmez votre adresse/, { after: since });
  assert.match(toFresh.text, /#qmi-action=verify-email&qmi-token=/);
  const toVerified = await mail.waitFor(verified, /déjà un compte/, { after: since });
  assert.doesNotMatch(
    toVerified.text,
    /qmi-token/,
    'the owner of an account is not sent a token by a stranger’s sign-up',
  );
  await mail.waitFor(unverified, /Confirmez votre adresse/, { after: since });
});

test('the organisers and the demo account from configuration arrive with their addresses verified', async () => {
  for (const credentials of [ORGANISER, DEMO]) {
    const session = await createClient({ baseUrl: sandbox.url }).auth.signIn(credentials);
    assert.equal(session.account.emailVerified, true, credentials.email);
  }
});

test('a new account cannot start a dossier until its address is confirmed by the link in the e-mail', async () => {
  const email = uniqueEmail();
  const client = createClient({ baseUrl: sandbox.url });
  await client.auth.signUp({ email, password: PASSWORD });
  await client.auth.signIn({ email, password: PASSWORD });
  const refused = await rejection(client.applications.create('qmi-2', { commune: nextCommune() }));
  assert.equal(refused.status, 403);
  assert.equal(refused.problem.code, 'email_unverified');

  const session = await client.auth.verifyEmail(await emailToken(sandbox, email));
  assert.equal(session.account.emailVerified, true);
  assert.equal((await client.applications.create('qmi-2', { commune: nextCommune() })).status, 'draft');
});

test('a verification link works once, and only the latest one sent works', async () => {
  const email = uniqueEmail();
  await post('/v1/accounts', { email, password: PASSWORD });
  const first = await emailToken(sandbox, email);
  const since = lastMailId();
  // Signing up again with the unverified address sends a new link; the first one dies.
  await post('/v1/accounts', { email, password: PASSWORD });
  const second = await emailToken(sandbox, email, 'verify-email', { after: since });
  const stale = await post('/v1/accounts/verification', { token: first });
  assert.equal(stale.status, 410);
  assert.equal(stale.json.code, 'token_invalid');
  assert.equal((await post('/v1/accounts/verification', { token: second })).status, 201);
  assert.equal((await post('/v1/accounts/verification', { token: second })).status, 410);
});

test('a person signed in but not verified can have the link sent again, to the page they are on', async () => {
  const email = uniqueEmail();
  const client = await unverifiedPerson(email);
  const since = lastMailId();
  assert.deepEqual(await client.auth.resendVerification({ continueUrl: `${PARTNER}/candidater` }), {
    status: 'email_sent',
  });
  const resent = await mail.waitFor(email, /Confirmez votre adresse/, { after: since });
  assert.match(resent.text, new RegExp(`${PARTNER}/candidater#qmi-action=verify-email&qmi-token=`));
});

test('signing up again on an unverified address takes the new password and signs out whoever used the old one', async () => {
  const email = uniqueEmail();
  const squatter = await unverifiedPerson(email, 'le mot de passe de quelqu’un d’autre');
  const since = lastMailId();
  const owner = createClient({ baseUrl: sandbox.url });
  await owner.auth.signUp({ email, password: PASSWORD });
  assert.equal((await rejection(squatter.auth.me())).status, 401);
  await owner.auth.verifyEmail(await emailToken(sandbox, email, 'verify-email', { after: since }));
  await owner.auth.signIn({ email, password: PASSWORD });
});

test('a password reset answers the same for a known and an unknown address; only the known one gets a link', async () => {
  const { email: known } = await verifiedPerson();
  const unknown = uniqueEmail('nobody');
  const since = lastMailId();
  const answers = [
    await post('/v1/password-resets', { email: known }),
    await post('/v1/password-resets', { email: unknown }),
  ];
  assert.deepEqual(visible(answers[1]!), visible(answers[0]!));
  assert.equal(answers[0]!.status, 202);
  assert.deepEqual(answers[0]!.json, { status: 'email_sent' });
  const reset = await mail.waitFor(known, /Réinitialisez/, { after: since });
  assert.match(reset.text, /30 minutes/);
  assert.deepEqual(mail.messages(unknown), []);
});

test('a reset link sets the new password once, signs out everywhere else, and the person is told', async () => {
  const { email, client: elsewhere } = await verifiedPerson();
  const resetter = createClient({ baseUrl: sandbox.url });
  let since = lastMailId();
  await resetter.auth.requestPasswordReset({ email });
  const older = await emailToken(sandbox, email, 'reset-password', { after: since });
  since = lastMailId();
  await resetter.auth.requestPasswordReset({ email });
  const token = await emailToken(sandbox, email, 'reset-password', { after: since });
  assert.equal((await post('/v1/password-resets/completion', { token: older, password: NEW_PASSWORD })).status, 410);

  // A refused password leaves the link usable.
  const weak = await post('/v1/password-resets/completion', { token, password: 'motdepasse' });
  assert.equal(weak.status, 422);
  since = lastMailId();
  const session = await resetter.auth.resetPassword({ token, password: NEW_PASSWORD });
  assert.equal(session.account.email, email);
  await mail.waitFor(email, /mot de passe a été modifié/, { after: since });
  assert.equal((await rejection(elsewhere.auth.me())).status, 401);
  assert.equal(
    (await rejection(createClient({ baseUrl: sandbox.url }).auth.signIn({ email, password: PASSWORD }))).status,
    401,
  );
  await createClient({ baseUrl: sandbox.url }).auth.signIn({ email, password: NEW_PASSWORD });
  assert.equal((await post('/v1/password-resets/completion', { token, password: NEW_PASSWORD })).status, 410);
});

test('asking for many resets of one address is refused for a while, whether or not it has an account', async () => {
  for (const email of [(await verifiedPerson()).email, uniqueEmail('nobody')]) {
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push((await post('/v1/password-resets', { email })).status);
    assert.deepEqual(answers, [202, 202, 202, 202, 202, 429]);
  }
});

test('changing the password needs the current one, keeps this session and ends the others', async () => {
  const { email, client } = await verifiedPerson();
  const other = createClient({ baseUrl: sandbox.url });
  await other.auth.signIn({ email, password: PASSWORD });
  const wrong = await rejection(
    client.account.changePassword({ currentPassword: 'pas le bon', newPassword: NEW_PASSWORD }),
  );
  assert.equal(wrong.status, 403);
  assert.equal(wrong.problem.code, 'reauthentication_required');
  const since = lastMailId();
  await client.account.changePassword({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD });
  assert.equal((await client.auth.me()).email, email);
  assert.equal((await rejection(other.auth.me())).status, 401);
  await mail.waitFor(email, /mot de passe a été modifié/, { after: since });
  await createClient({ baseUrl: sandbox.url }).auth.signIn({ email, password: NEW_PASSWORD });
});

test('a new address takes effect through the link sent to it; the former address is told', async () => {
  const { email, client } = await verifiedPerson();
  const newEmail = uniqueEmail('nouvelle');
  const since = lastMailId();
  assert.deepEqual(await client.account.changeEmail({ newEmail, password: PASSWORD }), { status: 'email_sent' });
  const notice = await mail.waitFor(email, /Changement d’adresse/, { after: since });
  assert.ok(notice.text.includes(newEmail));
  const account = await client.account.confirmEmailChange(
    await emailToken(sandbox, newEmail, 'confirm-email-change', { after: since }),
  );
  assert.equal(account.email, newEmail);
  assert.equal(account.emailVerified, true);
  await createClient({ baseUrl: sandbox.url }).auth.signIn({ email: newEmail, password: PASSWORD });
  assert.equal(
    (await rejection(createClient({ baseUrl: sandbox.url }).auth.signIn({ email, password: PASSWORD }))).status,
    401,
  );
});

test('asking for an address another account has answers the same; that account’s owner is told instead', async () => {
  const { client } = await verifiedPerson();
  const { email: taken } = await verifiedPerson();
  const since = lastMailId();
  assert.deepEqual(await client.account.changeEmail({ newEmail: taken, password: PASSWORD }), { status: 'email_sent' });
  const notice = await mail.waitFor(taken, /proposée pour un autre compte/, { after: since });
  assert.doesNotMatch(notice.text, /qmi-token/);
});

test('a person who chooses English gets their e-mails in English', async () => {
  const { email, client } = await verifiedPerson();
  const account = await client.account.update({ lang: 'en', givenName: 'Camille', usualName: 'Martin' });
  assert.equal(account.lang, 'en');
  assert.equal(account.givenName, 'Camille');
  const since = lastMailId();
  await client.auth.requestPasswordReset({ email });
  const reset = await mail.waitFor(email, /Reset your password/, { after: since });
  assert.match(reset.text, /works once, for 30 minutes/);
});

test('the data export holds the account, its dossiers, messages, sessions and e-mails, and no secret', async () => {
  const { email, client } = await verifiedPerson();
  const dossier = await client.applications.create('qmi-2', { commune: nextCommune() });
  await client.messages.send(dossier.id, { body: 'Une question sur le calendrier.' });
  const answer = await raw(sandbox, 'GET', '/v1/me/export', { token: client.session.token });
  assert.equal(answer.status, 200);
  assert.match(answer.headers.get('content-disposition')!, /^attachment; filename="qmi-account-/);
  const data = answer.json;
  assert.equal(data.account.email, email);
  assert.deepEqual(
    data.dossiers.map((d: { id: string; role: string }) => [d.id, d.role]),
    [[dossier.id, 'owner']],
  );
  assert.equal(data.messagesWritten[0].body, 'Une question sur le calendrier.');
  assert.ok(data.sessions.length >= 1 && data.sessions[0].createdAt);
  assert.ok(data.emailsSent.some((sent: { purpose: string }) => sent.purpose === 'verify_email'));
  assert.ok(!answer.text.includes(client.session.token), 'no session token in the export');
  assert.doesNotMatch(answer.text, /scrypt\$/);
});

test('deleting the account erases it, deletes its drafts, and frees the address', async () => {
  const { email, client } = await verifiedPerson();
  const dossier = await client.applications.create('qmi-2', { commune: nextCommune() });
  const mismatch = await rejection(client.account.delete({ confirmEmail: 'autre@mairie.example', password: PASSWORD }));
  assert.equal(mismatch.status, 422);
  const noPassword = await rejection(client.account.delete({ confirmEmail: email }));
  assert.equal(noPassword.problem.code, 'reauthentication_required');
  const token = client.session.token;
  const since = lastMailId();
  await client.account.delete({ confirmEmail: email.toUpperCase(), password: PASSWORD });
  await mail.waitFor(email, /compte a été supprimé/, { after: since });
  assert.equal((await raw(sandbox, 'GET', '/v1/me', { token })).status, 401);
  const organiserView = await raw(sandbox, 'GET', `/v1/applications/${dossier.id}`, {
    token: (await createClient({ baseUrl: sandbox.url }).auth.signIn(ORGANISER)).token,
  });
  assert.equal(organiserView.status, 404);
  assert.equal(
    (await rejection(createClient({ baseUrl: sandbox.url }).auth.signIn({ email, password: PASSWORD }))).status,
    401,
  );
  // The address is free: signing up with it again sends a new verification link.
  const again = lastMailId();
  await post('/v1/accounts', { email, password: PASSWORD });
  await mail.waitFor(email, /Confirmez votre adresse/, { after: again });
});

test('an account that owns a submitted dossier is not deleted until it hands the dossier over', async () => {
  const commune = nextCommune();
  const agent = await verifiedAgent(sandbox, commune);
  const created = await agent.applications.create(CALL_WITHOUT_DOCUMENTS.id, { commune });
  const filled = await agent.applications.update(created.id, readyDossier(), { ifMatch: created.revision });
  await agent.applications.submit(created.id, { ifMatch: filled.revision });
  const refused = await rejection(
    agent.account.delete({ confirmEmail: agent.session.account.email, password: PASSWORD }),
  );
  assert.equal(refused.status, 409);
  assert.equal(refused.problem.code, 'account_holds_dossiers');
  assert.deepEqual(refused.problem.applicationIds, [created.id]);
  assert.equal((await agent.auth.me()).email, agent.session.account.email, 'nothing was deleted');
});

test('a deleted owner’s draft passes to its earliest editor, and the history says so', async () => {
  const { email, client: owner } = await verifiedPerson();
  const dossier = await owner.applications.create('qmi-2', { commune: nextCommune() });
  const first = await applicant(sandbox);
  const second = await applicant(sandbox);
  await shareWith(sandbox, owner, dossier.id, first);
  await shareWith(sandbox, owner, dossier.id, second);
  await owner.account.delete({ confirmEmail: email, password: PASSWORD });
  const passed = await first.applications.get(dossier.id);
  assert.equal(passed.ownerId, first.session.account.id);
  assert.equal((await second.applications.get(dossier.id)).id, dossier.id, 'the other editor keeps the dossier');
  const history = await first.applications.history(dossier.id);
  const entry = history.find((line) => line.action === 'owner_account_deleted');
  assert.equal(entry?.details?.newOwnerId, first.session.account.id);
});
