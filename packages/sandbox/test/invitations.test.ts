import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createClient, PLATFORM_TIME_HEADER } from '@qmi/core';
import {
  applicant,
  emailToken,
  nextCommune,
  organiser,
  PASSWORD,
  raw,
  rejection,
  startTestSandbox,
  uniqueEmail,
} from './helpers.js';
import { invitationToken, lastMailId } from './sharing-helpers.js';

// Three invitations an hour per account here, so that the limit itself is tested without sending twenty.
const sandbox = await startTestSandbox({ devMail: true, throttle: { invitationsPerHour: 3 } });
const mail = sandbox.mail!;

/** The invitation e-mail `email` received, as its reader sees it. */
const invitationMail = (email: string) => mail.waitFor(email, /qmi-action=accept-invitation/);

async function ownerWithDossier() {
  const owner = await applicant(sandbox);
  const application = await owner.applications.create('qmi-2', { commune: nextCommune() });
  return { owner, application };
}

/** POST …/invitations as the owner would, raw: the test compares whole answers. */
const invite = (token: string, applicationId: string, email: string, lang = 'fr') =>
  raw(sandbox, 'POST', `/v1/applications/${applicationId}/invitations`, {
    token,
    body: JSON.stringify({ email }),
    headers: { 'content-type': 'application/json', 'accept-language': lang },
  });

test('an invitation answers the same for an address with an account and one without; only the e-mails differ', async () => {
  const { owner, application } = await ownerWithDossier();
  // Two addresses of the same length, so that even Content-Length cannot tell them apart.
  const tag = `${process.pid}${Date.now()}`;
  const known = `connu-${tag}@mairie.example`;
  const unknown = `novel-${tag}@mairie.example`;
  await (await applicant(sandbox, { email: known })).account.update({ lang: 'en' });

  const answers = [await invite(owner.session.token, application.id, known)];
  answers.push(await invite(owner.session.token, application.id, unknown));
  const normalise = (answer: (typeof answers)[number], email: string) => ({
    status: answer.status,
    body: answer.text
      .replaceAll(email, '<email>')
      .replace(/inv_[\w-]+/g, '<id>')
      .replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, '<instant>'),
    headers: [...answer.headers]
      .filter(([name]) => !['x-request-id', 'date', PLATFORM_TIME_HEADER.toLowerCase()].includes(name))
      .map(([name, value]) => [name, value.replace(/inv_[\w-]+/g, '<id>')]),
  });
  assert.equal(answers[0]!.status, 201);
  assert.deepEqual(normalise(answers[0]!, known), normalise(answers[1]!, unknown));
  assert.equal(answers[0]!.json.status, 'pending');

  // The account holder is asked to accept, in the language they chose (English).
  const toKnown = await invitationMail(known);
  assert.match(toKnown.subject, /^Invitation to edit the dossier of/);
  assert.match(toKnown.text, /To accept, open the link below and sign in with this e-mail address/);
  assert.match(toKnown.text, /Accept the invitation/);
  assert.match(toKnown.text, new RegExp(owner.session.account.email.replace(/[.]/g, '\\.')));
  // Someone without an account is told to create one with this very address first, in the owner's language.
  const toUnknown = await invitationMail(unknown);
  assert.match(toUnknown.subject, /^Invitation à modifier le dossier de/);
  assert.match(toUnknown.text, /Créez votre compte avec cette adresse \(novel-/);
  assert.match(toUnknown.text, /Créer mon compte, puis accepter/);
  assert.match(toUnknown.text, /pendant 14 jours/);
  assert.match(toUnknown.html, /<html lang="fr">/);
});

test('someone without an account signs up with the invited address, confirms it, accepts, and edits the dossier', async () => {
  const { owner, application } = await ownerWithDossier();
  const email = uniqueEmail('nouvelle');
  const invitation = await owner.applications.invitations.create(application.id, { email });
  assert.equal(invitation.expiresAt, new Date(Date.parse(invitation.createdAt) + 14 * 86_400_000).toISOString());
  const token = await invitationToken(sandbox, email);

  const colleague = await applicant(sandbox, { email });
  const joined = await colleague.invitations.accept(token);
  assert.equal(joined.id, application.id);
  const edited = await colleague.applications.update(
    application.id,
    { motivations: { text: 'Rédigé par une collègue' } },
    { ifMatch: joined.revision },
  );
  assert.equal(edited.motivations?.text, 'Rédigé par une collègue');

  assert.deepEqual(
    (await owner.applications.collaborators.list(application.id)).map((entry) => [entry.email, entry.role]),
    [
      [owner.session.account.email, 'owner'],
      [email, 'editor'],
    ],
  );
  // Accepted: the editors see it too, no longer pending.
  assert.deepEqual(
    (await colleague.applications.invitations.list(application.id)).map((entry) => entry.status),
    ['accepted'],
  );
});

