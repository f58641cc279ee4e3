import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { DEMO_REVIEWER_PASSWORD, DEMO_REVIEWERS } from '../src/demo-seed.js';
import { startSandbox } from '../src/index.js';
import { ORGANISER, raw, startTestSandbox } from './helpers.js';

const bundleDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmi-bundles-'));
const bundle = path.join(bundleDir, 'qmi-elements.bundle.js');
const organisersBundle = path.join(bundleDir, 'qmi-organisers.bundle.js');
fs.writeFileSync(bundle, 'export const partners = true;\n');
fs.writeFileSync(organisersBundle, 'export const organisers = true;\n');
const OTHER = { email: 'autre.organisateur@qmi.example', password: 'un-autre-secret-2023' };

const demo = await startTestSandbox({
  organisers: [ORGANISER, OTHER],
  demoOrganiser: ORGANISER.email,
  demoDossiers: true,
  elementsBundle: bundle,
});

test('the organisers’ page opens the board signed in as the demo organiser, with the reviewers to sign in as', async () => {
  const page = await raw(demo, 'GET', '/organisateurs', { headers: { 'accept-language': 'fr' } });
  assert.equal(page.status, 200);
  assert.match(page.text, /<html lang="fr">/);
  assert.match(page.text, /<a class="skip-link" href="#contenu">Aller au contenu<\/a>/);
  // The organisers' bundle, pinned by its integrity hash, with the answer's nonce.
  const integrity = `sha384-${createHash('sha384').update(fs.readFileSync(organisersBundle)).digest('base64')}`;
  const nonce = /'nonce-([\w+/=]+)'/.exec(page.headers.get('content-security-policy') ?? '')?.[1];
  assert.ok(nonce, 'a nonce in the content security policy');
  assert.ok(
    page.text.includes(
      `<script type="module" src="/assets/qmi-organisers.js" integrity="${integrity}" crossorigin="anonymous" nonce="${nonce}"></script>`,
    ),
    'the organisers’ bundle with its integrity',
  );
  // Every script of the page carries the nonce: none runs without it.
  for (const [tag] of page.text.matchAll(/<script[^>]*>/g)) assert.ok(tag.includes(`nonce="${nonce}"`), tag);
  assert.ok(
    page.text.includes(
      `<qmi-session api-base="${demo.url}" demo-email="${ORGANISER.email}" demo-password="${ORGANISER.password}">`,
    ),
  );
  assert.match(page.text, /<qmi-review-board call-id="qmi-2" now="[^"]+"><\/qmi-review-board>/);
  assert.match(page.text, /<qmi-notifications><\/qmi-notifications>/);
  // The dossier opened from the board: its view and its assessment, made by the page's script.
  assert.match(page.text, /qmi-dossier-open/);
  assert.match(page.text, /createElement\('qmi-dossier-view'\)/);
  assert.match(page.text, /createElement\('qmi-assessment'\)/);
  assert.ok(page.text.includes(`Organisateur : ${ORGANISER.email}, mot de passe « ${ORGANISER.password} »`));
  for (const reviewer of DEMO_REVIEWERS) {
    assert.ok(page.text.includes(`Examinateur (${reviewer.organisation}) : ${reviewer.email}`));
    assert.ok(page.text.includes(`href="/organisateurs?compte=${encodeURIComponent(reviewer.email)}"`));
  }
  assert.ok(page.text.includes(`« ${DEMO_REVIEWER_PASSWORD} »`));
  // Another organiser's password is never in the page.
  assert.ok(!page.text.includes(OTHER.password));

  const script = await raw(demo, 'GET', '/assets/qmi-organisers.js');
  assert.equal(script.status, 200);
  assert.equal(script.headers.get('content-type'), 'text/javascript; charset=utf-8');
  assert.equal(script.text, 'export const organisers = true;\n');
});

