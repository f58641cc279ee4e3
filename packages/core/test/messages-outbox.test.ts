import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  ApiError,
  ConnectionError,
  createClient,
  MessageOutbox,
  memoryOutboxStore,
  refusalOf,
  TimeoutError,
  type MessageOutboxOptions,
  type OutboxFailedEvent,
  type OutboxSentEvent,
} from '../src/index.js';
import { applicantWithDossier, startTestSandbox } from './support/sandbox.js';

const sandbox = await startTestSandbox();
/** Fast retries, so that a test waits for a few of them in well under a second. */
const FAST = { retry: { initialMs: 40, maxMs: 80 } };

/**
 * The network between the outbox and the real sandbox, which these tests cut: `offline` (no answer at
 * all), or `loseAnswers` (the platform records the message, the answer never comes back).
 */
function network() {
  const state = { offline: false, loseAnswers: 0, posts: 0, slowNextPostMs: 0 };
  const fetchFn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    if (state.offline)
      throw new TypeError('fetch failed', { cause: Object.assign(new Error('offline'), { code: 'ENETUNREACH' }) });
    if (request.method === 'POST') state.posts++;
    if (request.method === 'POST' && state.slowNextPostMs) {
      const slow = state.slowNextPostMs;
      state.slowNextPostMs = 0;
      await pause(slow);
    }
    const response = await fetch(request);
    if (request.method === 'POST' && state.loseAnswers > 0) {
      state.loseAnswers--;
      throw new TypeError('fetch failed', { cause: Object.assign(new Error('reset'), { code: 'ECONNRESET' }) });
    }
    return response;
  }) as typeof fetch;
  return { state, fetch: fetchFn };
}

/** Records what the outbox tells its page. */
function listen(outbox: MessageOutbox) {
  const sent: OutboxSentEvent[] = [];
  const failed: OutboxFailedEvent[] = [];
  outbox.addEventListener('sent', (event) => sent.push(event));
  outbox.addEventListener('failed', (event) => failed.push(event));
  return { sent, failed };
}

/** No `online` to hear unless a test gives one: these tests run in Node. */
const open = (options: MessageOutboxOptions) => new MessageOutbox({ ...FAST, environment: {}, ...options });
const bodies = async (client: MessageOutboxOptions['client'], applicationId: string) =>
  (await client.messages.list(applicationId)).map((m) => m.body);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function until(check: () => boolean | Promise<boolean>, what: string, timeout = 5000) {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await pause(20);
  }
}

test('a message is stored before it leaves, recorded once by the platform, then forgotten by the store', async () => {
  const { client, application } = await applicantWithDossier(sandbox);
  const store = memoryOutboxStore();
  const outbox = open({ client, applicationId: application.id, store });
  const heard = listen(outbox);
  const written = outbox.send('Bonjour, une question sur le défi.');
  assert.equal(written.state, 'sending');
  assert.deepEqual(store.load(), [
    { key: written.key, body: 'Bonjour, une question sur le défi.', createdAt: written.createdAt },
  ]);
  assert.deepEqual(
    outbox.pending.map((p) => p.body),
    ['Bonjour, une question sur le défi.'],
  );
  await outbox.whenIdle();
  assert.deepEqual(await bodies(client, application.id), ['Bonjour, une question sur le défi.']);
  assert.equal(heard.sent.length, 1);
  assert.equal(heard.sent[0]!.key, written.key);
  assert.equal(heard.sent[0]!.message.body, 'Bonjour, une question sur le défi.');
  assert.deepEqual(outbox.pending, []);
  assert.deepEqual(store.load(), []);
  outbox.close();
});

test('an empty message is not sent', async () => {
  const { client, application } = await applicantWithDossier(sandbox);
  const outbox = open({ client, applicationId: application.id });
  assert.throws(() => outbox.send('  \n '), RangeError);
  assert.deepEqual(outbox.pending, []);
  assert.deepEqual(await bodies(client, application.id), []);
  outbox.close();
});

test('offline: the message is kept as failed, told once (not at each automatic retry), and delivered exactly once when the network returns', async () => {
  const net = network();
  const { client, application } = await applicantWithDossier(sandbox, { fetch: net.fetch, retry: { limit: 0 } });
  const store = memoryOutboxStore();
  const outbox = open({ client, applicationId: application.id, store });
  const heard = listen(outbox);
  net.state.offline = true;
  outbox.send('Écrit hors ligne');
  await until(() => heard.failed.length >= 3, 'three failed attempts (two automatic retries)');
  assert.deepEqual(
    heard.failed.map((event) => event.news),
    [true, ...heard.failed.slice(1).map(() => false)],
  );
  assert.ok(heard.failed.every((event) => !event.refused && event.error instanceof ConnectionError));
  assert.equal(outbox.pending[0]?.refusal, undefined);
  assert.deepEqual(
    store.load().map((m) => m.body),
    ['Écrit hors ligne'],
  );
  net.state.offline = false;
  await until(() => heard.sent.length === 1, 'the delivery');
  await pause(300);
  assert.deepEqual(await bodies(client, application.id), ['Écrit hors ligne']);
  assert.deepEqual(outbox.pending, []);
  assert.deepEqual(store.load(), []);
  outbox.close();
});

