// Opening a dossier: what the person waits for before it shows, and the copy kept for opening it offline.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Autosave, createClient, type Journal, memoryJournal } from '../src/index.js';
import { applicant, nextCommune, startTestSandbox } from './support/sandbox.js';

const sandbox = await startTestSandbox();

async function dossier(title: string) {
  const agent = await applicant(sandbox);
  const app = await agent.applications.create('qmi-2', { commune: nextCommune() });
  await agent.applications.update(app.id, { challenge: { title } }, { ifMatch: app.revision });
  return { agent, app };
}

/** A client whose network can be cut. */
function clientOf(token: string) {
  const net = { offline: false };
  const client = createClient({
    baseUrl: sandbox.url,
    token,
    fetch: (async (input: RequestInfo | URL, init?: RequestInit) => {
      if (net.offline)
        throw new TypeError('fetch failed', { cause: Object.assign(new Error('offline'), { code: 'ENETUNREACH' }) });
      return fetch(input, init);
    }) as typeof fetch,
  });
  return { client, net };
}

const open = (client: ReturnType<typeof createClient>, applicationId: string, journal: Journal) =>
  Autosave.open({ client, applicationId, journal, environment: { BroadcastChannel } });

/** Fails instead of hanging when `promise` waits for what it should not. */
const within = <T>(promise: Promise<T>, ms: number, what: string) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(what)), ms))]);

test('the dossier shows once the server answered, not once this browser stored its copy for offline, which it still does', async () => {
  const { agent, app } = await dossier('Rues aux écoles');
  const { client, net } = clientOf(agent.session.token);
  const journal = memoryJournal();
  // A slow disk: the copy is written long after the answer arrived.
  let written!: () => void;
  const disk = new Promise<void>((resolve) => (written = resolve));
  const slow: Journal = {
    ...journal,
    saveSnapshot: async (application) => (await disk, journal.saveSnapshot(application)),
  };
  const engine = await within(open(client, app.id, slow), 2_000, 'the dossier waited for the disk');
  assert.equal(engine.draft.challenge?.title, 'Rues aux écoles');
  engine.close();
  written();
  await new Promise((resolve) => setTimeout(resolve, 10));
  // Later, offline: the copy opens.
  net.offline = true;
  const offline = await open(client, app.id, journal);
  assert.equal(offline.draft.challenge?.title, 'Rues aux écoles');
  offline.close();
});

test('a browser that cannot store a copy (its storage full) still shows the dossier the server sent, not an older copy', async () => {
  const { agent, app } = await dossier('Version envoyée par la plateforme');
  const { client } = clientOf(agent.session.token);
  const journal = memoryJournal();
  const older = await agent.applications.get(app.id);
  await journal.saveSnapshot({ ...older, challenge: { ...older.challenge, title: 'Ancienne copie' } });
  const full: Journal = {
    ...journal,
    saveSnapshot: () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
  };
  const engine = await open(client, app.id, full);
  assert.equal(engine.draft.challenge?.title, 'Version envoyée par la plateforme');
  assert.notEqual(engine.state.status, 'offline');
  engine.close();
});

test('the copy for offline is written after the task that shows the dossier, and still written by an engine closed at once', async () => {
  const { agent, app } = await dossier('Copie après affichage');
  const { client, net } = clientOf(agent.session.token);
  const journal = memoryJournal();
  const copies: string[] = [];
  const watched: Journal = {
    ...journal,
    saveSnapshot: (application) => (copies.push(application.id), journal.saveSnapshot(application)),
  };
  // Copying a long dossier for the disk (a structured clone) in the task that renders it delays the form's first frame.
  const engine = await open(client, app.id, watched);
  await Promise.resolve();
  assert.deepEqual(copies, [], 'not copied in the task that opened it');
  await new Promise((resolve) => setTimeout(resolve, 150));
  assert.deepEqual(copies, [app.id], 'copied soon after');
  engine.close();
  // An engine closed before its copy was written (the form removed at once) writes it as it closes.
  const second = await open(client, app.id, watched);
  second.close();
  assert.deepEqual(copies, [app.id, app.id]);
  net.offline = true;
  const offline = await open(client, app.id, journal);
  assert.equal(offline.draft.challenge?.title, 'Copie après affichage');
  offline.close();
});
