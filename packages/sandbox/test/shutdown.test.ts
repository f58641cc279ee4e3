import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createClient } from '@qmi/core';
import { ORGANISER, PASSWORD, signUpVerified, testMailCatcher, uniqueEmail } from './helpers.js';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmi-sandbox-cli-'));
after(() => fs.rmSync(dataDir, { recursive: true, force: true }));
// The CLI sends its e-mails here: the sign-up is verified by the link of its real e-mail.
const catcher = await testMailCatcher();

/** Starts the real command as `npm start` does, and waits for its "sandbox started" log line. */
function startCli(): Promise<{ child: ChildProcess; url: string; lines: string[] }> {
  const child = spawn(process.execPath, [CLI], {
    env: {
      ...process.env,
      PORT: '0',
      QMI_DATA_DIR: dataDir,
      QMI_ORGANISERS: `${ORGANISER.email}:${ORGANISER.password}`,
      QMI_NOW: '',
      QMI_SMTP_URL: catcher.url,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  return new Promise((resolve, reject) => {
    let buffer = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let newline: number;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        lines.push(line);
        const entry = JSON.parse(line);
        if (entry.msg === 'sandbox started') resolve({ child, url: entry.url, lines });
      }
    });
    child.once('exit', (code) => reject(new Error(`the sandbox exited early with code ${code}`)));
  });
}

const exitOf = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

test('SIGTERM while saves are in flight loses no acknowledged write, and the data is there after a restart', async () => {
  const first = await startCli();
  const client = createClient({ baseUrl: first.url });
  const email = uniqueEmail();
  await signUpVerified(client, email, { mail: catcher });
  let app = await client.applications.create('qmi-2', { commune: '93066' });

  // Saves keep coming; the server is told to stop in the middle of them.
  const acknowledged: number[] = [];
  const saving = (async () => {
    for (let i = 0; i < 200; i++) {
      try {
        app = await client.applications.update(
          app.id,
          { challenge: { title: `édition ${i}` } },
          { ifMatch: app.revision },
        );
        acknowledged.push(i);
      } catch {
        return;
      }
    }
  })();
  await new Promise((resolve) => setTimeout(resolve, 150));
  first.child.kill('SIGTERM');
  const code = await exitOf(first.child);
  await saving;
  assert.equal(code, 0);
  assert.ok(acknowledged.length > 0);
  const logged = first.lines.map((line) => JSON.parse(line));
  assert.ok(logged.some((entry) => entry.msg === 'shutting down' && entry.signal === 'SIGTERM'));
  assert.ok(
    logged.every((entry) => entry.time && entry.level && entry.msg),
    'every log line is structured JSON',
  );

  const second = await startCli();
  try {
    const again = createClient({ baseUrl: second.url });
    await again.auth.signIn({ email, password: PASSWORD });
    const stored = await again.applications.get(app.id);
    assert.equal(stored.challenge?.title, `édition ${acknowledged.at(-1)}`);
    assert.equal(stored.revision, app.revision);
  } finally {
    second.child.kill('SIGTERM');
    await exitOf(second.child);
  }
});
