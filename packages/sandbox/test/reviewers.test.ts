import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createClient } from '@qmi/core';
import { MGP } from '@qmi/validators';
import {
  applicant,
  CALL_WITHOUT_DOCUMENTS,
  invitedReviewer,
  nextCommune,
  ORGANISER,
  organiser,
  PASSWORD,
  raw,
  rejection,
  reviewerInvitationToken,
  startTestSandbox,
  submittedDossier,
  uniqueEmail,
} from './helpers.js';
import { lastMailId } from './sharing-helpers.js';

const sandbox = await startTestSandbox({ devMail: true });
const mail = sandbox.mail!;
const org = await organiser(sandbox);

test('an organiser invites an expert by e-mail; the expert chooses a password from the link and reviews', async () => {
  const email = uniqueEmail('expert.ademe');
  const invited = await org.reviewers.invite({ email, organisation: 'ADEME' });
  assert.equal(invited.status, 'invited');
  assert.equal((await org.reviewers.list()).find((entry) => entry.email === email)?.status, 'invited');

  const letter = await mail.waitFor(email, /qmi-action=reviewer-invitation/);
  assert.match(letter.subject, /^Invitation au comité de sélection de l’appel « /);
  assert.match(letter.text, /au titre de ADEME/);
  assert.match(letter.text, /vous choisirez votre mot de passe/);
  assert.match(letter.text, /pendant 14 jours/);
  assert.match(letter.html, /<html lang="fr">/);

  const token = await reviewerInvitationToken(sandbox, email);
  const expert = createClient({ baseUrl: sandbox.url });
  // Without an account, the page must ask for a password.
  const noPassword = await rejection(expert.reviewers.accept({ token }));
  assert.equal(noPassword.status, 422);
  assert.deepEqual(
    noPassword.problem.errors.map((error: { path: string }) => error.path),
    ['password'],
  );
  // Sign-up's policy applies.
  const weak = await rejection(expert.reviewers.accept({ token, password: 'azertyuiop' }));
  assert.equal(weak.status, 422);

  const session = await expert.reviewers.accept({ token, password: PASSWORD });
  assert.equal(session.account.role, 'reviewer');
  assert.equal(session.account.emailVerified, true);
  assert.equal((await expert.auth.me()).email, email);
  // The link worked once.
  assert.equal((await rejection(createClient({ baseUrl: sandbox.url }).reviewers.accept({ token }))).status, 410);
  // The password chosen signs in from then on.
  const again = await createClient({ baseUrl: sandbox.url }).auth.signIn({ email, password: PASSWORD });
  assert.equal(again.account.role, 'reviewer');

  const listed = (await org.reviewers.list()).filter((entry) => entry.email === email);
  assert.equal(listed.length, 1);
  assert.deepEqual(
    {
      status: listed[0]!.status,
      organisation: listed[0]!.organisation,
      id: listed[0]!.id,
      assigned: listed[0]!.assigned,
    },
    { status: 'active', organisation: 'ADEME', id: session.account.id, assigned: 0 },
  );
});

test('the invitation is in English for an English-speaking expert', async () => {
  const email = uniqueEmail('expert.ratp');
  await org.reviewers.invite({ email, organisation: 'RATP', lang: 'en' });
  const letter = await mail.waitFor(email, /qmi-action=reviewer-invitation/);
  assert.match(letter.subject, /^Invitation to the selection committee of the call “/);
  assert.match(letter.text, /on behalf of RATP/);
  assert.match(letter.text, /Accept the invitation/);
});

test('inviting the same address again: only the latest e-mail’s link works', async () => {
  const email = uniqueEmail('expert');
  await org.reviewers.invite({ email, organisation: 'ADEME' });
  const first = await reviewerInvitationToken(sandbox, email);
  const after = lastMailId(sandbox, email);
  await org.reviewers.invite({ email, organisation: 'ADEME Île-de-France' });
  const second = await reviewerInvitationToken(sandbox, email, { after });
  assert.notEqual(first, second);
  const expert = createClient({ baseUrl: sandbox.url });
  assert.equal((await rejection(expert.reviewers.accept({ token: first, password: PASSWORD }))).code, 'token_invalid');
  const session = await expert.reviewers.accept({ token: second, password: PASSWORD });
  assert.equal(session.account.role, 'reviewer');
  // Listed once, with the organisation of the invitation accepted.
  const listed = (await org.reviewers.list()).filter((entry) => entry.email === email);
  assert.deepEqual(
    listed.map((entry) => [entry.status, entry.organisation]),
    [['active', 'ADEME Île-de-France']],
  );
});