test('written offline, the messages reach the thread in the order they were written when the network returns', async () => {
  const net = network();
  const { client, application } = await applicantWithDossier(sandbox, { fetch: net.fetch, retry: { limit: 0 } });
  const events = new EventTarget();
  const outbox = open({ client, applicationId: application.id, environment: { events } });
  const heard = listen(outbox);
  net.state.offline = true;
  outbox.send('Premier message');
  outbox.send('Deuxième message');
  await until(() => heard.failed.length >= 2, 'both failed');
  // Back online, and the first one's way to the platform is the slower.
  net.state.slowNextPostMs = 200;
  net.state.offline = false;
  events.dispatchEvent(new Event('online'));
  await until(() => heard.sent.length === 2, 'both delivered');
  assert.deepEqual(await bodies(client, application.id), ['Premier message', 'Deuxième message']);

  // One that failed is not overtaken by one written after it, before its retry came.
  net.state.offline = true;
  outbox.send('Troisième message');
  await until(() => heard.failed.length >= 3, 'the third failed');
  net.state.offline = false;
  outbox.send('Quatrième message');
  await until(() => heard.sent.length === 4, 'the third and fourth delivered');
  assert.deepEqual((await bodies(client, application.id)).slice(2), ['Troisième message', 'Quatrième message']);
  outbox.close();
});

test('throttled by the platform, the message is held with the 429 at once (not after minutes of silent retries), and not called a refusal', async () => {
  // The client's default retries: a wait the platform asks for beyond 10 s reaches the outbox at once.
  const { client, application } = await applicantWithDossier(sandbox);
  // The platform allows 30 messages a minute per account: this account has used them.
  for (let i = 0; i < 30; i++) await client.messages.send(application.id, { body: `Message ${i + 1}` });
  const outbox = open({ client, applicationId: application.id, store: memoryOutboxStore() });
  const heard = listen(outbox);
  const started = Date.now();
  outbox.send('Un de trop');
  await until(() => heard.failed.length === 1, 'the throttled attempt');
  assert.ok(Date.now() - started < 5_000, 'told within seconds, not after the Retry-After');
  const [held] = outbox.pending;
  assert.equal(held?.throttled?.status, 429);
  assert.equal(held?.refusal, undefined, 'a wait is not a refusal: it is sent again by itself');
  assert.ok(Number(held?.throttled?.headers.get('retry-after')) > 10);
  outbox.close();
});

test('after a "reload", the next outbox on the same store sends the message again with its first key, once', async () => {
  const net = network();
  const { client, application } = await applicantWithDossier(sandbox, { fetch: net.fetch, retry: { limit: 0 } });
  const store = memoryOutboxStore();
  net.state.offline = true;
  const first = open({ client, applicationId: application.id, store });
  const written = first.send('Écrit avant le rechargement');
  await first.whenIdle();
  first.close();
  net.state.offline = false;
  const second = open({ client, applicationId: application.id, store });
  assert.deepEqual(
    second.pending.map((p) => [p.key, p.body, p.state]),
    [[written.key, 'Écrit avant le rechargement', 'sending']],
  );
  const heard = listen(second);
  second.start();
  await second.whenIdle();
  assert.equal(heard.sent[0]?.key, written.key);
  assert.deepEqual(await bodies(client, application.id), ['Écrit avant le rechargement']);
  assert.deepEqual(store.load(), []);
  second.close();
});

test('an answer lost after the platform recorded the message makes no duplicate: the retry carries the same key', async () => {
  const net = network();
  const { client, application } = await applicantWithDossier(sandbox, { fetch: net.fetch, retry: { limit: 0 } });
  const outbox = open({ client, applicationId: application.id });
  const heard = listen(outbox);
  net.state.loseAnswers = 1;
  outbox.send('Réponse perdue');
  await until(() => heard.sent.length === 1, 'the delivery after the lost answer');
  assert.equal(net.state.posts, 2);
  assert.deepEqual(await bodies(client, application.id), ['Réponse perdue']);
  outbox.close();
});