test('a demo reviewer’s link opens the page signed in as that reviewer; any other address gets the demo organiser', async () => {
  const asReviewer = await raw(demo, 'GET', `/organisateurs?compte=${encodeURIComponent(DEMO_REVIEWERS[1].email)}`);
  assert.ok(
    asReviewer.text.includes(`demo-email="${DEMO_REVIEWERS[1].email}" demo-password="${DEMO_REVIEWER_PASSWORD}"`),
  );
  const asOther = await raw(demo, 'GET', `/organisateurs?compte=${encodeURIComponent(OTHER.email)}`);
  assert.ok(asOther.text.includes(`demo-email="${ORGANISER.email}" demo-password="${ORGANISER.password}"`));
  assert.ok(!asOther.text.includes(OTHER.password));
});

test('the demo page links to the organisers’ area, in English too', async () => {
  assert.match((await raw(demo, 'GET', '/')).text, /<a href="\/organisateurs">Espace organisateurs<\/a>/);
  const english = await raw(demo, 'GET', '/organisateurs', { headers: { 'accept-language': 'en' } });
  assert.match(english.text, /<html lang="en">/);
  assert.ok(english.text.includes(`Organiser: ${ORGANISER.email}, password “${ORGANISER.password}”`));
});

test('without a demo organiser, the organisers’ page shows no board and no password, and the demo page no link', async () => {
  const plain = await startTestSandbox({ elementsBundle: bundle, demoDossiers: true });
  const page = await raw(plain, 'GET', '/organisateurs');
  assert.equal(page.status, 404);
  assert.match(page.text, /QMI_DEMO_ORGANISER/);
  assert.doesNotMatch(page.text, /<qmi-review-board|<qmi-session|<script/);
  assert.ok(!page.text.includes(ORGANISER.password));
  assert.doesNotMatch((await raw(plain, 'GET', '/')).text, /\/organisateurs/);
});

test('a demo organiser that is not one of the organisers stops the start with a message', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmi-demo-organiser-'));
  await assert.rejects(
    startSandbox({ dataDir, port: 0, organisers: [ORGANISER], demoOrganiser: 'personne@qmi.example' }),
    /personne@qmi\.example is not one of the organisers/,
  );
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test('from the demo page signed in as the commune, "Espace organisateurs" opens the board as the organiser, and back home the commune is still signed in', async () => {
  const dist = new URL('../../elements/dist/qmi-elements.bundle.js', import.meta.url).pathname;
  const live = await startTestSandbox({
    demoOrganiser: ORGANISER.email,
    demoDossiers: true,
    demoAccount: { email: 'mairie.demo@qmi.example', password: 'commune-demo-2023' },
    demoCommune: '93066',
    elementsBundle: dist,
  });
  const { launchChromium } = (await import(new URL('../../../scripts/lib/browser.mjs', import.meta.url).href)) as {
    launchChromium: () => Promise<import('puppeteer-core').Browser>;
  };
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage();
    await tab.setExtraHTTPHeaders({ 'accept-language': 'fr' });
    const signedIn = () =>
      tab.waitForFunction(
        // The element's public `account` (the signed-in account), read in the page.
        () =>
          (document.querySelector('qmi-session') as (Element & { account?: { email: string } }) | null)?.account?.email,
        { timeout: 15_000 },
      );
    await tab.goto(live.url);
    assert.equal(await (await signedIn()).jsonValue(), 'mairie.demo@qmi.example');
    await Promise.all([tab.waitForNavigation(), tab.click('a[href="/organisateurs"]')]);
    assert.equal(await (await signedIn()).jsonValue(), ORGANISER.email);
    // The board lists the seeded dossiers; the first commune's link opens it under the board.
    const link = await tab.waitForSelector('qmi-review-board >>> th[scope="row"] [data-row]', { timeout: 15_000 });
    await link!.click();
    await tab.waitForSelector('#dossier:not([hidden]) qmi-dossier-view[application-id]', { timeout: 5_000 });
    await tab.waitForSelector('#dossier qmi-assessment[application-id]', { timeout: 5_000 });
    await Promise.all([tab.waitForNavigation(), tab.click('header a[href="/"]')]);
    assert.equal(await (await signedIn()).jsonValue(), 'mairie.demo@qmi.example', 'the commune again at home');
  } finally {
    await browser.close();
  }
});