test('an organiser’s address cannot be made a reviewer’s, and only organisers invite', async () => {
  const refused = await rejection(org.reviewers.invite({ email: ORGANISER.email, organisation: 'Métropole' }));
  assert.equal(refused.status, 409);
  assert.equal(refused.code, 'email_taken');
  const agent = await applicant(sandbox);
  assert.equal((await rejection(agent.reviewers.invite({ email: uniqueEmail(), organisation: 'X' }))).status, 403);
  assert.equal((await rejection(agent.reviewers.list())).status, 403);
});

test('an applicant still working on a dossier must leave it before becoming a reviewer; then their other sessions end', async () => {
  const agent = await applicant(sandbox);
  const email = agent.session.account.email;
  const draft = await agent.applications.create('qmi-2', { commune: nextCommune() });
  await org.reviewers.invite({ email, organisation: 'Cerema' });
  const letter = await mail.waitFor(email, /qmi-action=reviewer-invitation/);
  // They have an account: they keep their password.
  assert.match(letter.text, /votre mot de passe ne change pas/);
  const token = await reviewerInvitationToken(sandbox, email);
  const page = createClient({ baseUrl: sandbox.url });

  const held = await rejection(page.reviewers.accept({ token }));
  assert.equal(held.status, 409);
  assert.equal(held.code, 'account_holds_dossiers');
  assert.deepEqual(held.problem.applicationIds, [draft.id]);

  await agent.applications.withdraw(draft.id);
  const session = await page.reviewers.accept({ token });
  assert.equal(session.account.role, 'reviewer');
  assert.equal(session.account.id, agent.session.account.id);
  // The applicant's session ended with the role it stood for.
  assert.equal((await rejection(agent.auth.me())).status, 401);
  // Their own password still signs in.
  const signedIn = await createClient({ baseUrl: sandbox.url }).auth.signIn({ email, password: PASSWORD });
  assert.equal(signedIn.account.role, 'reviewer');
});

test('an organiser assigns a submitted dossier to a reviewer, who is told by e-mail and opens it', async () => {
  const expert = await invitedReviewer(sandbox, { organisation: 'ADEME' });
  const { application } = await submittedDossier(sandbox);
  const commune = `${MGP.find(application.commune)!.commune.name} (${application.commune})`;
  // Before the assignment, the dossier does not exist for the reviewer.
  assert.equal((await rejection(expert.applications.get(application.id))).status, 404);

  const assignment = await org.assignments.assign(application.id, expert.session.account.id);
  assert.deepEqual(
    {
      reviewerId: assignment.reviewerId,
      email: assignment.email,
      organisation: assignment.organisation,
      assessment: assignment.assessment,
      conflict: assignment.conflict,
    },
    {
      reviewerId: expert.session.account.id,
      email: expert.session.account.email,
      organisation: 'ADEME',
      assessment: 'not_started',
      conflict: undefined,
    },
  );
  const letter = await mail.waitFor(expert.session.account.email, /Un dossier vous est confié/);
  assert.equal(letter.subject, `Un dossier vous est confié : ${commune}`);
  assert.ok(letter.text.includes(`vous confient l’examen du dossier de ${commune}`));

  assert.equal((await expert.applications.get(application.id)).id, application.id);
  assert.deepEqual(
    (await expert.assignments.list(application.id)).map((entry) => entry.reviewerId),
    [expert.session.account.id],
  );
  const history = await org.applications.history(application.id);
  const assigned = history.find((entry) => entry.action === 'reviewer_assigned');
  assert.equal(assigned?.details?.email, expert.session.account.email);
  assert.equal(assigned?.actorRole, 'organiser');
  // Assigning again changes nothing and sends nothing.
  const before = lastMailId(sandbox, expert.session.account.email);
  const repeat = await raw(sandbox, 'POST', `/v1/applications/${application.id}/assignments`, {
    token: org.session.token,
    body: JSON.stringify({ reviewerId: expert.session.account.id }),
    headers: { 'content-type': 'application/json' },
  });
  assert.equal(repeat.status, 200);
  assert.equal(repeat.json.assignedAt, assignment.assignedAt);
  assert.equal(lastMailId(sandbox, expert.session.account.email), before);
  assert.equal((await org.reviewers.list()).find((entry) => entry.id === expert.session.account.id)?.assigned, 1);
});

