import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { createClient } from '@qmi/core';
import { raw, startTestSandbox } from './helpers.js';

const bundleDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmi-bundle-'));
const bundle = path.join(bundleDir, 'qmi-elements.bundle.js');
fs.writeFileSync(bundle, 'export const loaded = true;\n');
const DEMO = { email: 'mairie.demo@qmi.example', password: 'commune-demo-2023' };
const sandbox = await startTestSandbox({ demoAccount: DEMO, demoCommune: '93066', elementsBundle: bundle });

test('the demo page embeds the session and the form with one module script, signed in as the demo commune', async () => {
  const page = await raw(sandbox, 'GET', '/');
  // Pinned by its Subresource Integrity hash, as a partner page loads it from a CDN.
  const integrity = `sha384-${createHash('sha384').update(fs.readFileSync(bundle)).digest('base64')}`;
  assert.ok(page.text.includes(`<script type="module" src="/assets/qmi-elements.js" integrity="${integrity}" crossorigin="anonymous"></script>`), 'the module script with its integrity');
  assert.match(page.text, new RegExp(`<qmi-session api-base="${sandbox.url}" demo-email="${DEMO.email}" demo-password="${DEMO.password}">`));
  assert.match(page.text, /<qmi-application-form id="dossier" call="qmi-2" now="2023-12-01T09:0\d:\d\d\.\d+Z"><\/qmi-application-form>/);
  assert.match(page.text, /<qmi-timeline call="qmi-2" now="[^"]+"><\/qmi-timeline>/);
  assert.match(page.text, /<qmi-criteria-checklist call="qmi-2" for="dossier" now="[^"]+"><\/qmi-criteria-checklist>/);
  assert.match(page.text, /<qmi-messages application="app_[^"]+" now="[^"]+"><\/qmi-messages>/);
  assert.match(page.text, /Compte de démonstration : mairie\.demo@qmi\.example/);
  const script = await raw(sandbox, 'GET', '/assets/qmi-elements.js');
  assert.equal(script.status, 200);
  assert.equal(script.headers.get('content-type'), 'text/javascript; charset=utf-8');
  assert.equal(script.text, 'export const loaded = true;\n');
  // A public script other origins may load as a module (fetched in CORS mode).
  assert.equal(script.headers.get('access-control-allow-origin'), '*');
  assert.equal(script.headers.get('cross-origin-resource-policy'), 'cross-origin');
});

test('the demo commune already holds its draft, so the form opens on it', async () => {
  const client = createClient({ baseUrl: sandbox.url });
  await client.auth.signIn(DEMO);
  const mine = [];
  for await (const application of client.applications.list({ callId: 'qmi-2' })) mine.push(application);
  assert.deepEqual(mine.map((a) => [a.commune, a.status]), [['93066', 'draft']]);
});

test('without a bundle, the demo page says how to see the components and the asset is a 404 problem', async () => {
  const plain = await startTestSandbox();
  const page = await raw(plain, 'GET', '/');
  assert.doesNotMatch(page.text, /<script/);
  assert.match(page.text, /npm start/);
  assert.equal((await raw(plain, 'GET', '/assets/qmi-elements.js')).status, 404);
});
