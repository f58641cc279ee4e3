import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Autosave, createClient, memoryJournal, type AutosaveOptions } from '../src/index.js';
import { applicant, nextCommune, PASSWORD, startTestSandbox } from './support/sandbox.js';

const sandbox = await startTestSandbox();
const FAST = { debounceMs: 50, retry: { initialMs: 20, maxMs: 100 } };

/** Counts the saves that reach the network, and can cut it: the network is what these tests are about. */
function network() {
  const state = { offline: false, patches: [] as string[] };
  const fetchFn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    if (state.offline)
      throw new TypeError('fetch failed', { cause: Object.assign(new Error('offline'), { code: 'ENETUNREACH' }) });
    if (request.method === 'PATCH') state.patches.push(await request.clone().text());
    return fetch(request);
  }) as typeof fetch;
  return { state, fetch: fetchFn };
}

async function dossier() {
  const agent = await applicant(sandbox);
  const app = await agent.applications.create('qmi-2', { commune: nextCommune() });
  return { agent, app };
}

const open = (options: Partial<AutosaveOptions> & Pick<AutosaveOptions, 'client' | 'applicationId'>) =>
  Autosave.open({ ...FAST, environment: { BroadcastChannel }, ...options });

test('keystrokes within the debounce are coalesced into one merge patch of the last value', async () => {
  const { agent, app } = await dossier();
  const net = network();
  const client = createClient({ baseUrl: sandbox.url, token: agent.session.token, fetch: net.fetch });
  const engine = await open({ client, applicationId: app.id });
  const title = 'Apaiser les abords des écoles';
  for (let i = 1; i <= title.length; i++) void engine.edit('challenge.title', title.slice(0, i));
  assert.equal(engine.state.status, 'pending');
  assert.equal(engine.draft.challenge?.title, title);
  await new Promise((resolve) => setTimeout(resolve, 150));
  await engine.whenSettled();
  assert.deepEqual(net.state.patches, [JSON.stringify({ challenge: { title } })]);
  assert.equal(engine.state.status, 'saved');
  assert.equal((await agent.applications.get(app.id)).challenge?.title, title);
  engine.close();
});

test('an edit not yet sent survives a "reload": the next engine on the same journal sends it', async () => {
  const { agent, app } = await dossier();
  const client = createClient({ baseUrl: sandbox.url, token: agent.session.token });
  const journal = memoryJournal();
  const first = await open({ client, applicationId: app.id, journal, debounceMs: 60_000 });
  await first.edit('motivations.text', 'Tapé juste avant de fermer l’onglet');
  first.close();
  assert.equal((await agent.applications.get(app.id)).motivations, undefined);
  const second = await open({ client, applicationId: app.id, journal });
  assert.deepEqual(second.state.pending, ['motivations.text']);
  await second.whenSettled();
  assert.equal((await agent.applications.get(app.id)).motivations?.text, 'Tapé juste avant de fermer l’onglet');
  assert.deepEqual(await journal.load(app.id), []);
  second.close();
});

test('offline: edits are kept and the engine says so, then sends them when the network returns', async () => {
  const { agent, app } = await dossier();
  const net = network();
  const client = createClient({
    baseUrl: sandbox.url,
    token: agent.session.token,
    fetch: net.fetch,
    retry: { limit: 0 },
  });
  const engine = await open({ client, applicationId: app.id });
  net.state.offline = true;
  void engine.edit('challenge.title', 'Écrit hors ligne', { flush: true });
  await new Promise((resolve) => setTimeout(resolve, 100));
  assert.equal(engine.state.status as string, 'offline');
  assert.deepEqual(engine.state.pending, ['challenge.title']);
  await engine.edit('motivations.text', 'Encore hors ligne');
  net.state.offline = false;
  const start = Date.now();
  while (engine.state.status !== 'saved' && Date.now() - start < 3000)
    await new Promise((resolve) => setTimeout(resolve, 20));
  const stored = await agent.applications.get(app.id);
  assert.equal(stored.challenge?.title, 'Écrit hors ligne');
  assert.equal(stored.motivations?.text, 'Encore hors ligne');
  engine.close();
});

