import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { createClient } from '@qmi/core';
// The restart runs the same build as the command that was killed, so both read the same schema.
import { silentLogger, startSandbox } from '../dist/index.js';
import { exitOf, startCli } from './cli-process.js';
import { nextCommune, PASSWORD, signUpVerified, testMailCatcher, uniqueEmail } from './helpers.js';
import { walCommits } from './wal.js';

/**
 * Group commit seen from outside the real `qmi-sandbox` process: autosaves arriving together share one
 * COMMIT (counted in the database's write-ahead log), and one acknowledged is on disk even when the
 * process is killed (-9) the instant its answer arrives.
 */

const catcher = await testMailCatcher();
const dirs: string[] = [];
after(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
const newDataDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmi-group-commit-'));
  dirs.push(dir);
  return dir;
};
const DOSSIERS = 12;

/** A `qmi-sandbox` process, an applicant signed in on it, and that applicant's dossiers in as many communes. */
async function dossiersOnCli(dataDir: string) {
  const cli = await startCli(dataDir, undefined, { QMI_SMTP_URL: catcher.url });
  // Sent once each: a request cut by the kill counts as unacknowledged.
  const client = createClient({ baseUrl: cli.url, retry: { limit: 0 } });
  const email = uniqueEmail('group-commit');
  const { token } = await signUpVerified(client, email, { mail: catcher });
  const dossiers = [];
  for (let i = 0; i < DOSSIERS; i++)
    dossiers.push(await client.applications.create('qmi-2', { commune: nextCommune() }));
  return { cli, client, email, token, dossiers };
}

/**
 * One request on `agent`'s sockets, its body read whole. Through node:http rather than fetch: its agent
 * reuses the idle keep-alive sockets it holds, first come first served, where fetch's pool, on a loaded
 * machine, sometimes opens new connections (seen as connections waiting in the listening socket's
 * queue), whose requests the server reads one event-loop turn after the others.
 */
function request(agent: http.Agent, url: string, token: string, save?: { patch: unknown; ifMatch: number }) {
  const payload = save && Buffer.from(JSON.stringify(save.patch));
  return new Promise<{ status: number; json: any }>((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: save ? 'PATCH' : 'GET',
        agent,
        headers: {
          authorization: `Bearer ${token}`,
          ...(save
            ? {
                'content-type': 'application/merge-patch+json',
                'content-length': payload!.length,
                'if-match': `"${save.ifMatch}"`,
              }
            : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode!, json: JSON.parse(Buffer.concat(chunks).toString()) }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

test('autosaves of several dossiers arriving together are written by one commit', { timeout: 60_000 }, async () => {
  const dataDir = newDataDir();
  const { cli, token, dossiers } = await dossiersOnCli(dataDir);
  const agent = new http.Agent({ keepAlive: true, maxSockets: DOSSIERS });
  const urlOf = (id: string) => `${cli.url}/v1/applications/${id}`;
  try {
    // One keep-alive connection per dossier, open before the measure (the server stopped, none is free for reuse):
    // a connection accepted during the measure would be read one event-loop turn later.
    cli.child.kill('SIGSTOP');
    const reading = Promise.all(dossiers.map((d) => request(agent, urlOf(d.id), token)));
    await new Promise((resolve) => setTimeout(resolve, 100));
    cli.child.kill('SIGCONT');
    assert.deepEqual(
      (await reading).map((r) => r.status),
      dossiers.map(() => 200),
    );
    assert.equal(Object.values(agent.freeSockets).flat().length, DOSSIERS);
    // The log restarts empty: what follows is counted from zero.
    const file = path.join(dataDir, 'qmi.sqlite');
    const checkpointer = new Database(file);
    checkpointer.pragma('wal_checkpoint(TRUNCATE)');
    checkpointer.close();
    assert.equal(walCommits(`${file}-wal`).commits, 0);

    // The saves reach the server while it is busy (here: stopped), as on deadline night when a commit is under way.
    cli.child.kill('SIGSTOP');
    const saving = dossiers.map((d, i) =>
      request(agent, urlOf(d.id), token, { patch: { challenge: { title: `Titre ${i}` } }, ifMatch: d.revision }),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    cli.child.kill('SIGCONT');
    const saved = await Promise.all(saving);
    assert.deepEqual(
      saved.map((s) => [s.status, s.json.revision]),
      dossiers.map((d) => [200, d.revision + 1]),
    );
    const { commits } = walCommits(`${file}-wal`);
    // Written one by one they took twelve commits. Together, one; on a loaded machine (npm test runs suites
    // side by side) stragglers read an event-loop turn later make their own, hence the margin:
    // at most half as many commits as saves still shows them shared.
    assert.ok(commits >= 1 && commits <= DOSSIERS / 2, `${DOSSIERS} saves arriving together took ${commits} commits`);
  } finally {
    agent.destroy();
    cli.child.kill('SIGCONT');
    cli.child.kill('SIGKILL');
    await exitOf(cli.child);
  }
});

test(
  'kill -9 right after saves are acknowledged: after a restart every acknowledged save is there',
  { timeout: 60_000 },
  async () => {
    const dataDir = newDataDir();
    const { cli, client, email, dossiers } = await dossiersOnCli(dataDir);
    // Each dossier saved in a loop, all at once; the process dies the instant the KILL_AT-th answer arrives.
    const KILL_AT = DOSSIERS * 4 + 5;
    const saves = dossiers.map(() => ({ acknowledged: -1, attempted: -1 }));
    let answers = 0;
    let alive = true;
    await Promise.all(
      dossiers.map(async (dossier, d) => {
        let revision = dossier.revision;
        for (let i = 0; alive; i++) {
          saves[d]!.attempted = i;
          try {
            const saved = await client.applications.update(
              dossier.id,
              { challenge: { title: `titre ${d}.${i}` } },
              { ifMatch: revision },
            );
            revision = saved.revision;
            saves[d]!.acknowledged = i;
            if (++answers === KILL_AT) {
              cli.child.kill('SIGKILL'); // synchronously, in the callback of the acknowledgement
              alive = false;
            }
          } catch {
            return;
          }
        }
      }),
    );
    assert.equal(await exitOf(cli.child), 'SIGKILL');

    const sandbox = await startSandbox({ dataDir, port: 0, log: silentLogger });
    try {
      const again = createClient({ baseUrl: sandbox.url });
      await again.auth.signIn({ email, password: PASSWORD });
      for (const [d, dossier] of dossiers.entries()) {
        const stored = await again.applications.get(dossier.id);
        const index = Number(new RegExp(`titre ${d}\\.(\\d+)`).exec(stored.challenge?.title ?? '')?.[1] ?? -1);
        const { acknowledged, attempted } = saves[d]!;
        assert.ok(
          index >= acknowledged && index <= attempted,
          `dossier ${d}: stored save ${index}, acknowledged ${acknowledged}, attempted ${attempted}`,
        );
      }
      assert.ok(answers >= KILL_AT);
    } finally {
      await sandbox.close();
    }
  },
);
