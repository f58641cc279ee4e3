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
const ROOT = path.join(here, '../../..');
const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
/** The operators' page of the variables: docs/operators/configuration.md. */
const CONFIGURATION = 'docs/operators/configuration.md';
const configuration = fs.readFileSync(path.join(ROOT, CONFIGURATION), 'utf8');

/** Every environment variable the sandbox's sources read (`env.NAME`, `env['NAME']`). */
function variablesRead(dir: string): Set<string> {
  const names = new Set<string>();
  for (const file of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts')) continue;
    const source = fs.readFileSync(path.join(dir, file), 'utf8');
    for (const match of source.matchAll(/\benv(?:\.([A-Z][A-Z0-9_]*)\b|\[['"]([A-Z][A-Z0-9_]*)['"]\])/g))
      names.add(match[1] ?? match[2]!);
  }
  return names;
}

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

test(`the operators' configuration page (${CONFIGURATION}) documents every configuration variable the sandbox reads`, () => {
  const read = variablesRead(path.join(here, '../src'));
  // The sources are found: at least the variables this test listed before it read them from the sources.
  for (const name of [
    'PORT',
    'QMI_DATA_DIR',
    'QMI_NOW',
    'QMI_ORGANISERS',
    'QMI_DEMO_ACCOUNT',
    'QMI_DEMO_COMMUNE',
    'QMI_ELEMENTS_BUNDLE',
    'QMI_ALLOWED_ORIGINS',
  ])
    assert.ok(read.has(name), `the sandbox reads ${name}`);
  // Each one named in the first cell of a row of the page's table of variables.
  const rows = configuration.split('\n').filter((line) => /^\| `[A-Z]/.test(line));
  const documented = new Set(
    rows.flatMap((row) => [...row.split('|')[1]!.matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((m) => m[1]!)),
  );
  assert.deepEqual(
    [...read].filter((name) => !documented.has(name)).sort(),
    [],
    `variables the sandbox reads that ${CONFIGURATION} does not list`,
  );
});

test('the README gives the two commands', () => {
  assert.match(readme, /^npm start /m);
  assert.match(readme, /^npm test /m);
});