test('offline: the status stays "offline" through the automatic retries, never flashing "saving", until a save goes through', async (t) => {
  const { agent, app } = await dossier();
  const net = network();
  const client = createClient({
    baseUrl: sandbox.url,
    token: agent.session.token,
    fetch: net.fetch,
    retry: { limit: 0 },
  });
  const engine = await open({ client, applicationId: app.id });
  t.after(() => engine.close());
  const seen: string[] = [];
  engine.addEventListener('change', () => seen.push(engine.state.status));
  net.state.offline = true;
  void engine.edit('challenge.title', 'Écrit hors ligne', { flush: true });
  // FAST retries every 20 to 100 ms: several attempts fail within this wait.
  await new Promise((resolve) => setTimeout(resolve, 400));
  const whileOffline = seen.slice(seen.indexOf('offline'));
  assert.ok(whileOffline.length > 0, 'the engine said it is offline');
  assert.deepEqual([...new Set(whileOffline)], ['offline']);
  net.state.offline = false;
  const start = Date.now();
  while (engine.state.status !== 'saved' && Date.now() - start < 3000)
    await new Promise((resolve) => setTimeout(resolve, 20));
  assert.equal(engine.state.status, 'saved');
  engine.close();
});

test('two tabs editing different fields both keep their edits', async () => {
  const { agent, app } = await dossier();
  const clientA = createClient({ baseUrl: sandbox.url, token: agent.session.token });
  const clientB = createClient({ baseUrl: sandbox.url, token: agent.session.token });
  const a = await open({ client: clientA, applicationId: app.id });
  const b = await open({ client: clientB, applicationId: app.id });
  await a.edit('challenge.title', 'Titre écrit dans l’onglet A', { flush: true });
  await b.edit('motivations.text', 'Motivations écrites dans l’onglet B', { flush: true });
  await Promise.all([a.flush(), b.flush()]);
  const stored = await agent.applications.get(app.id);
  assert.equal(stored.challenge?.title, 'Titre écrit dans l’onglet A');
  assert.equal(stored.motivations?.text, 'Motivations écrites dans l’onglet B');
  assert.deepEqual([a.state.conflicts, b.state.conflicts], [[], []]);
  a.close();
  b.close();
});

test('the same field in two tabs becomes a conflict that keeps both values until the person chooses', async () => {
  const { agent, app } = await dossier();
  const a = await open({
    client: createClient({ baseUrl: sandbox.url, token: agent.session.token }),
    applicationId: app.id,
    environment: {},
  });
  const b = await open({
    client: createClient({ baseUrl: sandbox.url, token: agent.session.token }),
    applicationId: app.id,
    environment: {},
  });
  await a.edit('challenge.title', 'Version de Camille', { flush: true });
  await b.edit('challenge.title', 'Version de Thomas', { flush: true });
  assert.equal(b.state.status, 'conflict');
  assert.deepEqual(b.state.conflicts, [
    { path: 'challenge.title', mine: 'Version de Thomas', theirs: 'Version de Camille' },
  ]);
  assert.equal((await agent.applications.get(app.id)).challenge?.title, 'Version de Camille');
  await b.resolveConflict('challenge.title', 'mine');
  await b.whenSettled();
  assert.equal(b.state.status, 'saved');
  assert.equal((await agent.applications.get(app.id)).challenge?.title, 'Version de Thomas');
  a.close();
  b.close();
});

test('an expired session keeps every edit, asks for a new sign-in, then sends them', async () => {
  const { agent, app } = await dossier();
  const client = createClient({ baseUrl: sandbox.url, token: agent.session.token });
  let asked = 0;
  const engine = await open({
    client,
    applicationId: app.id,
    onUnauthenticated: async () => {
      asked++;
      await client.auth.signIn({ email: agent.session.account.email, password: PASSWORD });
    },
  });
  await client.auth.signOut();
  client.setToken(agent.session.token); // the old, now revoked token
  await engine.edit('challenge.title', 'Écrit pendant que la session expirait', { flush: true });
  const start = Date.now();
  while (engine.state.status !== 'saved' && Date.now() - start < 3000)
    await new Promise((resolve) => setTimeout(resolve, 20));
  assert.equal(asked, 1);
  assert.equal(engine.state.status, 'saved');
  const check = createClient({ baseUrl: sandbox.url });
  await check.auth.signIn({ email: agent.session.account.email, password: PASSWORD });
  assert.equal((await check.applications.get(app.id)).challenge?.title, 'Écrit pendant que la session expirait');
  engine.close();
});

