// A session stands for a password and a role: when either changes, or the person stops using it, or it
// has simply lived long enough, its token stops working. Times here are the real clock's (the sandbox's
// demo clock never decides a session), so the idle and absolute limits are set to a few hundred ms.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { test } from 'node:test';
import type { Sandbox, SandboxOptions } from '../src/index.js';
import { emailToken, ORGANISER, PASSWORD, raw, startTestSandbox, uniqueEmail } from './helpers.js';

const json = { 'content-type': 'application/json' };
const signIn = (sandbox: Sandbox, email: string, password: string) =>
  raw(sandbox, 'POST', '/v1/sessions', { body: JSON.stringify({ email, password }), headers: json });
/**
 * Signs up and follows the verification link of the real e-mail, which signs in: that session's token.
 * The session begins while the verification is answered, between `verifyingAt` and `verifiedAt`: the
 * timing tests count from these, not from before the sign-up, whose hashing and e-mail take from a
 * fraction of a second to seconds on a loaded machine.
 */
const signUp = async (sandbox: Sandbox, email = uniqueEmail()) => {
  const answer = await raw(sandbox, 'POST', '/v1/accounts', {
    body: JSON.stringify({ email, password: PASSWORD }),
    headers: json,
  });
  assert.equal(answer.status, 202, answer.text);
  const body = JSON.stringify({ token: await emailToken(sandbox, email) });
  const verifyingAt = Date.now();
  const verified = await raw(sandbox, 'POST', '/v1/accounts/verification', { body, headers: json });
  const verifiedAt = Date.now();
  assert.equal(verified.status, 201, verified.text);
  return {
    email,
    token: verified.json.token as string,
    expiresAt: verified.json.expiresAt as string,
    verifyingAt,
    verifiedAt,
  };
};
const tokenOf = async (sandbox: Sandbox, email: string, password: string) => {
  const answer = await signIn(sandbox, email, password);
  assert.equal(answer.status, 201, answer.text);
  return answer.json.token as string;
};
/** What a token is worth now: the account it signs in (status 200) or a 401. */
const me = (sandbox: Sandbox, token: string) => raw(sandbox, 'GET', '/v1/me', { token });

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'qmi-sessions-test-'));
/** Starts, and the caller closes before starting again on the same data folder (a restart). */
const start = (dataDir: string, options: Partial<SandboxOptions> = {}) => startTestSandbox({ dataDir, ...options });

test('an organiser’s old token stops working when the configured password is rotated', async () => {
  const dataDir = tempDir();
  const before = await start(dataDir);
  const oldToken = await tokenOf(before, ORGANISER.email, ORGANISER.password);
  await before.close();

  const rotated = { ...ORGANISER, password: 'une phrase de passe toute neuve, 2024' };
  const after = await start(dataDir, { organisers: [rotated] });
  const refused = await me(after, oldToken);
  assert.equal(refused.status, 401, 'the token signed in with the old password no longer works');
  assert.equal(refused.json.code, 'unauthenticated');
  assert.equal((await signIn(after, ORGANISER.email, ORGANISER.password)).status, 401, 'nor the old password');
  const fresh = await tokenOf(after, rotated.email, rotated.password);
  assert.equal((await me(after, fresh)).json.role, 'organiser');
});

test('a restart with the same password keeps sessions', async () => {
  const dataDir = tempDir();
  const demoAccount = { email: uniqueEmail('demo'), password: PASSWORD };
  const before = await start(dataDir, { demoAccount });
  const organiserToken = await tokenOf(before, ORGANISER.email, ORGANISER.password);
  const demoToken = await tokenOf(before, demoAccount.email, demoAccount.password);
  const { token: applicantToken } = await signUp(before);
  await before.close();

  const after = await start(dataDir, { demoAccount });
  assert.equal((await me(after, organiserToken)).json?.role, 'organiser', 'the organiser is still signed in');
  assert.equal((await me(after, demoToken)).status, 200, 'the demo account is still signed in');
  assert.equal((await me(after, applicantToken)).status, 200, 'a commune is still signed in');
});

