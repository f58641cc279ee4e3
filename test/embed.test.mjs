// The HTML-only embedding contract, end to end: a partner's plain page on its own origin, with nothing
// but the single-file bundle's tag and a few attributes, runs the timeline, the checklist and the
// messages against the platform on another origin (allowed by its CORS list), in real Chromium.
// The bundle comes from a CDN-like third origin under a versioned sub-path, as from jsDelivr or unpkg,
// pinned by its integrity: it loads from beside itself the partner page's file (the five elements such a
// page shows together, in one file), or for a page with only a countdown the timeline's own chunk. The same browser profile then opens the page again with the CDN offline: everything
// comes from the HTTP cache.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { launchChromium } from '../scripts/lib/browser.mjs';
import { snapshotDist, startCdn } from '../scripts/lib/cdn.mjs';
import { ROOT } from '../scripts/lib/setup.mjs';

const { startSandbox, silentLogger } = await import(path.join(ROOT, 'packages/sandbox/dist/index.js'));
const { createClient } = await import(path.join(ROOT, 'packages/core/dist/index.js'));
const DEMO = { email: 'mairie.partenaire@qmi.example', password: 'commune-partenaire-2023' };
const dist = snapshotDist();
const BUNDLE = 'qmi-elements.bundle.js';
const integrity = `sha384-${createHash('sha384').update(dist.files.get(BUNDLE)).digest('base64')}`;

let partner;
let partnerOrigin;
let sandbox;
let cdn;
let browser;
let profile;
let dataDir;
let page;
const failed = [];

const partnerPage = (api, application) => `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Ville partenaire — candidature QMI</title>
<script type="module" src="${cdn.dist}${BUNDLE}" integrity="${integrity}" crossorigin="anonymous"></script></head>
<body><main><h1>Notre candidature</h1>
<qmi-session api-base="${api}" demo-email="${DEMO.email}" demo-password="${DEMO.password}">
  <qmi-timeline call="qmi-2" now="2023-12-15T09:30:00Z"></qmi-timeline>
  <qmi-criteria-checklist call="qmi-2" application="${application}" now="2023-12-15T09:30:00Z"></qmi-criteria-checklist>
  <qmi-messages application="${application}" poll-interval="1"></qmi-messages>
</qmi-session></main></body></html>`;

/** A town hall's page with nothing but the countdown: no session, no form. */
const countdownPage = () => `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Ville partenaire — QMI</title>
<script type="module" src="${cdn.dist}${BUNDLE}" integrity="${integrity}" crossorigin="anonymous"></script></head>
<body><main><h1>Quartiers Métropolitains d’Innovation</h1>
<qmi-timeline api-base="${sandbox.url}" call="qmi-2" now="2023-12-15T09:30:00Z"></qmi-timeline></main></body></html>`;

/** Opens the partner's page in a (new or relaunched) browser on the test's one profile. */
async function openPartnerPage() {
  browser ??= await launchChromium({ userDataDir: profile });
  page = await browser.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  page.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText}`));
  await page.goto(partnerOrigin, { waitUntil: 'networkidle0' });
}

before(async () => {
  let html = '';
  partner = http.createServer((req, res) =>
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
      .end(req.url === '/countdown' ? countdownPage() : html),
  );
  await new Promise((resolve) => partner.listen(0, '127.0.0.1', resolve));
  partnerOrigin = `http://127.0.0.1:${partner.address().port}`;
  cdn = await startCdn(dist);
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmi-embed-'));
  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'qmi-embed-profile-'));
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
  await openPartnerPage();
  Object.assign(globalThis, { application, client });
});

