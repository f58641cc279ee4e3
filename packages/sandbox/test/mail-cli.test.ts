// The `qmi-sandbox` command as an operator starts it: it says where e-mails go, never with the SMTP
// password, and with QMI_DEV_MAIL=1 (what `npm start` sets) where to read the caught ones.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

/** Runs the command until it logged "sandbox started"; answers that entry and all it printed. */
async function startCli(env: Record<string, string>) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmi-mail-cli-'));
  const child = spawn(process.execPath, [CLI], {
    env: {
      ...process.env,
      PORT: '0',
      QMI_DATA_DIR: dataDir,
      QMI_NOW: '',
      QMI_ORGANISERS: '',
      QMI_SMTP_URL: '',
      QMI_DEV_MAIL: '',
      QMI_MAIL_FROM: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  after(() => {
    child.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const started = await new Promise<Record<string, unknown>>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((l) => l.includes('"msg":"sandbox started"'));
      if (line) resolve(JSON.parse(line) as Record<string, unknown>);
    });
    child.once('exit', (code) => reject(new Error(`exited early (${code}): ${output}`)));
  });
  await new Promise((resolve) => setTimeout(resolve, 100)); // the stderr summary follows the log line
  return { started, output: () => output };
}

test('the command says which SMTP server e-mails go through, without its password', async () => {
  const { started, output } = await startCli({ QMI_SMTP_URL: 'smtp://qmi:tres-s3cret@127.0.0.1:1' });
  assert.deepEqual(started.mail, { smtp: 'smtp://127.0.0.1:1' });
  assert.match(output(), /E-mails: sent through smtp:\/\/127\.0\.0\.1:1/);
  assert.doesNotMatch(output(), /tres-s3cret/);
});

test('with QMI_DEV_MAIL=1 the command says where the caught e-mails are shown, and they are', async () => {
  const { started, output } = await startCli({ QMI_DEV_MAIL: '1' });
  const caughtAt = (started.mail as { caughtAt: string }).caughtAt;
  assert.equal(caughtAt, `${started.url as string}/dev/mail`);
  assert.ok(output().includes(`read them at ${caughtAt}`));
  assert.equal((await fetch(caughtAt)).status, 200);
});

test('without an SMTP server the command says e-mails wait in the outbox', async () => {
  const { started, output } = await startCli({});
  assert.deepEqual(started.mail, { waitingInOutbox: true });
  assert.match(output(), /E-mails: no SMTP server \(QMI_SMTP_URL\): they wait in the outbox/);
});
