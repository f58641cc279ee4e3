import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { DEFAULT_THROTTLE_LIMITS, silentLogger, startSandbox, type Sandbox } from '../src/index.js';
import { applicant, nextCommune, PASSWORD, raw, startTestSandbox, uniqueEmail } from './helpers.js';
import { tusClient } from './upload-helpers.js';

// Sign-in refusals of 1 s (doubling) so that a test can see one end without waiting a minute.
const fast = await startTestSandbox({ throttle: { signInFirstDelaySeconds: 1 } });
const sandbox = await startTestSandbox();

const json = (body: unknown) => ({ body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
const signUp = (target: Sandbox, email: string, headers: Record<string, string> = {}) => {
  const request = json({ email, password: PASSWORD });
  return raw(target, 'POST', '/v1/accounts', { ...request, headers: { ...request.headers, ...headers } });
};
const signIn = (target: Sandbox, email: string, password: string, lang = 'fr') => {
  const request = json({ email, password });
  return raw(target, 'POST', '/v1/sessions', { ...request, headers: { ...request.headers, 'accept-language': lang } });
};
const wrong = async (target: Sandbox, email: string, times: number) => {
  for (let i = 0; i < times; i++) assert.equal((await signIn(target, email, 'pas le bon mot de passe')).status, 401);
};
const newAccount = async (target: Sandbox) => {
  const email = uniqueEmail();
  assert.equal((await signUp(target, email)).status, 202);
  return email;
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The 429 as the platform promises it: problem+json, Retry-After in seconds, the same in `retryAfter`. */
function assertRateLimited(answer: { status: number; headers: Headers; json: any }, retryAfter?: number): number {
  assert.equal(answer.status, 429, JSON.stringify(answer.json));
  assert.match(answer.headers.get('content-type') ?? '', /^application\/problem\+json/);
  assert.equal(answer.json.code, 'rate_limited');
  const seconds = Number(answer.headers.get('retry-after'));
  assert.ok(Number.isInteger(seconds) && seconds >= 1, `Retry-After: ${answer.headers.get('retry-after')}`);
  assert.equal(answer.json.retryAfter, seconds);
  if (retryAfter !== undefined) assert.equal(seconds, retryAfter);
  return seconds;
}

test('after 5 wrong passwords the right one is refused, and the answer says when to try again', async () => {
  const email = await newAccount(sandbox);
  await wrong(sandbox, email, 5);
  const fr = await signIn(sandbox, email, PASSWORD);
  assertRateLimited(fr, 60);
  assert.equal(fr.json.detail, 'Trop de tentatives. Réessayez dans 1 minute.');
  const en = await signIn(sandbox, email, PASSWORD, 'en');
  assertRateLimited(en);
  assert.equal(en.json.detail, 'Too many attempts. Try again in 1 minute.');
});

test('after 5 wrong passwords the right one is refused until the delay passes, with Retry-After', async () => {
  const email = await newAccount(fast);
  await wrong(fast, email, 5);
  const refused = await signIn(fast, email, PASSWORD);
  assertRateLimited(refused, 1);
  assert.equal(refused.json.detail, 'Trop de tentatives. Réessayez dans 1 seconde.');
  await sleep(1100);
  assert.equal((await signIn(fast, email, PASSWORD)).status, 201);
});

test('the delay grows with each further wrong password', async () => {
  const email = await newAccount(fast);
  await wrong(fast, email, 5);
  assertRateLimited(await signIn(fast, email, PASSWORD), 1);
  await sleep(1100);
  await wrong(fast, email, 1);
  assertRateLimited(await signIn(fast, email, PASSWORD), 2);
});

test('a person who mistyped 4 times and then signed in starts again from zero', async () => {
  const email = await newAccount(sandbox);
  await wrong(sandbox, email, 4);
  assert.equal((await signIn(sandbox, email, PASSWORD)).status, 201);
  await wrong(sandbox, email, 4);
  assert.equal((await signIn(sandbox, email, PASSWORD)).status, 201);
});

test("another account is not blocked by someone else's failures", async () => {
  const attacked = await newAccount(sandbox);
  const other = await newAccount(sandbox);
  await wrong(sandbox, attacked, 5);
  assertRateLimited(await signIn(sandbox, attacked, PASSWORD));
  assert.equal((await signIn(sandbox, other, PASSWORD)).status, 201);
});

test('an address that fails on many accounts is refused sign-in for the rest of the day', async () => {
  const target = await startTestSandbox({ throttle: { signInFailuresPerAddressPerDay: 3 } });
  const accounts = [await newAccount(target), await newAccount(target), await newAccount(target)];
  for (const email of accounts) await wrong(target, email, 1);
  const refused = await signIn(target, accounts[0]!, PASSWORD);
  const seconds = assertRateLimited(refused);
  assert.ok(seconds > 23 * 3600 && seconds <= 24 * 3600, `Retry-After ${seconds}`);
  assert.equal(refused.json.detail, 'Trop de tentatives. Réessayez dans 24 heures.');
});

test('one address cannot sign up 11 accounts in an hour', async () => {
  const target = await startTestSandbox({
    throttle: { signUpsPerAddressPerHour: DEFAULT_THROTTLE_LIMITS.signUpsPerAddressPerHour },
  });
  for (let i = 0; i < 10; i++) assert.equal((await signUp(target, uniqueEmail())).status, 202);
  const refused = await signUp(target, uniqueEmail());
  const seconds = assertRateLimited(refused);
  assert.ok(seconds > 3500 && seconds <= 3600, `Retry-After ${seconds}`);
  assert.equal(refused.json.detail, 'Trop de comptes créés depuis cette adresse. Réessayez dans 1 heure.');
});

test('behind a trusted proxy each forwarded address has its own sign-up count, and without one the header is ignored', async () => {
  const limits = { signUpsPerAddressPerHour: 1 };
  const proxied = await startTestSandbox({ throttle: limits, trustProxy: true });
  assert.equal((await signUp(proxied, uniqueEmail(), { 'x-forwarded-for': '203.0.113.1' })).status, 202);
  assertRateLimited(await signUp(proxied, uniqueEmail(), { 'x-forwarded-for': '203.0.113.1' }));
  // The rightmost entry is the one the proxy added; what the client wrote before it is not believed.
  assertRateLimited(await signUp(proxied, uniqueEmail(), { 'x-forwarded-for': '203.0.113.2, 203.0.113.1' }));
  assert.equal((await signUp(proxied, uniqueEmail(), { 'x-forwarded-for': '203.0.113.1, 203.0.113.2' })).status, 202);

  const direct = await startTestSandbox({ throttle: limits });
  assert.equal((await signUp(direct, uniqueEmail(), { 'x-forwarded-for': '203.0.113.1' })).status, 202);
  assertRateLimited(await signUp(direct, uniqueEmail(), { 'x-forwarded-for': '203.0.113.3' }));
});

test('the addresses of one IPv6 subscriber (a /64) share one sign-up count', async () => {
  const sandbox = await startTestSandbox({ throttle: { signUpsPerAddressPerHour: 1 }, trustProxy: true });
  assert.equal((await signUp(sandbox, uniqueEmail(), { 'x-forwarded-for': '2001:db8:0:1::5' })).status, 202);
  // Another address of the same /64, as a subscriber picks at will.
  assertRateLimited(await signUp(sandbox, uniqueEmail(), { 'x-forwarded-for': '2001:db8:0:1:aaaa:bbbb:cccc:dddd' }));
  // Another subscriber's /64 keeps its own count.
  assert.equal((await signUp(sandbox, uniqueEmail(), { 'x-forwarded-for': '2001:db8:0:2::5' })).status, 202);
});

test('a flood of messages is cut at 30 per minute with Retry-After', async () => {
  const agent = await applicant(sandbox);
  const application = await agent.applications.create('qmi-2', { commune: nextCommune() });
  const post = (body: string, headers: Record<string, string> = {}) => {
    const request = json({ body });
    return raw(sandbox, 'POST', `/v1/applications/${application.id}/messages`, {
      token: agent.session.token,
      ...request,
      headers: { ...request.headers, ...headers },
    });
  };
  const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => post(`Message ${i + 1}`)));
  assert.deepEqual(new Set(answers.map((a) => a.status)), new Set([201]));
  const refused = await post('Message 31', { 'idempotency-key': 'message-31' });
  const seconds = assertRateLimited(refused);
  assert.ok(seconds <= 60);
  assert.match(refused.json.detail, /^Trop de messages envoyés\. Réessayez dans (\d+ secondes?|1 minute)\.$/);
  // The refusal is not kept as that key's answer: the same message sent again later is executed.
  const again = await post('Message 31', { 'idempotency-key': 'message-31' });
  assertRateLimited(again);
  assert.equal(again.headers.get('idempotent-replayed'), null);
  const list = await raw(sandbox, 'GET', `/v1/applications/${application.id}/messages`, { token: agent.session.token });
  assert.equal(list.json.data.length, 30);
});

test('upload creations beyond 60 per hour get 429', async () => {
  const agent = await applicant(sandbox);
  const application = await agent.applications.create('qmi-2', { commune: nextCommune() });
  const uploads = tusClient(sandbox, agent.session.token);
  const metadata = {
    applicationId: application.id,
    kind: 'sector_sheet',
    filename: 'Fiche.pdf',
    filetype: 'application/pdf',
  };
  for (let i = 0; i < 60; i++) assert.notEqual((await uploads.create(metadata, 1000)).status, 429);
  const refused = await uploads.create(metadata, 1000);
  assertRateLimited(refused);
  assert.match(refused.json.detail, /^Trop de téléversements commencés\. Réessayez dans 1 heure\.$/);
  assert.equal(refused.headers.get('tus-resumable'), '1.0.0');
});

test('counters survive a restart', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmi-throttle-restart-'));
  const start = () => startSandbox({ dataDir, port: 0, log: silentLogger });
  try {
    const first = await start();
    const email = await newAccount(first);
    await wrong(first, email, 5);
    await first.close();
    const second = await start();
    try {
      assertRateLimited(await signIn(second, email, PASSWORD));
    } finally {
      await second.close();
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

test('the API reference lists 429 with Retry-After on the throttled operations', async () => {
  const { json: doc } = await raw(sandbox, 'GET', '/openapi.json');
  for (const [path, method] of [
    ['/v1/accounts', 'post'],
    ['/v1/sessions', 'post'],
    ['/v1/applications/{id}/messages', 'post'],
    ['/v1/uploads', 'post'],
  ] as const) {
    const answer = doc.paths[path][method].responses['429'];
    assert.ok(answer, `${method} ${path}`);
    assert.ok(answer.headers['Retry-After'], `${method} ${path}`);
    assert.ok(answer.content['application/problem+json'], `${method} ${path}`);
  }
});