test('an organiser removed from QMI_ORGANISERS loses the role and its sessions', async () => {
  const dataDir = tempDir();
  const leaving = { email: 'depart@metropolegrandparis.example', password: 'un mot de passe d’instructeur' };
  const before = await start(dataDir, { organisers: [ORGANISER, leaving] });
  const leavingToken = await tokenOf(before, leaving.email, leaving.password);
  const stayingToken = await tokenOf(before, ORGANISER.email, ORGANISER.password);
  // An applicant whose e-mail the operator then lists as an organiser signs in again to get the role.
  const promoted = await signUp(before);
  await before.close();

  const logs: Array<{ message: string; fields: Record<string, unknown> | undefined }> = [];
  const after = await start(dataDir, {
    organisers: [ORGANISER, { email: promoted.email, password: 'le mot de passe donné par la Métropole' }],
    log: (_level, message, fields) => void logs.push({ message, fields }),
  });
  assert.equal((await me(after, leavingToken)).status, 401, 'the removed organiser’s token is refused');
  const again = await signIn(after, leaving.email, leaving.password);
  assert.equal(again.status, 401, 'its configured password no longer signs in either');
  assert.equal(again.json.code, 'invalid_credentials');
  assert.equal((await me(after, stayingToken)).json?.role, 'organiser', 'the organiser still listed keeps its session');
  assert.equal((await me(after, promoted.token)).status, 401, 'a token issued to an applicant never acts as organiser');

  const said = JSON.stringify(logs);
  assert.match(said, /depart@metropolegrandparis\.example/, 'the operator reads who lost the organiser role');
  for (const secret of [leaving.password, ORGANISER.password, 'le mot de passe donné par la Métropole'])
    assert.ok(!said.includes(secret), 'no password in the logs');
  await after.close();

  // Listed again, it signs in with the configured password, as an organiser.
  const relisted = await start(dataDir, { organisers: [ORGANISER, leaving] });
  const token = await tokenOf(relisted, leaving.email, leaving.password);
  assert.equal((await me(relisted, token)).json.role, 'organiser');
});

test('sign out everywhere ends every device’s session but not other accounts’', async () => {
  const sandbox = await startTestSandbox();
  const { email, token: laptop } = await signUp(sandbox);
  const phone = await tokenOf(sandbox, email, PASSWORD);
  const { token: colleague } = await signUp(sandbox);

  const anonymous = await raw(sandbox, 'DELETE', '/v1/sessions');
  assert.equal(anonymous.status, 401);
  assert.match(anonymous.headers.get('content-type') ?? '', /application\/problem\+json/);
  assert.equal((await raw(sandbox, 'DELETE', '/v1/sessions', { token: 'qmi_not-a-real-token-at-all' })).status, 401);

  const answer = await raw(sandbox, 'DELETE', '/v1/sessions', { token: phone });
  assert.equal(answer.status, 204);
  assert.equal((await me(sandbox, phone)).status, 401, 'the device that asked is signed out');
  assert.equal((await me(sandbox, laptop)).status, 401, 'and the other device too');
  assert.equal((await me(sandbox, colleague)).status, 200, 'another account is not touched');
  assert.equal((await signIn(sandbox, email, PASSWORD)).status, 201, 'the password still signs in');
});

test('a token unused for longer than the idle time is refused; using it keeps it alive', async () => {
  const idle = 500;
  const sandbox = await startTestSandbox({ sessionIdleMs: idle, sessionMaxMs: 60_000 });
  const { token, expiresAt, verifyingAt, verifiedAt } = await signUp(sandbox);
  const expires = Date.parse(expiresAt);
  assert.ok(
    expires >= verifyingAt + idle && expires <= verifiedAt + idle,
    `expiresAt is when it stops working if unused: ${expiresAt}, the session began between ${new Date(verifyingAt).toISOString()} and ${new Date(verifiedAt).toISOString()}`,
  );

  // Used every 100 ms until a use comes well past the idle time after the session began: still signed in.
  for (;;) {
    const sentAt = Date.now();
    assert.equal((await me(sandbox, token)).status, 200, 'a token in use stays valid');
    if (sentAt - verifiedAt > 1.5 * idle) break;
    await sleep(100);
  }
  await sleep(idle + 300);
  assert.equal((await me(sandbox, token)).status, 401, 'left unused past the idle time, it is refused');
});

test('no token outlives the absolute maximum even if used', async () => {
  const max = 900;
  const sandbox = await startTestSandbox({ sessionIdleMs: 500, sessionMaxMs: max });
  const { token, expiresAt, verifyingAt, verifiedAt } = await signUp(sandbox);
  assert.ok(Date.parse(expiresAt) <= verifiedAt + max, 'expiresAt never promises more than the maximum');

  // Used every 100 ms until a use is sent past the maximum however late in the verification the session
  // began (counted from before the sign-up, a slow sign-up ended the loop while the session was younger).
  let last: number;
  for (;;) {
    const sentAt = Date.now();
    last = (await me(sandbox, token)).status;
    if (Date.now() - verifyingAt < max / 2) assert.equal(last, 200, 'valid while young');
    if (sentAt - verifiedAt > max + 100) break;
    await sleep(100);
  }
  assert.equal(last, 401, 'used all along, it still ends at the absolute maximum');
});
