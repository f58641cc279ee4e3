import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { createClient } from '@qmi/core';
import type { Browser } from 'puppeteer-core';
import { raw, startTestSandbox } from './helpers.js';

/** The repository's one way to start Chromium (Debian's, headless, as root): scripts/lib/browser.mjs. */
const launchChromium = async (): Promise<Browser> =>
  (
    (await import(new URL('../../../scripts/lib/browser.mjs', import.meta.url).href)) as {
      launchChromium: () => Promise<Browser>;
    }
  ).launchChromium();

const bundleDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmi-bundle-'));
const bundle = path.join(bundleDir, 'qmi-elements.bundle.js');
fs.writeFileSync(bundle, 'export const loaded = true;\n');
const DEMO = { email: 'mairie.demo@qmi.example', password: 'commune-demo-2023' };
const sandbox = await startTestSandbox({ demoAccount: DEMO, demoCommune: '93066', elementsBundle: bundle });

test('the demo page embeds the session and the form with one module script, signed in as the demo commune', async () => {
  const page = await raw(sandbox, 'GET', '/');
  // Pinned by its Subresource Integrity hash, as a partner page loads it from a CDN.
  const integrity = `sha384-${createHash('sha384').update(fs.readFileSync(bundle)).digest('base64')}`;
  // Its nonce is the page's content security policy's, new for each answer.
  assert.match(
    page.text,
    new RegExp(
      `<script type="module" src="/assets/qmi-elements.js" integrity="${integrity.replace(/[+/]/g, '\\$&')}" crossorigin="anonymous" nonce="[\\w+/=]+"></script>`,
    ),
    'the module script with its integrity',
  );
  assert.match(
    page.text,
    new RegExp(`<qmi-session api-base="${sandbox.url}" demo-email="${DEMO.email}" demo-password="${DEMO.password}">`),
  );
  assert.match(
    page.text,
    /<qmi-application-form id="dossier" call="qmi-2" now="2023-12-01T09:0\d:\d\d\.\d+Z"><\/qmi-application-form>/,
  );
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
  assert.deepEqual(
    mine.map((a) => [a.commune, a.status]),
    [['93066', 'draft']],
  );
});

test('without a bundle, the demo page says how to see the components and the asset is a 404 problem', async () => {
  const plain = await startTestSandbox();
  const page = await raw(plain, 'GET', '/');
  assert.doesNotMatch(page.text, /<script/);
  assert.match(page.text, /npm start/);
  assert.equal((await raw(plain, 'GET', '/assets/qmi-elements.js')).status, 404);
});

test('the first Tab reaches "Aller au contenu", shown only while focused, and Enter moves on to the main content', async () => {
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage();
    await tab.setViewport({ width: 320, height: 640 });
    await tab.setExtraHTTPHeaders({ 'accept-language': 'fr' });
    await tab.goto(sandbox.url);
    const link = () =>
      tab.evaluate(() => {
        const el = document.querySelector('body a');
        if (!el) return { text: '(no link)', focused: false, onScreen: false };
        const rect = el.getBoundingClientRect();
        const onScreen =
          rect.width > 1 &&
          rect.height > 1 &&
          rect.bottom > 0 &&
          rect.top >= 0 &&
          rect.left >= 0 &&
          rect.right <= innerWidth;
        return {
          text: el.textContent,
          target: el.getAttribute('href'),
          focused: document.activeElement === el,
          onScreen,
        };
      });
    assert.deepEqual(
      await link(),
      { text: 'Aller au contenu', target: '#contenu', focused: false, onScreen: false },
      'the first link, out of sight before it has the focus',
    );
    await tab.keyboard.press('Tab');
    assert.deepEqual(
      await link(),
      { text: 'Aller au contenu', target: '#contenu', focused: true, onScreen: true },
      'the first tab stop, in sight',
    );
    await tab.keyboard.press('Enter');
    assert.equal(
      await tab.evaluate(() => `${document.activeElement?.localName}#${document.activeElement?.id}`),
      'main#contenu',
      'the main content has the focus',
    );
    // And the next Tab goes on from there: into the main content, not back to the header.
    await tab.keyboard.press('Tab');
    assert.equal(
      await tab.evaluate(() => Boolean(document.activeElement?.closest('main'))),
      true,
      'the next tab stop is in the main content',
    );

    // In English for a browser that asks for it.
    await tab.setExtraHTTPHeaders({ 'accept-language': 'en' });
    await tab.goto(sandbox.url);
    assert.equal(await tab.evaluate(() => document.querySelector('body a')?.textContent), 'Skip to content');
  } finally {
    await browser.close();
  }
});

test('the demo page opened as localhost may call the API at 127.0.0.1 (the same machine, another origin)', async () => {
  const origin = `http://localhost:${sandbox.port}`;
  const preflight = await raw(sandbox, 'OPTIONS', '/v1/me', {
    headers: { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
  });
  assert.equal(preflight.headers.get('access-control-allow-origin'), origin);
  // Any other origin stays refused unless listed in QMI_ALLOWED_ORIGINS.
  const other = await raw(sandbox, 'GET', '/v1/time', { headers: { origin: 'http://localhost:9999' } });
  assert.equal(other.headers.get('access-control-allow-origin'), null);
});

test('the demo account speaks for the demo commune by configuration, so the demo dossier holds its place', async () => {
  const demo = createClient({ baseUrl: sandbox.url });
  const { account } = await demo.auth.signIn(DEMO);
  assert.deepEqual(
    account.communes.map((entry) => [entry.commune, entry.source]),
    [['93066', 'configuration']],
  );
  const dossiers = [];
  for await (const dossier of demo.applications.list()) dossiers.push([dossier.commune, dossier.holdsPlace]);
  assert.deepEqual(dossiers, [['93066', true]]);
});
