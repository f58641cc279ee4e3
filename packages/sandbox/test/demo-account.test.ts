import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { AuthenticationError, createClient } from '@qmi/core';
import { configFromEnv, startSandbox } from '../src/index.js';
import { ORGANISER, rejection, startTestSandbox } from './helpers.js';

const DEMO = { email: 'demo@mairie-exemple.fr', password: 'mot-de-passe-demo' };

test('QMI_DEMO_ACCOUNT is one "email:password" pair; absent, there is no demo account', () => {
  const config = configFromEnv({ QMI_DEMO_ACCOUNT: ' Demo@Mairie-Exemple.fr:un:mot:de:passe ' }, '/tmp');
  // E-mails are stored in lower case, as sign-up stores them; a password may hold colons.
  assert.deepEqual(config.demoAccount, { email: 'demo@mairie-exemple.fr', password: 'un:mot:de:passe' });
  assert.equal(configFromEnv({}, '/tmp').demoAccount, undefined);
  assert.equal(configFromEnv({ QMI_DEMO_ACCOUNT: '  ' }, '/tmp').demoAccount, undefined);
  for (const malformed of ['demo@mairie-exemple.fr', ':password', 'demo@mairie-exemple.fr:']) {
    assert.throws(() => configFromEnv({ QMI_DEMO_ACCOUNT: malformed }, '/tmp'), /QMI_DEMO_ACCOUNT/, malformed);
  }
});

test('the demo account is an applicant that signs in from the start, and a restart gives it the configured password', async () => {
  const first = await startTestSandbox({ demoAccount: DEMO });
  const client = createClient({ baseUrl: first.url });
  const session = await client.auth.signIn(DEMO);
  assert.equal(session.account.email, DEMO.email);
  assert.equal(session.account.role, 'applicant');
  await first.close();

  // Same data folder, new password: the same account is updated, not duplicated.
  const renewed = { email: DEMO.email, password: 'un nouveau mot de passe' };
  const second = await startTestSandbox({ dataDir: first.dataDir, demoAccount: renewed });
  const again = createClient({ baseUrl: second.url });
  assert.ok((await rejection(again.auth.signIn(DEMO))) instanceof AuthenticationError);
  assert.equal((await again.auth.signIn(renewed)).account.id, session.account.id);
});

test('a demo account that sign-up would refuse, or that is an organiser, stops the start-up', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmi-sandbox-demo-'));
  after(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  const start = (demoAccount: { email: string; password: string }) =>
    startSandbox({ dataDir, port: 0, organisers: [ORGANISER], demoAccount, log: () => {} });
  await assert.rejects(start({ email: DEMO.email, password: 'court' }), /10 characters/);
  await assert.rejects(start({ email: 'pas-une-adresse', password: DEMO.password }), /valid e-mail/);
  await assert.rejects(start({ email: ORGANISER.email.toUpperCase(), password: DEMO.password }), /also an organiser/);
});
