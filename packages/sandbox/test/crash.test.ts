import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createClient, type Message } from '@qmi/core';
// The restart runs the same build as the command that was killed, so both read the same schema.
import { silentLogger, startSandbox, type Sandbox } from '../dist/index.js';
import { exitOf, startCli } from './cli-process.js';
import { PASSWORD, raw, signUpVerified, testMailCatcher, uniqueEmail } from './helpers.js';
import { pdfBytes, sha256, tusClient } from './upload-helpers.js';

// The CLI processes send their e-mails here: a sign-up is verified by the link of its real e-mail.
const catcher = await testMailCatcher();
const mailEnv = { QMI_SMTP_URL: catcher.url };

/**
 * `kill -9` during writes, then a restart on the same data folder: what the platform acknowledged is
 * there, and what it did not acknowledge, sent again with its Idempotency-Key, is done once.
 */

const SANDBOX_PACKAGE = fileURLToPath(new URL('../package.json', import.meta.url));
const SEED = Number(process.env.CRASH_SEED ?? 14);
const dirs: string[] = [];
after(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A small seeded generator (mulberry32): the kill points are the same on every run unless CRASH_SEED says otherwise. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The process kills itself at the instant the answer of an idempotent request with this key is about to
 * be stored: after the message is written, before the retry could find its answer.
 */
const KILL_BEFORE_ANSWER_STORED = (key: string) => `
import { createRequire } from 'node:module';
const Database = createRequire(${JSON.stringify(SANDBOX_PACKAGE)})('better-sqlite3');
const prepare = Database.prototype.prepare;
Database.prototype.prepare = function (sql) {
  const statement = prepare.call(this, sql);
  if (!/^UPDATE idempotency_keys SET status/i.test(sql)) return statement;
  const run = statement.run;
  statement.run = function (...args) {
    if (args.includes(${JSON.stringify(key)})) process.kill(process.pid, 'SIGKILL');
    return run.apply(this, args);
  };
  return statement;
};
`;

/** The same data folder served again in this process, with a short claim timeout so that retries of dead requests run at once. */
const restart = (dataDir: string) =>
  startSandbox({ dataDir, port: 0, log: silentLogger, idempotencyClaimTimeoutMs: 300 });

const newDataDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmi-crash-'));
  dirs.push(dir);
  return dir;
};

test(
  'a message written just before kill -9 took its answer is not written twice by the retry',
  { timeout: 60_000 },
  async () => {
    const dataDir = newDataDir();
    const key = 'outbox-entry-written-not-answered';
    const crashing = await startCli(dataDir, KILL_BEFORE_ANSWER_STORED(key), mailEnv);
    const email = uniqueEmail();
    const first = createClient({ baseUrl: crashing.url });
    await signUpVerified(first, email, { mail: catcher });
    const dossier = await first.applications.create('qmi-2', { commune: '93066' });
    const message = { body: 'La délibération est jointe au dossier.' };
    await assert.rejects(first.messages.send(dossier.id, message, { idempotencyKey: key }));
    assert.equal(await exitOf(crashing.child), 'SIGKILL');

    const sandbox = await restart(dataDir);
    try {
      const client = createClient({ baseUrl: sandbox.url });
      await client.auth.signIn({ email, password: PASSWORD });
      // The outbox sends it again with its key; the client waits by Retry-After until the dead claim is released.
      const sent = await client.messages.send(dossier.id, message, { idempotencyKey: key });
      const again = await client.messages.send(dossier.id, message, { idempotencyKey: key });
      assert.equal(again.id, sent.id);
      assert.deepEqual(
        (await client.messages.list(dossier.id)).map((m: Message) => m.body),
        [message.body],
        'the thread has the message once',
      );
    } finally {
      await sandbox.close();
    }
  },
);

