import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  AbortError,
  ConflictError,
  ConnectionError,
  createClient,
  PreconditionFailedError,
  ResponseValidationError,
} from '../src/index.js';
import {
  applicant,
  nextCommune,
  PASSWORD,
  rejection,
  signUpVerified,
  startTestSandbox,
  uniqueEmail,
} from './support/sandbox.js';

const sandbox = await startTestSandbox();

/**
 * The network fault is what these tests are about, so it is the one test double: a fetch that
 * drops the first attempts of matching requests, then lets them reach the real server.
 */
function flakyFetch(failures: number, matches: (request: Request) => boolean) {
  const seen: Request[] = [];
  let left = failures;
  const flaky = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    seen.push(request.clone());
    if (matches(request) && left-- > 0)
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
      });
    return fetch(request);
  };
  return { fetch: flaky as typeof fetch, seen };
}

const fast = { retry: { limit: 2, backoffLimit: 20 } };

async function signedIn(options: Parameters<typeof createClient>[0]) {
  const client = createClient(options);
  await signUpVerified(client, uniqueEmail(), sandbox);
  return client;
}

test('a create whose connection drops is retried with the same Idempotency-Key and makes one dossier', async () => {
  const isCreate = (r: Request) => r.method === 'POST' && r.url.endsWith('/applications');
  const { fetch, seen } = flakyFetch(1, isCreate);
  const client = await signedIn({ baseUrl: sandbox.url, fetch, ...fast });
  const app = await client.applications.create('qmi-2', { commune: nextCommune() });
  const attempts = seen.filter(isCreate);
  assert.equal(attempts.length, 2);
  const keys = attempts.map((r) => r.headers.get('idempotency-key'));
  assert.ok(keys[0]);
  assert.equal(keys[0], keys[1]);
  const all = [];
  for await (const item of client.applications.list()) all.push(item.id);
  assert.deepEqual(all, [app.id]);
});

test('reads are retried after a network fault; a sign-up (not idempotent) is not', async () => {
  const reads = flakyFetch(2, (r) => r.method === 'GET');
  const client = createClient({ baseUrl: sandbox.url, fetch: reads.fetch, ...fast });
  const call = await client.calls.get('qmi-2');
  assert.equal(call.id, 'qmi-2');
  assert.equal(reads.seen.length, 3);

  const signUp = flakyFetch(1, (r) => r.method === 'POST');
  const error = await rejection(
    createClient({ baseUrl: sandbox.url, fetch: signUp.fetch, ...fast }).auth.signUp({
      email: uniqueEmail(),
      password: PASSWORD,
    }),
  );
  assert.ok(error instanceof ConnectionError);
  assert.equal(signUp.seen.length, 1);
});

test('409 and 412 are real conflicts: never retried automatically', async () => {
  const counting = flakyFetch(0, () => false);
  const agent = await signedIn({ baseUrl: sandbox.url, fetch: counting.fetch, ...fast });
  const commune = nextCommune();
  const app = await agent.applications.create('qmi-2', { commune });
  await agent.applications.update(app.id, { challenge: { title: 'v2' } }, { ifMatch: 1 });
  const before = counting.seen.length;
  assert.ok(
    (await rejection(agent.applications.update(app.id, { challenge: { title: 'v2 bis' } }, { ifMatch: 1 }))) instanceof
      PreconditionFailedError,
  );
  assert.ok((await rejection(agent.applications.create('qmi-2', { commune }))) instanceof ConflictError);
  assert.equal(counting.seen.length - before, 2);
});

test('every call takes an AbortSignal', async () => {
  const agent = await applicant(sandbox);
  const controller = new AbortController();
  controller.abort();
  const error = await rejection(agent.calls.get('qmi-2', { signal: controller.signal }));
  assert.ok(error instanceof AbortError);
});

test('an answer that does not match the schema is a ResponseValidationError, not an HTTP error', async () => {
  const lying = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const real = await fetch(new Request(input, init));
    const body = await real.json();
    return Response.json({ ...body, timeZone: 42 });
  }) as typeof fetch;
  const error = await rejection(createClient({ baseUrl: sandbox.url, fetch: lying }).calls.get('qmi-2'));
  assert.ok(error instanceof ResponseValidationError);
});

test('ids are encoded in paths and "." or ".." are refused before any request', async () => {
  const counting = flakyFetch(0, () => false);
  const client = createClient({ baseUrl: sandbox.url, fetch: counting.fetch });
  await assert.rejects(() => client.calls.get('..'), TypeError);
  assert.equal(counting.seen.length, 0);
  const error = await rejection(client.calls.get('qmi-2/../../etc'));
  assert.equal(error.status, 404);
  assert.ok(counting.seen[0]!.url.endsWith('/v1/calls/qmi-2%2F..%2F..%2Fetc'));
});

test('the client asks for English titles when told to', async () => {
  const client = createClient({ baseUrl: sandbox.url, lang: 'en' });
  const error = await rejection(client.calls.get('nope'));
  assert.equal(error.problem.title, 'Resource not found.');
  assert.equal(error.message, 'Resource not found.');
});
