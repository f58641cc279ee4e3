// Start-up as an operator meets it: a second instance started by mistake on the same data folder and
// port fails without touching what the running one serves, and a restart keeps the sandbox clock
// where the organisers left it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { createClient } from '@qmi/core';
import { startSandbox, type SandboxOptions } from '../src/index.js';
import { INSIDE_WINDOW, ORGANISER, raw } from './helpers.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'qmi-startup-'));
after(() => fs.rmSync(work, { recursive: true, force: true }));

const base = (dataDir: string): SandboxOptions => ({ dataDir, now: INSIDE_WINDOW, log: () => {}, port: 0 });

test("a second instance on a busy port fails and leaves the running one's organiser and demo passwords as they were", async () => {
  const dataDir = path.join(work, 'shared');
  const demo = { email: 'mairie.demo@qmi.example', password: 'commune-demo-2023' };
  const running = await startSandbox({ ...base(dataDir), organisers: [ORGANISER], demoAccount: demo });
  try {
    await assert.rejects(
      startSandbox({
        ...base(dataDir),
        port: running.port,
        organisers: [{ ...ORGANISER, password: 'un autre mot de passe' }],
        demoAccount: { ...demo, password: 'un autre mot de passe démo' },
      }),
      /EADDRINUSE/,
    );
    await createClient({ baseUrl: running.url }).auth.signIn(ORGANISER);
    await createClient({ baseUrl: running.url }).auth.signIn(demo);
  } finally {
    await running.close();
  }
});

test('a second instance on a busy port writes nothing: a new data folder stays without a database', async () => {
  const running = await startSandbox(base(path.join(work, 'first')));
  try {
    const other = path.join(work, 'second');
    await assert.rejects(startSandbox({ ...base(other), port: running.port, organisers: [ORGANISER] }), /EADDRINUSE/);
    assert.equal(fs.existsSync(path.join(other, 'qmi.sqlite')), false);
  } finally {
    await running.close();
  }
});

test('an organiser who moved the sandbox clock finds it where it was after a restart, still running', async () => {
  const dataDir = path.join(work, 'clock');
  const options = { ...base(dataDir), organisers: [ORGANISER] };
  const first = await startSandbox(options);
  const { token } = await createClient({ baseUrl: first.url }).auth.signIn(ORGANISER);
  const moved = await raw(first, 'PUT', '/v1/sandbox/clock', {
    token,
    body: JSON.stringify({ now: '2024-01-13T10:00:00Z' }),
    headers: { 'content-type': 'application/json' },
  });
  assert.match(moved.json.now, /^2024-01-13T10:00:0/);
  await first.close();

  const second = await startSandbox(options);
  try {
    const { now } = await fetch(`${second.url}/v1/sandbox/clock`).then((r) => r.json() as Promise<{ now: string }>);
    const ran = Date.parse(now) - Date.parse('2024-01-13T10:00:00Z');
    assert.ok(ran >= 0 && ran < 60_000, `the clock resumes at 2024-01-13T10:00Z and runs on, got ${now}`);
  } finally {
    await second.close();
  }

  // A new configured start (QMI_NOW changed) is a new clock: it starts there.
  const third = await startSandbox({ ...options, now: '2023-11-02T08:00:00Z' });
  try {
    assert.match(third.clock.now().toISOString(), /^2023-11-02T08:00:/);
  } finally {
    await third.close();
  }
});
