// The single-file bundle as a partner page loads it from somewhere else than its own site: a module
// script on another origin (here the sandbox's /assets/qmi-elements.js, as from a CDN), pinned by the
// Subresource Integrity hash that the elements package publishes in `@qmi/elements/integrity.json`.
// Module scripts are fetched in CORS mode: without `Access-Control-Allow-Origin` the browser refuses
// to run them, and a page whose origin is not in QMI_ALLOWED_ORIGINS must still get the script.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { launchChromium } from '../scripts/lib/browser.mjs';
import { ROOT } from '../scripts/lib/setup.mjs';

const { startSandbox, silentLogger } = await import(path.join(ROOT, 'packages/sandbox/dist/index.js'));
const BUNDLE_PATH = 'dist/qmi-elements.bundle.js';
const ORGANISERS_BUNDLE_PATH = 'dist/qmi-organisers.bundle.js';
const elementsDir = path.join(ROOT, 'packages/elements');
const bundle = path.join(elementsDir, BUNDLE_PATH);

let sandbox;
let partner;
let partnerOrigin;
let browser;
let dataDir;
let html = '';

before(async () => {
  partner = http.createServer((req, res) =>
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html),
  );
  await new Promise((resolve) => partner.listen(0, '127.0.0.1', resolve));
  partnerOrigin = `http://127.0.0.1:${partner.address().port}`;
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmi-bundle-cors-'));
  // The partner's origin is deliberately not allowed to call the API: the script is public all the same.
  sandbox = await startSandbox({ dataDir, port: 0, log: silentLogger, allowedOrigins: [], elementsBundle: bundle });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await sandbox?.close();
  partner?.close();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

const sha384 = (file) => `sha384-${createHash('sha384').update(fs.readFileSync(file)).digest('base64')}`;

/** Opens a partner page holding only the script tag, and tells whether the elements registered. */
async function loadOnPartnerPage(scriptAttributes, { wait = 10_000 } = {}) {
  html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Ville partenaire</title>
<script type="module" src="${sandbox.url}/assets/qmi-elements.js" ${scriptAttributes}></script></head>
<body><main><h1>Notre candidature</h1></main></body></html>`;
  const page = await browser.newPage();
  const messages = [];
  page.on('console', (message) => messages.push(message.text()));
  page.on('pageerror', (error) => messages.push(error.message));
  try {
    await page.goto(partnerOrigin, { waitUntil: 'networkidle0' });
    const registered = await page
      .waitForFunction(
        () => ['qmi-timeline', 'qmi-session', 'qmi-application-form'].every((tag) => customElements.get(tag)),
        { timeout: wait },
      )
      .then(
        () => true,
        () => false,
      );
    return { registered, console: messages, origin: await page.evaluate(() => location.origin) };
  } finally {
    await page.close();
  }
}

test('the integrity file the elements package publishes is the sha384 of each built bundle', async () => {
  const { default: published } = await import('@qmi/elements/integrity.json', { with: { type: 'json' } });
  const manifest = JSON.parse(fs.readFileSync(path.join(elementsDir, 'package.json'), 'utf8'));
  assert.equal(published.name, manifest.name);
  assert.equal(published.version, manifest.version);
  // The partners' bundle and the organisers' one (issue 16), each pinned by its own hash.
  const organisers = path.join(elementsDir, ORGANISERS_BUNDLE_PATH);
  assert.deepEqual(published.files, { [BUNDLE_PATH]: sha384(bundle), [ORGANISERS_BUNDLE_PATH]: sha384(organisers) });
});

test('the sandbox serves the bundle to any origin: CORS and cross-origin resource policy', async () => {
  const response = await fetch(`${sandbox.url}/assets/qmi-elements.js`, { headers: { origin: partnerOrigin } });
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('access-control-allow-origin'), '*');
  assert.equal(response.headers.get('cross-origin-resource-policy'), 'cross-origin');
  assert.equal(
    `sha384-${createHash('sha384')
      .update(Buffer.from(await response.arrayBuffer()))
      .digest('base64')}`,
    sha384(bundle),
    'the bytes served are the bundle, unchanged',
  );
});

test('a page on another origin loads the bundle as a module script with its published integrity, and the elements register', async () => {
  const { default: published } = await import('@qmi/elements/integrity.json', { with: { type: 'json' } });
  const result = await loadOnPartnerPage(`integrity="${published.files[BUNDLE_PATH]}" crossorigin="anonymous"`);
  assert.notEqual(result.origin, new URL(sandbox.url).origin, 'the page is on another origin than the script');
  assert.ok(
    result.registered,
    `the elements did not register on ${result.origin}; the page's console:\n  ${result.console.join('\n  ')}`,
  );
});

test('a bundle that does not match the integrity hash is refused by the browser', async () => {
  const wrong = `sha384-${createHash('sha384').update('not the bundle').digest('base64')}`;
  // The page is idle once the script was fetched (and refused): a short wait for registration is enough.
  const result = await loadOnPartnerPage(`integrity="${wrong}" crossorigin="anonymous"`, { wait: 1_500 });
  assert.equal(result.registered, false, 'the browser ran a script whose hash does not match');
  assert.ok(
    result.console.some((line) => /integrity/i.test(line)),
    `refused for another reason than its integrity:\n  ${result.console.join('\n  ')}`,
  );
});