test('a refusal of the platform is kept with its reason and not retried automatically; "Réessayer" and `online` send it again', async () => {
  const { application } = await applicantWithDossier(sandbox);
  // Another commune's agent: the platform refuses them this dossier.
  const { client: stranger } = await applicantWithDossier(sandbox);
  const events = new EventTarget();
  const store = memoryOutboxStore();
  const outbox = open({ client: stranger, applicationId: application.id, store, environment: { events } });
  const heard = listen(outbox);
  const written = outbox.send('Puis-je lire ce dossier ?');
  await outbox.whenIdle();
  const refusal = outbox.pending[0]?.refusal;
  assert.ok(refusal instanceof ApiError);
  assert.equal(refusal.status, 404);
  assert.equal(outbox.pending[0]?.state, 'failed');
  assert.deepEqual(
    heard.failed.map((event) => [event.refused, event.news]),
    [[true, true]],
  );
  await pause(300);
  assert.equal(heard.failed.length, 1, 'no automatic retry of a refusal');
  assert.deepEqual(
    store.load().map((m) => m.key),
    [written.key],
    'kept on the device',
  );
  await outbox.retry(written.key);
  assert.deepEqual(
    heard.failed.map((event) => [event.refused, event.news]),
    [
      [true, true],
      [true, true],
    ],
  );
  events.dispatchEvent(new Event('online'));
  await outbox.whenIdle();
  assert.equal(heard.failed.length, 3);
  outbox.close();
});

test('a message the platform refuses for its length is refused with the platform’s code, and the thread stays empty', async () => {
  const { client, application } = await applicantWithDossier(sandbox);
  const outbox = open({ client, applicationId: application.id });
  outbox.send('x'.repeat(8001));
  await outbox.whenIdle();
  const refusal = outbox.pending[0]?.refusal;
  assert.ok(refusal instanceof ApiError);
  assert.ok([400, 422].includes(refusal.status), `status ${refusal.status}`);
  assert.deepEqual(await bodies(client, application.id), []);
  outbox.close();
});

test('a session that expired is not a refusal: the message waits and goes once the platform accepts the account again', async () => {
  let token = 'expired-token';
  const { application, session } = await applicantWithDossier(sandbox);
  const client = createClient({ baseUrl: sandbox.url, token: () => token, retry: { limit: 0 } });
  const outbox = open({ client, applicationId: application.id });
  const heard = listen(outbox);
  outbox.send('Envoyé avant de me reconnecter');
  await until(() => heard.failed.length >= 2, 'an automatic retry');
  assert.ok(
    heard.failed.every((event) => !event.refused && event.error instanceof ApiError && event.error.status === 401),
  );
  // Signed in again: the next automatic retry goes through.
  token = session.token;
  await until(() => heard.sent.length === 1, 'the delivery after signing in again');
  assert.deepEqual(await bodies(client, application.id), ['Envoyé avant de me reconnecter']);
  outbox.close();
});

test('a closed outbox tells nothing more and retries nothing; what it held stays stored for the next one', async () => {
  const net = network();
  const { client, application } = await applicantWithDossier(sandbox, { fetch: net.fetch, retry: { limit: 0 } });
  const store = memoryOutboxStore();
  const outbox = open({ client, applicationId: application.id, store });
  const heard = listen(outbox);
  net.state.offline = true;
  outbox.send('Laissé en attente');
  await outbox.whenIdle();
  outbox.close();
  const failures = heard.failed.length;
  await pause(300);
  assert.equal(heard.failed.length, failures);
  assert.equal(net.state.posts, 0);
  assert.deepEqual(
    store.load().map((m) => m.body),
    ['Laissé en attente'],
  );
});

test('refusalOf: only an answer that another try cannot change is a refusal', () => {
  const problem = (status: number) => ({
    type: 'about:blank',
    title: 't',
    status,
    code: 'validation_failed',
    instance: '/x',
    requestId: 'r',
  });
  const answer = (status: number) => new ApiError(problem(status), new Headers());
  for (const status of [400, 403, 404, 409, 413, 422])
    assert.equal(refusalOf(answer(status))?.status, status, `${status} is a refusal`);
  for (const status of [401, 408, 429, 500, 502, 503])
    assert.equal(refusalOf(answer(status)), undefined, `${status} is retried`);
  assert.equal(refusalOf(new ConnectionError('offline')), undefined);
  assert.equal(refusalOf(new TimeoutError('slow')), undefined);
  assert.equal(refusalOf(new TypeError('not an answer')), undefined);
});

test('memoryOutboxStore: one entry per key, oldest first, copies out', () => {
  const store = memoryOutboxStore([{ key: 'a', body: 'A', createdAt: '2023-12-01T09:00:00.000Z' }]);
  store.add({ key: 'b', body: 'B', createdAt: '2023-12-01T09:01:00.000Z' });
  store.add({ key: 'a', body: 'A bis', createdAt: '2023-12-01T09:02:00.000Z' });
  assert.deepEqual(
    store.load().map((m) => m.body),
    ['B', 'A bis'],
  );
  store.load()[0]!.body = 'changed outside';
  assert.equal(store.load()[0]!.body, 'B');
  store.remove('b');
  assert.deepEqual(
    store.load().map((m) => m.key),
    ['a'],
  );
});