test('a refused save (the deadline passed) keeps the edit and says why', async () => {
  const { agent, app } = await dossier();
  const journal = memoryJournal();
  const engine = await open({
    client: createClient({ baseUrl: sandbox.url, token: agent.session.token }),
    applicationId: app.id,
    journal,
  });
  sandbox.clock.set('2024-01-13T10:00:00Z');
  try {
    await engine.edit('challenge.title', 'Trop tard ?', { flush: true });
    assert.equal(engine.state.status, 'error');
    assert.equal((engine.state.error as { code?: string }).code, 'call_closed');
    assert.deepEqual(
      (await journal.load(app.id)).map((e) => e.value),
      ['Trop tard ?'],
    );
  } finally {
    sandbox.clock.set('2023-12-01T09:00:00Z');
    engine.close();
  }
});

test('a long answer typed without a pause is still saved every few seconds (maxWait), not only at the end', async () => {
  const { agent, app } = await dossier();
  const net = network();
  const client = createClient({ baseUrl: sandbox.url, token: agent.session.token, fetch: net.fetch });
  const engine = await open({ client, applicationId: app.id, debounceMs: 100, maxWaitMs: 300 });
  let text = '';
  // 1.2 s of typing, a key every 20 ms: the 100 ms debounce alone would never fire.
  for (let i = 0; i < 60; i++) {
    text += 'x';
    void engine.edit('motivations.text', text);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const whileTyping = net.state.patches.length;
  assert.ok(whileTyping >= 2 && whileTyping <= 5, `${whileTyping} saves while typing`);
  await engine.flush();
  assert.equal((await agent.applications.get(app.id)).motivations?.text, text);
  engine.close();
});

test('a change made elsewhere shows when the page becomes visible again, and on the refresh interval, merged with local edits', async () => {
  const { agent, app } = await dossier();
  const page = new EventTarget();
  const document = { visibilityState: 'visible' };
  const engine = await open({
    client: agent,
    applicationId: app.id,
    environment: { events: page, document },
    refreshIntervalMs: 200,
  });
  const remote: string[] = [];
  engine.addEventListener('remote', () => remote.push(engine.application.challenge?.title ?? ''));
  // Another device saves the title; this page types the description meanwhile.
  const other = createClient({ baseUrl: sandbox.url });
  await other.auth.signIn({ email: agent.session.account.email, password: PASSWORD });
  await other.applications.update(
    app.id,
    { challenge: { title: 'Depuis la mairie annexe' } },
    { ifMatch: app.revision },
  );
  void engine.edit('challenge.description', 'Écrit ici');
  page.dispatchEvent(new Event('visibilitychange'));
  for (let i = 0; i < 50 && engine.draft.challenge?.title !== 'Depuis la mairie annexe'; i++)
    await new Promise((resolve) => setTimeout(resolve, 20));
  assert.equal(
    engine.draft.challenge?.title,
    'Depuis la mairie annexe',
    'the other device’s edit, on coming back to the page',
  );
  assert.equal(engine.draft.challenge?.description, 'Écrit ici', 'the local edit is kept');
  // Nothing new: the interval's reads change nothing and announce nothing.
  await engine.flush();
  const announced = remote.length;
  await new Promise((resolve) => setTimeout(resolve, 500));
  assert.equal(remote.length, announced);
  // A later change, with no event from the page: the refresh interval picks it up.
  const latest = await other.applications.get(app.id);
  await other.applications.update(app.id, { challenge: { title: 'Deuxième version' } }, { ifMatch: latest.revision });
  const title = (): string | undefined => engine.draft.challenge?.title;
  for (let i = 0; i < 50 && title() !== 'Deuxième version'; i++)
    await new Promise((resolve) => setTimeout(resolve, 20));
  assert.equal(title(), 'Deuxième version', 'the refresh interval');
  engine.close();
});
