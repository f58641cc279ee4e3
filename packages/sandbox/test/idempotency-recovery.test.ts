import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { createClient, type Message } from '@qmi/core';
import { startCli } from './cli-process.js';
import { applicant, PASSWORD, raw, signUpVerified, startTestSandbox, testMailCatcher, uniqueEmail } from './helpers.js';

const SANDBOX_PACKAGE = fileURLToPath(new URL('../package.json', import.meta.url));

/**
 * Loaded into the real `qmi-sandbox` command: the process kills itself with SIGKILL at the instant a
 * message is about to be written, i.e. after its Idempotency-Key was claimed and before the answer was
 * stored. That is the `kill -9` of the issue, at the one point that matters, every time.
 */
const KILL_BEFORE_MESSAGE_WRITE = `
import { createRequire } from 'node:module';
const Database = createRequire(${JSON.stringify(SANDBOX_PACKAGE)})('better-sqlite3');
const prepare = Database.prototype.prepare;
Database.prototype.prepare = function (sql) {
  const statement = prepare.call(this, sql);
  if (!/^INSERT INTO messages/i.test(sql)) return statement;
  const run = statement.run;
  statement.run = function (...args) {
    process.kill(process.pid, 'SIGKILL');
    return run.apply(this, args);
  };
  return statement;
};
`;

// The CLI process sends its e-mails here: the sign-up is verified by the link of its real e-mail.
const catcher = await testMailCatcher();
const startCrashingCli = (dataDir: string) =>
  startCli(dataDir, KILL_BEFORE_MESSAGE_WRITE, { QMI_SMTP_URL: catcher.url });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** How long a claim left by a killed process holds its key, in the restarted sandbox (see the first test). */
const CLAIM_TIMEOUT_MS = 5000;

test(
  'a message whose post was cut by kill -9 is delivered once when it is sent again with its key',
  { timeout: 60_000 },
  async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmi-idempotency-crash-'));
    const crashing = await startCrashingCli(dataDir);
    const email = uniqueEmail();
    const first = createClient({ baseUrl: crashing.url });
    await signUpVerified(first, email, { mail: catcher });
    const dossier = await first.applications.create('qmi-2', { commune: '93066' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => crashing.child.once('exit', (_, s) => resolve(s)));

    // The outbox's first attempt: the platform dies while it runs, so no answer ever comes.
    const key = 'outbox-message-1';
    const message = { body: 'Bonjour, la délibération du conseil municipal est jointe.' };
    await assert.rejects(first.messages.send(dossier.id, message, { idempotencyKey: key }));
    assert.equal(await exited, 'SIGKILL');

    // Restarted on the same data, with a short claim timeout so that the test runs in seconds. The claim
    // is dated from the dead request; before the first retry below, the client gave up on that request
    // (its own retries, about 1 s of backoff), the sandbox started again and the password was checked:
    // the claim was 1.6 to 1.7 s old by then at a load of 7 to 10 on two cores, so a 1.5 s claim had
    // already been released and that retry was executed (201) instead of told to wait.
    const sandbox = await startTestSandbox({ dataDir, idempotencyClaimTimeoutMs: CLAIM_TIMEOUT_MS });
    const client = createClient({ baseUrl: sandbox.url });
    const { token } = await client.auth.signIn({ email, password: PASSWORD });

    // At once: the dead request's claim is still live, so the retry is told when to come back.
    const early = await raw(sandbox, 'POST', `/v1/applications/${dossier.id}/messages`, {
      token,
      headers: { 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify(message),
    });
    assert.equal(early.status, 429);
    assert.equal(early.json.code, 'rate_limited');
    const retryAfter = Number(early.headers.get('retry-after'));
    assert.ok(
      retryAfter >= 1 && retryAfter <= CLAIM_TIMEOUT_MS / 1000,
      `Retry-After ${retryAfter} s, the claim's time left`,
    );
    assert.deepEqual(await client.messages.list(dossier.id), []);

    // Three tabs' outboxes send it again with the same key; the client waits by Retry-After, then one
    // attempt is executed and the others get its answer.
    const started = Date.now();
    const sent = await Promise.all(
      [1, 2, 3].map(() => client.messages.send(dossier.id, message, { idempotencyKey: key })),
    );
    assert.ok(Date.now() - started < CLAIM_TIMEOUT_MS + 6500, 'delivered within the claim timeout and a retry');
    assert.equal(new Set(sent.map((m: Message) => m.id)).size, 1);
    const thread = await client.messages.list(dossier.id);
    assert.deepEqual(
      thread.map((m: Message) => m.body),
      [message.body],
      'the thread has the message exactly once',
    );
    // And any later retry is answered with that same message.
    const later = await client.messages.send(dossier.id, message, { idempotencyKey: key });
    assert.equal(later.id, sent[0]!.id);
    assert.equal((await client.messages.list(dossier.id)).length, 1);
  },
);

test(
  'an idempotency key past its retention is forgotten while the server runs, not only at start-up',
  { timeout: 60_000 },
  async () => {
    const sandbox = await startTestSandbox({ idempotencyClaimTimeoutMs: 200, idempotencyRetentionMs: 400 });
    const agent = await applicant(sandbox);
    const dossier = await agent.applications.create('qmi-2', { commune: '75056' });
    const post = (body: string) =>
      raw(sandbox, 'POST', `/v1/applications/${dossier.id}/messages`, {
        token: agent.session.token,
        headers: { 'content-type': 'application/json', 'idempotency-key': 'same-key' },
        body: JSON.stringify({ body }),
      });
    assert.equal((await post('Premier message')).status, 201);

    const db = new Database(path.join(sandbox.dataDir, 'qmi.sqlite'), { readonly: true });
    const keysStored = () =>
      (db.prepare("SELECT count(*) AS n FROM idempotency_keys WHERE key = 'same-key'").get() as { n: number }).n;
    try {
      assert.equal(keysStored(), 1);
      // No request in between: only the server's own sweep can remove it.
      await sleep(1500);
      assert.equal(keysStored(), 0, 'the expired key was pruned by the running server');
    } finally {
      db.close();
    }
    // The same key is now a new request (before: 422 idempotency_key_reused, for a day).
    const reused = await post('Un autre message');
    assert.equal(reused.status, 201);
    assert.equal(reused.headers.get('idempotent-replayed'), null);
    assert.deepEqual(
      (await agent.messages.list(dossier.id)).map((m: Message) => m.body),
      ['Premier message', 'Un autre message'],
    );
  },
);