test('an invitation link works once: accepted, revoked or expired, it answers 410 token_invalid', async () => {
  const { owner, application } = await ownerWithDossier();
  const [first, second, third] = [uniqueEmail('a'), uniqueEmail('b'), uniqueEmail('c')];
  const accepted = await applicant(sandbox, { email: first });
  await owner.applications.invitations.create(application.id, { email: first });
  const firstToken = await invitationToken(sandbox, first);
  await accepted.invitations.accept(firstToken);
  const again = await rejection(accepted.invitations.accept(firstToken));
  assert.equal(again.status, 410);
  assert.equal(again.code, 'token_invalid');

  const revokedInvitee = await applicant(sandbox, { email: second });
  const revoked = await owner.applications.invitations.create(application.id, { email: second });
  const secondToken = await invitationToken(sandbox, second);
  await owner.applications.invitations.revoke(application.id, revoked.id);
  assert.equal((await rejection(revokedInvitee.invitations.accept(secondToken))).code, 'token_invalid');
  assert.ok((await rejection(revokedInvitee.applications.get(application.id))).status === 404);

  const late = await applicant(sandbox, { email: third });
  await owner.applications.invitations.create(application.id, { email: third });
  const thirdToken = await invitationToken(sandbox, third);
  // Fifteen days later, on the platform's clock (the one the invitation's expiresAt is written in).
  const { session } = await organiser(sandbox);
  const setClock = (instant: string) =>
    raw(sandbox, 'PUT', '/v1/sandbox/clock', {
      token: session.token,
      body: JSON.stringify({ now: instant }),
      headers: { 'content-type': 'application/json' },
    });
  const { now } = (await raw(sandbox, 'GET', '/v1/sandbox/clock')).json as { now: string };
  await setClock(new Date(Date.parse(now) + 15 * 86_400_000).toISOString());
  try {
    assert.equal((await rejection(late.invitations.accept(thirdToken))).code, 'token_invalid');
    assert.deepEqual(
      (await owner.applications.invitations.list(application.id)).map((entry) => entry.status),
      ['accepted', 'revoked', 'expired'],
    );
  } finally {
    await setClock(now);
  }
});

test('an invitation is accepted only by the address it was sent to, once that address is confirmed', async () => {
  const { owner, application } = await ownerWithDossier();
  const invited = uniqueEmail('invitee');
  await owner.applications.invitations.create(application.id, { email: invited });
  const token = await invitationToken(sandbox, invited);

  const stranger = await applicant(sandbox);
  const other = await rejection(stranger.invitations.accept(token));
  assert.equal(other.status, 403);
  assert.equal(other.code, 'invitation_other_address');
  assert.equal((await rejection(stranger.applications.get(application.id))).status, 404);

  // Signed up with the right address but not confirmed yet: confirm first (the link still works after).
  const unconfirmed = createClient({ baseUrl: sandbox.url });
  await unconfirmed.auth.signUp({ email: invited, password: PASSWORD });
  await unconfirmed.auth.signIn({ email: invited, password: PASSWORD });
  const refused = await rejection(unconfirmed.invitations.accept(token));
  assert.equal(refused.status, 403);
  assert.equal(refused.code, 'email_unverified');
  await unconfirmed.auth.verifyEmail(await emailToken(sandbox, invited));
  assert.equal((await unconfirmed.invitations.accept(token)).id, application.id);
});

test('inviting the same address again: only the latest e-mail’s link works', async () => {
  const { owner, application } = await ownerWithDossier();
  const colleague = await applicant(sandbox);
  const email = colleague.session.account.email;
  await owner.applications.invitations.create(application.id, { email });
  const first = await invitationToken(sandbox, email);
  const seen = lastMailId(sandbox, email);
  await owner.applications.invitations.create(application.id, { email });
  const second = await invitationToken(sandbox, email, seen);
  assert.equal((await rejection(colleague.invitations.accept(first))).code, 'token_invalid');
  assert.equal((await colleague.invitations.accept(second)).id, application.id);
  // On the dossier now: inviting them again says so.
  const already = await rejection(owner.applications.invitations.create(application.id, { email }));
  assert.equal(already.code, 'already_collaborator');
});

test('an owner sending invitations beyond the hourly limit gets 429 with when to try again', async () => {
  const { owner, application } = await ownerWithDossier();
  for (let i = 0; i < 3; i++) {
    await owner.applications.invitations.create(application.id, { email: uniqueEmail('equipe') });
  }
  const email = uniqueEmail('une-de-trop');
  const refused = await invite(owner.session.token, application.id, email);
  assert.equal(refused.status, 429);
  assert.equal(refused.json.code, 'rate_limited');
  assert.match(refused.json.detail, /^Trop d’invitations envoyées\. Réessayez dans \d+ (minutes?|heures?)\.$/);
  assert.ok(Number(refused.headers.get('retry-after')) > 0);
  assert.deepEqual(mail.messages(email), []);
});
