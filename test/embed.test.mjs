// The HTML-only embedding contract, end to end: a partner's plain page on its own origin, with
// nothing but the single-file bundle and a few attributes, runs the timeline, the checklist and the
// messages against the platform on another origin (allowed by its CORS list), in real Chromium.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { launchChromium } from '../scripts/lib/browser.mjs';
import { ROOT } from '../scripts/lib/setup.mjs';

const { startSandbox, silentLogger } = await import(path.join(ROOT, 'packages/sandbox/dist/index.js'));
const { createClient } = await import(path.join(ROOT, 'packages/core/dist/index.js'));
const BUNDLE = fs.readFileSync(path.join(ROOT, 'packages/elements/dist/qmi-elements.bundle.js'));
const DEMO = { email: 'mairie.partenaire@qmi.example', password: 'commune-partenaire-2023' };

let partner;
let sandbox;
let browser;
let dataDir;
let page;

const partnerPage = (api, application) => `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Ville partenaire — candidature QMI</title>
<script type="module" src="/qmi-elements.js"></script></head>
<body><main><h1>Notre candidature</h1>
<qmi-session api-base="${api}" demo-email="${DEMO.email}" demo-password="${DEMO.password}">
  <qmi-timeline call="qmi-2" now="2023-12-15T09:30:00Z"></qmi-timeline>
  <qmi-criteria-checklist call="qmi-2" application="${application}" now="2023-12-15T09:30:00Z"></qmi-criteria-checklist>
  <qmi-messages application="${application}" poll-interval="1"></qmi-messages>
</qmi-session></main></body></html>`;

before(async () => {
  let html = '';
  partner = http.createServer((req, res) => {
    if (req.url === '/qmi-elements.js')
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(BUNDLE);
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise((resolve) => partner.listen(0, '127.0.0.1', resolve));
  const partnerOrigin = `http://127.0.0.1:${partner.address().port}`;
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmi-embed-'));
  sandbox = await startSandbox({
    dataDir,
    port: 0,
    log: silentLogger,
    allowedOrigins: [partnerOrigin],
    demoAccount: DEMO,
    demoCommune: '94028',
    now: '2023-12-15T09:30:00Z',
  });
  const client = createClient({ baseUrl: sandbox.url });
  await client.auth.signIn(DEMO);
  const [application] = await (async () => {
    const found = [];
    for await (const item of client.applications.list({ callId: 'qmi-2' })) found.push(item);
    return found;
  })();
  html = partnerPage(sandbox.url, application.id);
  browser = await launchChromium();
  page = await browser.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(partnerOrigin, { waitUntil: 'networkidle0' });
  Object.assign(globalThis, { application, client });
});

after(async () => {
  await browser?.close();
  await sandbox?.close();
  partner?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Text inside an element's shadow root, found from the page. */
const shadowText = (selector) =>
  page
    .waitForFunction(
      (s) => document.querySelector('qmi-session').querySelector(s)?.shadowRoot?.textContent?.replace(/\s+/g, ' '),
      { timeout: 15_000 },
      selector,
    )
    .then((h) => h.jsonValue());

test('the page is on another origin than the platform, which lets it in through CORS', () => {
  assert.notEqual(new URL(page.url()).origin, new URL(sandbox.url).origin);
});

test('the timeline shows the countdown to the deadline', async () => {
  const text = await shadowText('qmi-timeline');
  assert.match(text, /J-28/);
  assert.match(text, /février 2024/);
});

test('the checklist shows the five criteria for the dossier', async () => {
  const text = await shadowText('qmi-criteria-checklist');
  for (const title of [
    'Pertinence du défi',
    'Cohérence des politiques publiques',
    'Capacité à mobiliser des ressources',
    'Disponibilité des équipes',
    'Diversité des partenaires locaux',
  ]) {
    assert.ok(text.includes(title), title);
  }
});

test('a message sent from the partner page reaches the platform', async () => {
  await shadowText('qmi-messages');
  await page.evaluate(() => {
    const messages = document.querySelector('qmi-session').querySelector('qmi-messages');
    const textarea = messages.shadowRoot.querySelector('textarea');
    textarea.value = 'Bonjour, une question sur la fiche secteur.';
    textarea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const send = [...messages.shadowRoot.querySelectorAll('button')].find((b) => /Envoyer/.test(b.textContent));
    send.click();
  });
  const { client, application } = globalThis;
  let thread = [];
  for (let i = 0; i < 50 && thread.length === 0; i++) {
    thread = await client.messages.list(application.id);
    if (thread.length === 0) await new Promise((resolve) => setTimeout(resolve, 200));
  }
  assert.deepEqual(
    thread.map((m) => m.body),
    ['Bonjour, une question sur la fiche secteur.'],
  );
});
