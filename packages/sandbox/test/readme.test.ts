import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createClient } from '@qmi/core';
import { startTestSandbox } from './helpers.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const readme = fs.readFileSync(path.join(here, '../../../README.md'), 'utf8');

test('the README’s five-line client example runs as written against a sandbox set up as npm start sets it', async () => {
  const block = /<!-- client-example -->\s*```js\n([\s\S]*?)```/.exec(readme)?.[1];
  assert.ok(block, 'the README has the client example');
  assert.equal(block.trim().split('\n').length, 5);
  // The demo commune of `npm start`: its account, and its dossier of Saint-Denis.
  const sandbox = await startTestSandbox({
    demoAccount: { email: 'mairie.demo@qmi.example', password: 'commune-demo-2023' },
    demoCommune: '93066',
  });
  // Same code, pointed at this test's sandbox instead of the default port.
  const script = path.join(here, `.readme-example-${process.pid}.mjs`);
  fs.writeFileSync(
    script,
    `${block.replace('http://127.0.0.1:8787', sandbox.url)}\nconsole.log(JSON.stringify(app));\n`,
  );
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [script]);
    const app = JSON.parse(stdout);
    assert.equal(app.challenge.title, 'Rues aux écoles');
    assert.equal(app.commune, '93066');
    assert.equal(app.revision, 2);
    const client = createClient({ baseUrl: sandbox.url });
    await client.auth.signIn({ email: 'mairie.demo@qmi.example', password: 'commune-demo-2023' });
    assert.equal((await client.applications.get(app.id)).challenge?.title, 'Rues aux écoles');
  } finally {
    fs.rmSync(script, { force: true });
  }
});

test('the README documents every configuration variable the sandbox reads', () => {
  for (const name of [
    'PORT',
    'QMI_DATA_DIR',
    'QMI_NOW',
    'QMI_ORGANISERS',
    'QMI_DEMO_ACCOUNT',
    'QMI_DEMO_COMMUNE',
    'QMI_ELEMENTS_BUNDLE',
    'QMI_ALLOWED_ORIGINS',
  ]) {
    assert.match(readme, new RegExp('`' + name + '`'), name);
  }
  assert.match(readme, /^npm start /m);
  assert.match(readme, /^npm test /m);
});