test(
  'kill -9 at random points during saves, messages and an upload loses no acknowledged write and duplicates nothing',
  { timeout: 60_000 },
  async () => {
    const random = seeded(SEED);
    const dataDir = newDataDir();
    const email = uniqueEmail('crash');
    const communes = ['75056', '94028', '92012'];
    let signedUp = false;
    const killPoints: number[] = [];

    for (const [round, commune] of communes.entries()) {
      const cli = await startCli(dataDir, undefined, mailEnv);
      // Sent once each: a request cut by the kill counts as unacknowledged, and is retried after the restart.
      const client = createClient({ baseUrl: cli.url, retry: { limit: 0 } });
      const session = signedUp
        ? await client.auth.signIn({ email, password: PASSWORD })
        : await signUpVerified(client, email, { mail: catcher });
      signedUp = true;
      const dossier = await client.applications.create('qmi-2', { commune });
      const file = pdfBytes(1024 * 1024 + round * 4099);
      const target = { url: cli.url } as Sandbox; // the raw helpers only need its address
      const tus = tusClient(target, session.token);
      const created = await tus.create(
        {
          applicationId: dossier.id,
          kind: 'sector_sheet',
          filename: `secteur-${round}.pdf`,
          filetype: 'application/pdf',
        },
        file.length,
      );
      assert.equal(created.status, 201);

      // Writers, until the process dies under them.
      let revision = dossier.revision;
      const saves = { acknowledged: -1, attempted: -1 };
      const messages: Array<{ key: string; body: string; acknowledged: boolean }> = [];
      const upload = { acknowledged: 0, documentId: undefined as string | undefined };
      let alive = true;
      const saving = (async () => {
        for (let i = 0; alive; i++) {
          saves.attempted = i;
          try {
            const saved = await client.applications.update(
              dossier.id,
              { challenge: { title: `titre ${round}.${i}` } },
              { ifMatch: revision },
            );
            revision = saved.revision;
            saves.acknowledged = i;
          } catch {
            return;
          }
        }
      })();
      // A few messages a round, spread over the kill window: the account's 30 a minute (throttle) is never reached.
      const posting = (async () => {
        for (let i = 0; alive && i < 6; i++) {
          const entry = { key: `crash-${SEED}-${round}-${i}`, body: `Message ${round}.${i}`, acknowledged: false };
          messages.push(entry);
          const answer = await raw(target, 'POST', `/v1/applications/${dossier.id}/messages`, {
            token: session.token,
            headers: { 'content-type': 'application/json', 'idempotency-key': entry.key },
            body: JSON.stringify({ body: entry.body }),
          }).catch(() => undefined);
          if (!answer) return;
          assert.equal(answer.status, 201, answer.text);
          entry.acknowledged = true;
          await new Promise((resolve) => setTimeout(resolve, 40));
        }
      })();
      const uploading = (async () => {
        const chunk = 64 * 1024;
        for (let offset = 0; offset < file.length && alive; offset += chunk) {
          const part = file.subarray(offset, Math.min(offset + chunk, file.length));
          const answer = await tus.patch(created.url!, offset, part).catch(() => undefined);
          if (!answer || answer.status !== 204) return;
          upload.acknowledged = offset + part.length;
          upload.documentId = answer.headers.get('qmi-document-id') ?? undefined;
        }
      })();

      const killAfter = 40 + Math.floor(random() * 400);
      killPoints.push(killAfter);
      await new Promise((resolve) => setTimeout(resolve, killAfter));
      cli.child.kill('SIGKILL');
      alive = false;
      assert.equal(await exitOf(cli.child), 'SIGKILL');
      await Promise.all([saving, posting, uploading]);

      const sandbox = await restart(dataDir);
      try {
        const again = createClient({ baseUrl: sandbox.url });
        const { token } = await again.auth.signIn({ email, password: PASSWORD });

        // The dossier holds the last acknowledged save, or the one in flight when the process died.
        const stored = await again.applications.get(dossier.id);
        const savedIndex = Number(/titre \d+\.(\d+)/.exec(stored.challenge?.title ?? '')?.[1] ?? -1);
        assert.ok(
          savedIndex >= saves.acknowledged && savedIndex <= saves.attempted,
          `round ${round}: saved ${savedIndex}, acknowledged ${saves.acknowledged}, attempted ${saves.attempted}`,
        );

        // Every message not acknowledged is sent again with its key, as the outbox does: each one lands once.
        for (const entry of messages.filter((m) => !m.acknowledged)) {
          await again.messages.send(dossier.id, { body: entry.body }, { idempotencyKey: entry.key });
        }
        const thread = (await again.messages.list(dossier.id)).map((m: Message) => m.body);
        assert.deepEqual(
          thread,
          messages.map((m) => m.body),
          `round ${round}: each message exactly once, in order`,
        );

        // The upload resumes from the offset the platform kept and ends with the original bytes.
        const resumed = tusClient(sandbox, token);
        let documentId = upload.documentId;
        if (!documentId) {
          const head = await resumed.head(created.url!.replace(cli.url, sandbox.url));
          assert.equal(head.status, 200, `round ${round}: HEAD ${head.status}`);
          assert.ok(
            head.offset! >= upload.acknowledged,
            `round ${round}: offset ${head.offset} < ${upload.acknowledged}`,
          );
          const done = await resumed.patch(
            created.url!.replace(cli.url, sandbox.url),
            head.offset!,
            file.subarray(head.offset!),
          );
          assert.equal(done.status, 204, JSON.stringify(done.json));
          documentId = done.headers.get('qmi-document-id')!;
        }
        const documents = (await raw(sandbox, 'GET', `/v1/applications/${dossier.id}/documents`, { token })).json.data;
        assert.deepEqual(
          documents.map((d: { id: string; sha256: string }) => [d.id, d.sha256]),
          [[documentId, sha256(file)]],
        );
        // The stored bytes themselves (a download would hold the connection, and the restart's close, for 3 s).
        // Documents' bytes are kept under their upload's id.
        const bytes = fs.readFileSync(
          path.join(dataDir, 'documents', new URL(created.url!).pathname.split('/').pop()!),
        );
        assert.equal(sha256(bytes), sha256(file));
      } finally {
        await sandbox.close();
      }
    }
    console.log(`crash: seed ${SEED}, kill -9 after ${killPoints.join(', ')} ms`);
  },
);
