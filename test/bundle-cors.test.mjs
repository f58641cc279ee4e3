// The single-file bundle as a partner page loads it from somewhere else than its own site: a module
// script on another origin (here the sandbox's /assets/qmi-elements.js, as from a CDN), pinned by the
// Subresource Integrity hash that the elements package publishes in `@qmi/elements/integrity.json`.
// Module scripts are fetched in CORS mode: without `Access-Control-Allow-Origin` the browser refuses
// to run them, and a page whose origin is not in QMI_ALLOWED_ORIGINS must still get the script.
// Since issue 17 the bundle loads each element's chunk from beside itself when its tag appears: the
// integrity file pins every chunk too, for an import map's `integrity`, which Chromium enforces.
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

const TAGS = ['qmi-timeline', 'qmi-session', 'qmi-application-form'];

/**
 * Opens a partner page holding only the script tag (and, if given, an import map before it) and the
 * elements' tags, and tells which of the elements registered.
 */
async function loadOnPartnerPage(
  scriptAttributes,
  { wait = 10_000, src = `${sandbox.url}/assets/qmi-elements.js`, head = '', tags = TAGS } = {},
) {
  html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Ville partenaire</title>${head}
<script type="module" src="${src}" ${scriptAttributes}></script></head>
<body><main><h1>Notre candidature</h1>${tags.map((tag) => `<${tag}></${tag}>`).join('')}</main></body></html>`;
  const page = await browser.newPage();
  const messages = [];
  page.on('console', (message) => messages.push(message.text()));
  page.on('pageerror', (error) => messages.push(error.message));
  try {
    await page.goto(partnerOrigin, { waitUntil: 'networkidle0' });
    const registered = await page
      .waitForFunction((list) => list.every((tag) => customElements.get(tag)), { timeout: wait }, tags)
      .then(
        () => true,
        () => false,
      );
    const defined = await page.evaluate((list) => list.filter((tag) => customElements.get(tag)), tags);
    return { registered, defined, console: messages, origin: await page.evaluate(() => location.origin) };
  } finally {
    await page.close();
  }
}

test('the integrity file the elements package publishes is the sha384 of each built bundle and of each chunk', async () => {
  const { default: published } = await import('@qmi/elements/integrity.json', { with: { type: 'json' } });
  const manifest = JSON.parse(fs.readFileSync(path.join(elementsDir, 'package.json'), 'utf8'));
  assert.equal(published.name, manifest.name);
  assert.equal(published.version, manifest.version);
  // The partners' bundle and the organisers' one (issue 16), each pinned by its own hash; and every
  // chunk they may load (issue 17), which the two share.
  const organisers = path.join(elementsDir, ORGANISERS_BUNDLE_PATH);
  const chunks = fs
    .readdirSync(path.join(elementsDir, 'dist/chunks'))
    .filter((file) => file.endsWith('.js'))
    .map((file) => `dist/chunks/${file}`);
  assert.ok(chunks.length > 10, `only ${chunks.length} chunks`);
  assert.deepEqual(published.files, {
    [BUNDLE_PATH]: sha384(bundle),
    [ORGANISERS_BUNDLE_PATH]: sha384(organisers),
    ...Object.fromEntries(chunks.map((chunk) => [chunk, sha384(path.join(elementsDir, chunk))])),
  });
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
  // And the chunks it loads from beside itself, cached for good (their names change with their content).
  const chunk = /"\.\/(chunks\/[\w.-]+\.js)"/.exec(fs.readFileSync(bundle, 'utf8'))[1];
  const served = await fetch(`${sandbox.url}/assets/${chunk}`, { headers: { origin: partnerOrigin } });
  assert.equal(served.status, 200);
  assert.equal(served.headers.get('access-control-allow-origin'), '*');
  assert.match(served.headers.get('cache-control'), /immutable/);
  assert.equal(
    Buffer.from(await served.arrayBuffer()).toString(),
    fs.readFileSync(path.join(elementsDir, 'dist', chunk), 'utf8'),
  );
  assert.equal((await fetch(`${sandbox.url}/assets/chunks/..%2F..%2Fpackage.json`)).status, 404);
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

/** An import map pinning every chunk of a CDN's copy by the hashes of integrity.json. */
function importMap(dist, cdn) {
  const { files } = JSON.parse(dist.files.get('integrity.json'));
  const integrity = Object.fromEntries(
    Object.entries(files)
      .filter(([file]) => file.startsWith('dist/chunks/'))
      .map(([file, hash]) => [`${cdn.dist}${file.slice('dist/'.length)}`, hash]),
  );
  return `<script type="importmap">${JSON.stringify({ integrity })}</script>`;
}

test('an import map with the published hashes pins every chunk: a changed chunk is refused, the others run', async () => {
  const dist = snapshotDist();
  const { files } = JSON.parse(dist.files.get('integrity.json'));
  const timeline = [...dist.files.keys()].find((file) => /^chunks\/timeline-[A-Z0-9]+\.js$/.test(file));
  const attributes = `integrity="${files[BUNDLE_PATH]}" crossorigin="anonymous"`;
  // Two of the partner page's elements without the form: the bundle loads their own chunks.
  const tags = ['qmi-session', 'qmi-timeline'];
  const honest = await startCdn(dist);
  const tampered = await startCdn(dist, {
    tamper: new Map([[timeline, 'customElements.define("qmi-timeline", class extends HTMLElement {});']]),
  });
  try {
    const pinned = await loadOnPartnerPage(attributes, {
      src: `${honest.dist}qmi-elements.bundle.js`,
      head: importMap(dist, honest),
      tags,
    });
    assert.ok(
      pinned.registered,
      `with the import map, the elements did not register:\n  ${pinned.console.join('\n  ')}`,
    );

    const changed = await loadOnPartnerPage(attributes, {
      src: `${tampered.dist}qmi-elements.bundle.js`,
      head: importMap(dist, tampered),
      wait: 3_000,
      tags,
    });
    assert.ok(
      tampered.requests.some((request) => request.endsWith(timeline)),
      'the changed chunk was never asked for',
    );
    assert.deepEqual(changed.defined, ['qmi-session'], 'the changed chunk ran, or the others did not');
    assert.ok(
      changed.console.some((line) => /integrity/i.test(line)),
      `refused for another reason than its integrity:\n  ${changed.console.join('\n  ')}`,
    );
  } finally {
    await honest.stop();
    await tampered.stop();
  }
});

test('the import map pins the partner page’s file too: a changed one is refused', async () => {
  const dist = snapshotDist();
  const { files } = JSON.parse(dist.files.get('integrity.json'));
  const partnerPage = [...dist.files.keys()].find((file) => /^chunks\/partner-page-[\w-]{8}\.js$/.test(file));
  const tampered = await startCdn(dist, {
    tamper: new Map([[partnerPage, 'customElements.define("qmi-timeline", class extends HTMLElement {});']]),
  });
  try {
    const changed = await loadOnPartnerPage(`integrity="${files[BUNDLE_PATH]}" crossorigin="anonymous"`, {
      src: `${tampered.dist}qmi-elements.bundle.js`,
      head: importMap(dist, tampered),
      wait: 3_000,
    });
    assert.ok(
      tampered.requests.some((request) => request.endsWith(partnerPage)),
      'the partner page’s file was never asked for',
    );
    assert.deepEqual(changed.defined, [], 'the changed file ran');
    assert.ok(
      changed.console.some((line) => /integrity/i.test(line)),
      `refused for another reason than its integrity:\n  ${changed.console.join('\n  ')}`,
    );
  } finally {
    await tampered.stop();
  }
});

test('the organisers’ bundle, from a CDN sub-path, loads the board and shares the partners’ chunks', async () => {
  const dist = snapshotDist();
  const cdn = await startCdn(dist);
  try {
    const { files } = JSON.parse(dist.files.get('integrity.json'));
    const result = await loadOnPartnerPage(`integrity="${files[ORGANISERS_BUNDLE_PATH]}" crossorigin="anonymous"`, {
      src: `${cdn.dist}qmi-organisers.bundle.js`,
      tags: ['qmi-session', 'qmi-review-board', 'qmi-assessment'],
    });
    assert.ok(result.registered, `the organisers' elements did not register:\n  ${result.console.join('\n  ')}`);
    const chunks = cdn.requests.filter((request) => request.includes('/dist/chunks/'));
    assert.ok(chunks.some((request) => /\/review-board-[A-Z0-9]+\.js$/.test(request)));
    // The session's chunk is the very file the partners' bundle loads: one copy in a browser's cache.
    const session = chunks.map((request) => /\/(session-[A-Z0-9]+\.js)$/.exec(request)?.[1]).find(Boolean);
    assert.ok(session, 'the session’s chunk was not loaded');
    const partnersImports = [...fs.readFileSync(bundle, 'utf8').matchAll(/from"\.\/(chunks\/[\w.-]+\.js)"/g)].map(
      ([, chunk]) => fs.readFileSync(path.join(elementsDir, 'dist', chunk), 'utf8'),
    );
    assert.ok(
      partnersImports.some((source) => source.includes(`"./${session}"`)),
      `the partners' bundle does not load ${session}`,
    );
  } finally {
    await cdn.stop();
  }
});