test('a draft cannot be assigned, nor a dossier to someone who is not a reviewer', async () => {
  const expert = await invitedReviewer(sandbox);
  const agent = await applicant(sandbox);
  const draft = await agent.applications.create(CALL_WITHOUT_DOCUMENTS.id, { commune: nextCommune() });
  const onDraft = await rejection(org.assignments.assign(draft.id, expert.session.account.id));
  assert.equal(onDraft.status, 409);
  assert.equal(onDraft.code, 'invalid_transition');
  const { application } = await submittedDossier(sandbox);
  const notReviewer = await rejection(org.assignments.assign(application.id, agent.session.account.id));
  assert.equal(notReviewer.status, 404);
  assert.equal(notReviewer.code, 'reviewer_not_found');
  // The commune does not see who reviews its dossier, nor assign anyone.
  const { agent: owner, application: own } = await submittedDossier(sandbox);
  assert.equal((await rejection(owner.assignments.list(own.id))).status, 404);
  assert.equal((await rejection(owner.assignments.assign(own.id, expert.session.account.id))).status, 403);
});

test('a reviewer who declares a conflict of interest can no longer open the dossier, and the organisers see why', async () => {
  const expert = await invitedReviewer(sandbox);
  const { application } = await submittedDossier(sandbox);
  await org.assignments.assign(application.id, expert.session.account.id);
  const declared = await expert.assignments.declareConflict(application.id, {
    reason: 'Mon conjoint travaille à la mairie.',
  });
  assert.equal(declared.conflict?.reason, 'Mon conjoint travaille à la mairie.');

  const refused = await rejection(expert.applications.get(application.id));
  assert.equal(refused.status, 403);
  assert.equal(refused.code, 'conflict_of_interest');
  assert.equal((await rejection(expert.documents.list(application.id))).status, 403);
  const board = await expert.board.get(CALL_WITHOUT_DOCUMENTS.id);
  assert.ok(!board.rows.some((row) => row.id === application.id));

  const seen = (await org.assignments.list(application.id)).find(
    (entry) => entry.reviewerId === expert.session.account.id,
  );
  assert.equal(seen?.conflict?.reason, 'Mon conjoint travaille à la mairie.');
  const history = await org.applications.history(application.id);
  const entry = history.find((event) => event.action === 'conflict_declared');
  assert.equal(entry?.actorRole, 'reviewer');
  assert.equal(entry?.reason, 'Mon conjoint travaille à la mairie.');
  assert.equal((await org.reviewers.list()).find((r) => r.id === expert.session.account.id)?.conflicts, 1);
  // Only the reviewer declares their own conflict.
  assert.equal((await rejection(org.assignments.declareConflict(application.id, { reason: 'x' }))).status, 403);
});

test('an organiser unassigns a reviewer, who then no longer finds the dossier', async () => {
  const expert = await invitedReviewer(sandbox);
  const { application } = await submittedDossier(sandbox);
  await org.assignments.assign(application.id, expert.session.account.id);
  await org.assignments.unassign(application.id, expert.session.account.id);
  assert.equal((await rejection(expert.applications.get(application.id))).status, 404);
  assert.deepEqual(await org.assignments.list(application.id), []);
  const history = await org.applications.history(application.id);
  assert.ok(history.some((event) => event.action === 'reviewer_unassigned'));
  const again = await rejection(org.assignments.unassign(application.id, expert.session.account.id));
  assert.equal(again.code, 'reviewer_not_found');
});

test('an organiser withdraws a reviewer: signed out, back to an applicant’s account, dossiers closed to them', async () => {
  const expert = await invitedReviewer(sandbox);
  const { application } = await submittedDossier(sandbox);
  await org.assignments.assign(application.id, expert.session.account.id);
  await org.reviewers.remove(expert.session.account.id);

  assert.equal((await rejection(expert.auth.me())).status, 401);
  const back = createClient({ baseUrl: sandbox.url });
  const session = await back.auth.signIn({ email: expert.session.account.email, password: PASSWORD });
  assert.equal(session.account.role, 'applicant');
  assert.equal((await rejection(back.applications.get(application.id))).status, 404);
  assert.equal((await rejection(back.board.get(CALL_WITHOUT_DOCUMENTS.id))).status, 403);
  assert.deepEqual(await org.assignments.list(application.id), []);
  assert.ok(!(await org.reviewers.list()).some((entry) => entry.id === expert.session.account.id));
  assert.equal((await rejection(org.reviewers.remove(expert.session.account.id))).code, 'reviewer_not_found');
});

test('an organiser revokes a pending invitation: its link no longer works', async () => {
  const email = uniqueEmail('expert');
  const invited = await org.reviewers.invite({ email, organisation: 'ADEME' });
  const token = await reviewerInvitationToken(sandbox, email);
  await org.reviewers.remove(invited.id);
  assert.ok(!(await org.reviewers.list()).some((entry) => entry.email === email));
  const refused = await rejection(
    createClient({ baseUrl: sandbox.url }).reviewers.accept({ token, password: PASSWORD }),
  );
  assert.equal(refused.code, 'token_invalid');
});
