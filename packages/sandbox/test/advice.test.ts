import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applicant, ORGANISER, organiser, rejection, startTestSandbox } from './helpers.js';
import { draftDossier, submittedDossier } from './decision-helpers.js';

const sandbox = await startTestSandbox();

test('a commune asks for advice on its draft; the organisers are told, and asking again keeps one request', async () => {
  const { agent, application, commune } = await draftDossier(sandbox);
  const org = await organiser(sandbox);
  const before = sandbox.mail!.messages().at(-1)?.id ?? 0;

  const request = await agent.advice.request(application.id, { message: 'Nos partenaires sont-ils assez divers ?' });
  assert.equal(request.status, 'open');
  assert.equal(request.requestedBy, agent.session.account.id);
  const again = await agent.advice.request(application.id, { message: 'Et nos ressources ?' });
  assert.equal(again.id, request.id);
  assert.deepEqual(
    (await org.advice.list(application.id)).map((r) => r.id),
    [request.id],
  );

  const mail = await sandbox.mail!.waitFor(ORGANISER.email, /demande un avis sur son dossier/, { after: before });
  assert.match(mail.text, /Nos partenaires sont-ils assez divers \?/);
  const [notice] = await org.notifications.list();
  assert.equal(notice!.kind, 'advice_requested');
  assert.equal(notice!.commune, commune);
  const history = await agent.applications.history(application.id);
  assert.equal(history.at(-1)!.action, 'advice_requested');

  // Organisers answer; they do not ask.
  const byOrganiser = await rejection(org.advice.request(application.id, { message: 'x' }));
  assert.equal(byOrganiser.status, 403);
});

test('organisers comment on a section; the commune reads it beside the section and marks it dealt with', async () => {
  const { agent, application } = await draftDossier(sandbox);
  const org = await organiser(sandbox);
  await agent.advice.request(application.id, { message: 'Un avis sur notre défi ?' });

  const wrong = await rejection(org.advice.comment(application.id, { sectionId: 'budget', text: 'x' }));
  assert.equal(wrong.code, 'validation_failed');
  assert.deepEqual(
    wrong.fieldErrors.map((e: { path: string }) => e.path),
    ['sectionId'],
  );

  const comment = await org.advice.comment(application.id, {
    sectionId: 'challenge',
    text: 'Le défi gagnerait à citer un lieu précis.',
  });
  assert.equal(comment.sectionId, 'challenge');
  const [request] = await agent.advice.list(application.id);
  assert.equal(request!.status, 'answered');
  assert.ok(request!.answeredAt);

  const mail = await sandbox.mail!.waitFor(agent.session.account.email, /ont commenté le dossier/);
  assert.match(mail.text, /section « Le défi et le quartier d’innovation »/);
  assert.match(mail.text, /Le défi gagnerait à citer un lieu précis\./);
  assert.equal((await agent.notifications.list())[0]!.kind, 'advice_given');

  const [shown] = await agent.advice.comments(application.id);
  assert.equal(shown!.text, 'Le défi gagnerait à citer un lieu précis.');
  assert.equal(shown!.resolvedAt, undefined);
  const resolved = await agent.advice.resolve(application.id, comment.id);
  assert.ok(resolved.resolvedAt);
  assert.ok((await org.advice.comments(application.id))[0]!.resolvedAt, 'the organisers see it dealt with');
  assert.equal((await agent.applications.history(application.id)).at(-1)!.details?.sectionId, 'challenge');
});

test('advice is for a dossier being written: not once submitted', async () => {
  const { agent, application } = await submittedDossier(sandbox);
  const org = await organiser(sandbox);
  const asked = await rejection(agent.advice.request(application.id, { message: 'Un avis ?' }));
  assert.equal(asked.status, 409);
  assert.equal(asked.code, 'advice_closed');
  const commented = await rejection(org.advice.comment(application.id, { sectionId: 'challenge', text: 'x' }));
  assert.equal(commented.code, 'advice_closed');
});

test('another commune’s account sees nothing of a dossier’s accompaniment', async () => {
  const { agent, application } = await draftDossier(sandbox);
  await agent.advice.request(application.id, { message: 'Un avis ?' });
  const stranger = await applicant(sandbox);
  for (const call of [
    stranger.advice.list(application.id),
    stranger.advice.comments(application.id),
    stranger.advice.request(application.id, { message: 'x' }),
  ]) {
    assert.equal((await rejection(call)).status, 404);
  }
});
