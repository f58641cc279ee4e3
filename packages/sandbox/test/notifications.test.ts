import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ORGANISER, organiser, raw, rejection, startTestSandbox } from './helpers.js';
import { submittedDossier } from './decision-helpers.js';

const sandbox = await startTestSandbox();

test('the commune sees each decision in-app, newest first, titled in the language it reads', async () => {
  const { agent, application, commune } = await submittedDossier(sandbox);
  const org = await organiser(sandbox);
  await org.applications.decide(application.id, { action: 'request_changes', fields: ['motivations'] });

  const [latest] = await agent.notifications.list();
  assert.equal(latest!.kind, 'changes_requested');
  assert.equal(latest!.applicationId, application.id);
  assert.equal(latest!.commune, commune);
  assert.match(latest!.title, /^Modifications demandées sur le dossier de .+ \(\d{5}\)$/);
  assert.equal(latest!.readAt, undefined);
  // The submission came before it.
  const kinds = (await agent.notifications.list()).map((n) => n.kind);
  assert.deepEqual(kinds.slice(0, 2), ['changes_requested', 'submitted']);

  agent.setLang('en');
  const [english] = await agent.notifications.list();
  assert.match(english!.title, /^Changes requested on the dossier of /);

  const read = await agent.notifications.markRead(latest!.id);
  assert.ok(read.readAt);
  const again = await agent.notifications.markRead(latest!.id);
  assert.equal(again.readAt, read.readAt, 'marking again keeps the first reading');
  assert.ok((await agent.notifications.list())[0]!.readAt);
});

test('a message from the commune reaches the organisers by e-mail and in-app, and their answer reaches the commune', async () => {
  const { agent, application } = await submittedDossier(sandbox);
  const org = await organiser(sandbox);
  const before = sandbox.mail!.messages().at(-1)?.id ?? 0;

  await agent.messages.send(application.id, { body: 'Peut-on joindre un plan du secteur ?' });
  const toOrganisers = await sandbox.mail!.waitFor(ORGANISER.email, /Nouveau message de/, { after: before });
  assert.match(toOrganisers.text, /Peut-on joindre un plan du secteur \?/);
  const [forOrganiser] = await org.notifications.list();
  assert.equal(forOrganiser!.kind, 'message');
  assert.equal(forOrganiser!.applicationId, application.id);

  await org.messages.send(application.id, { body: 'Oui, dans la fiche de présentation du secteur.' });
  const toCommune = await sandbox.mail!.waitFor(agent.session.account.email, /Nouveau message des organisateurs/);
  assert.match(toCommune.text, /Oui, dans la fiche de présentation du secteur\./);
  const [forCommune] = await agent.notifications.list();
  assert.equal(forCommune!.kind, 'message');
  // The writer is not told of their own message.
  assert.equal(
    sandbox.mail!.messages(agent.session.account.email).filter((m) => /Nouveau message de /.test(m.subject)).length,
    0,
  );
});

test('someone else’s notification cannot be read nor marked', async () => {
  const { agent } = await submittedDossier(sandbox);
  const other = await submittedDossier(sandbox);
  const [theirs] = await other.agent.notifications.list();
  const error = await rejection(agent.notifications.markRead(theirs!.id));
  assert.equal(error.status, 404);
  assert.ok((await agent.notifications.list()).every((n) => n.id !== theirs!.id));
  const anonymous = await raw(sandbox, 'GET', '/v1/notifications');
  assert.equal(anonymous.status, 401);
});