after(async () => {
  await browser?.close();
  await sandbox?.close();
  await cdn?.stop();
  partner?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(profile, { recursive: true, force: true });
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

/**
 * The element chunks the CDN was asked for, by name: the elements' own chunks are named after their modules
 * (`chunks/timeline-AB12CD34.js`), those built with the partner page's file after it
 * (`chunks/partner-page.commune-picker-Ab1_Cd-2.js`); the other chunks are shared code, texts or parts.
 */
const ELEMENTS = new Set(
  JSON.parse(fs.readFileSync(path.join(ROOT, 'packages/elements/custom-elements.json'), 'utf8'))
    .modules.filter((module) => (module.declarations ?? []).some((declaration) => declaration.tagName))
    .map((module) => path.basename(module.path).replace(/\.component\.js$/, '')),
);
const elementChunks = (requests = cdn.requests, build = '') =>
  requests
    .map((p) => new RegExp(`/chunks/${build.replace('.', '\\.')}([a-z-]+?)-[\\w-]{8}\\.js$`).exec(p)?.[1])
    .filter((name) => ELEMENTS.has(name));
/** The partner page's file: its five elements in one file, named after its content. */
const PARTNER_PAGE = /\/chunks\/partner-page-[\w-]{8}\.js$/;

test('the page is on another origin than the platform, which lets it in through CORS', () => {
  assert.notEqual(new URL(page.url()).origin, new URL(sandbox.url).origin);
  assert.notEqual(new URL(page.url()).origin, cdn.origin);
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

test('everything came from the CDN’s versioned sub-path: the partner page’s file, and no element’s own chunk', () => {
  assert.ok(cdn.requests.length > 1, `the bundle loaded no chunk: ${cdn.requests.join(', ')}`);
  for (const request of cdn.requests)
    assert.ok(request.startsWith(`/npm/@qmi/elements@${dist.version}/dist/`), request);
  assert.ok(
    cdn.requests.some((request) => PARTNER_PAGE.test(request)),
    cdn.requests.join(', '),
  );
  assert.deepEqual(elementChunks(), [], 'an element’s own chunk was loaded beside the partner page’s file');
});

test('an element the page adds later is defined when it appears, and whenDefined() resolves for it', async () => {
  const defined = await page.evaluate(async () => {
    document.querySelector('main').append(document.createElement('qmi-commune-picker'));
    const timeout = new Promise((resolve) => setTimeout(() => resolve('not defined after 10 s'), 10_000));
    return Promise.race([customElements.whenDefined('qmi-commune-picker').then(() => 'defined'), timeout]);
  });
  assert.equal(defined, 'defined');
  // From the partner page's build, which reuses the lit and the client the page already runs.
  assert.deepEqual(elementChunks(cdn.requests, 'partner-page.'), ['commune-picker']);
  assert.deepEqual(elementChunks(), []);
});

test('a page with only the countdown loads the timeline’s own chunk, not the partner page’s file', async () => {
  const from = cdn.requests.length;
  const countdown = await browser.newPage();
  try {
    await countdown.goto(`${partnerOrigin}/countdown`, { waitUntil: 'networkidle0' });
    const text = await countdown
      .waitForFunction(
        () => {
          const shown = document.querySelector('qmi-timeline')?.shadowRoot?.textContent ?? '';
          return /J-\d/.test(shown) && shown.replace(/\s+/g, ' ');
        },
        { timeout: 15_000 },
      )
      .then((h) => h.jsonValue());
    assert.match(text, /J-28/);
    const requests = cdn.requests.slice(from);
    assert.deepEqual(elementChunks(requests), ['timeline'], requests.join(', '));
    assert.ok(!requests.some((request) => PARTNER_PAGE.test(request)), requests.join(', '));
  } finally {
    await countdown.close();
  }
});

test('an element whose code could not be fetched while offline is loaded when the connection returns', async () => {
  await page.setOfflineMode(true);
  const offline = await page.evaluate(async () => {
    document.querySelector('main').append(document.createElement('qmi-notifications'));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    return Boolean(customElements.get('qmi-notifications'));
  });
  assert.equal(offline, false, 'defined while offline: its chunk was not new to the page');
  await page.setOfflineMode(false);
  const online = await page.evaluate(() =>
    Promise.race([
      customElements.whenDefined('qmi-notifications').then(() => 'defined'),
      new Promise((resolve) => setTimeout(() => resolve('still not defined 10 s after going online'), 10_000)),
    ]),
  );
  assert.equal(online, 'defined');
});

test('with the CDN offline, the same browser profile opens the page again from its HTTP cache', async () => {
  await browser.close();
  browser = undefined;
  await cdn.stop();
  failed.length = 0;
  const before = cdn.requests.length;
  await openPartnerPage();
  const text = await shadowText('qmi-timeline');
  assert.match(text, /J-28/);
  assert.match(await shadowText('qmi-criteria-checklist'), /Pertinence du défi/);
  await shadowText('qmi-messages');
  assert.equal(cdn.requests.length, before, 'the offline CDN was reached');
  assert.deepEqual(
    failed.filter((line) => line.startsWith(cdn.origin)),
    [],
    'a file of the bundle was not in the cache',
  );
});
