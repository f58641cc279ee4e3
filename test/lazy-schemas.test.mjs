// A page showing a timeline downloads no schema library before it asks the platform for the call: the
// answer's schemas (zod inside) are fetched with `import()` as the request leaves, and arrive with it.
// Built as a partner's bundler builds the page (esbuild, splitting), served from the partner's origin,
// the platform on another. And the late schemas still guard the page: a malformed answer is refused.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { build } from 'esbuild';
import { launchChromium } from '../scripts/lib/browser.mjs';
import { ROOT } from '../scripts/lib/setup.mjs';

const { startSandbox, silentLogger } = await import(path.join(ROOT, 'packages/sandbox/dist/index.js'));

let out;
let dataDir;
let sandbox;
let partner;
let browser;
/** For each output file, whether zod's code is in it (its constructors keep their names, minified or not). */
const hasZod = new Map();

before(async () => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'qmi-lazy-schemas-'));
  const result = await build({
    stdin: {
      contents: `import '@qmi/elements/timeline';`,
      resolveDir: path.join(ROOT, 'packages/elements'),
      loader: 'js',
    },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    minify: true,
    outdir: out,
    entryNames: 'page',
    metafile: true,
    logLevel: 'silent',
  });
  for (const file of Object.keys(result.metafile.outputs))
    hasZod.set(path.basename(file), fs.readFileSync(path.resolve(file)).includes('"$ZodType"'));
  let html = '';
  partner = http.createServer((req, res) => {
    const file = path.join(out, path.basename(new URL(req.url, 'http://x').pathname));
    if (req.url.endsWith('.js') && fs.existsSync(file))
      return res.writeHead(200, { 'content-type': 'text/javascript' }).end(fs.readFileSync(file));
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise((resolve) => partner.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${partner.address().port}`;
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmi-lazy-schemas-data-'));
  sandbox = await startSandbox({
    dataDir,
    port: 0,
    log: silentLogger,
    allowedOrigins: [origin],
    now: '2023-12-15T09:30:00Z',
  });
  html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Calendrier</title>
<script type="module" src="/page.js"></script></head>
<body><qmi-timeline api-base="${sandbox.url}" call="qmi-2" now="2023-12-15T09:30:00Z"></qmi-timeline></body></html>`;
  browser = await launchChromium();
  Object.assign(globalThis, { origin });
});

after(async () => {
  await browser?.close();
  await sandbox?.close();
  partner?.close();
  fs.rmSync(out, { recursive: true, force: true });
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Opens the page; `answer` replaces the platform's answer to the call's request when given. */
async function openTimeline(answer) {
  const page = await browser.newPage();
  const scripts = [];
  let scriptsBeforeCall;
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.endsWith('.js')) scripts.push(path.basename(url.pathname));
    if (url.pathname === '/v1/calls/qmi-2' && request.method() === 'GET') {
      scriptsBeforeCall ??= [...scripts];
      if (answer)
        return request.respond({
          status: 200,
          contentType: 'application/json',
          headers: { 'access-control-allow-origin': globalThis.origin },
          body: JSON.stringify(answer),
        });
    }
    return request.continue();
  });
  await page.goto(globalThis.origin, { waitUntil: 'networkidle0' });
  const text = await page
    .waitForFunction(
      () => {
        const root = document.querySelector('qmi-timeline')?.shadowRoot;
        const shown = root?.textContent?.replace(/\s+/g, ' ').trim();
        return shown && shown !== '…' ? shown : undefined;
      },
      { timeout: 15_000 },
    )
    .then((handle) => handle.jsonValue());
  await page.close();
  return { text, scripts, scriptsBeforeCall };
}

test('the timeline loads no zod before its request is sent; the schemas come beside the answer', async () => {
  const { text, scripts, scriptsBeforeCall } = await openTimeline();
  assert.match(text, /J-28/, 'the timeline shows the countdown to the deadline');
  assert.ok(scriptsBeforeCall?.includes('page.js'), 'the call was asked for by the page');
  assert.deepEqual(
    scriptsBeforeCall.filter((file) => hasZod.get(file)),
    [],
    'no zod before the request',
  );
  assert.ok(
    scripts.some((file) => hasZod.get(file)),
    'the answer was validated with the schemas loaded later',
  );
});

test('a malformed answer is still refused: the timeline says it could not load the call', async () => {
  const { text } = await openTimeline({ id: 'qmi-2', title: 42 });
  assert.equal(text, 'Le calendrier de l’appel n’a pas pu être chargé.');
});
