// The Vue 3 and Svelte 5 examples (examples/vue, examples/svelte) as apps: each built with Vite's JS API
// (into a temporary folder), served by a static server on an origin of its own, against the real sandbox
// on another (which lets that origin in), in Chromium with one browser profile kept across a reload.
// Checked as a person uses the page, and through what the framework renders: the timeline shows the call
// the framework gave it as a property; signing in through <qmi-session> reaches the framework's state
// (its listener of `qmi-sign-in`); typing in the form autosaves, the framework hears `qmi-save`, the
// platform has the text, and a reload shows it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { build } from 'vite';
import { launchChromium } from '../scripts/lib/browser.mjs';
import { serveStaticSite } from '../scripts/lib/static-site.mjs';
import { ROOT } from '../scripts/lib/setup.mjs';

const { startSandbox, silentLogger } = await import(path.join(ROOT, 'packages/sandbox/dist/index.js'));
const { createClient } = await import(path.join(ROOT, 'packages/core/dist/index.js'));
const DEMO = { email: 'mairie.demo@qmi.example', password: 'commune-demo-2023' };
// The platform's clock: six weeks before the deadline (J-42). The pages give no `now`: they follow it.
const NOW = '2023-12-01T09:00:00Z';
const TIMEOUT = 20_000;

/** Builds an example as its README says (`vite build`), with the platform's URL in its environment. */
async function buildExample(name, outDir, apiBase) {
  const root = path.join(ROOT, 'examples', name);
  process.env.VITE_QMI_API_BASE = apiBase;
  try {
    await build({
      root,
      configFile: path.join(root, 'vite.config.ts'),
      logLevel: 'error',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    delete process.env.VITE_QMI_API_BASE;
  }
}

/** Waits in the page until `fn(arg)` is truthy, and returns it; on timeout, fails with `message`. */
async function until(page, message, fn, arg) {
  try {
    const handle = await page.waitForFunction(fn, { timeout: TIMEOUT, polling: 100 }, arg);
    return await handle.jsonValue();
  } catch (error) {
    assert.fail(`${message} (${error.message})`);
  }
}

/** The text the framework rendered into the page's own element `selector` (light DOM), spaces collapsed. */
const pageText = (page, selector) => page.$eval(selector, (element) => element.textContent.replace(/\s+/g, ' ').trim());

const EXAMPLES = [
  { name: 'vue', framework: 'Vue 3', title: 'Des rues aux écoles (Vue)' },
  { name: 'svelte', framework: 'Svelte 5', title: 'Des rues aux écoles (Svelte)' },
];

for (const example of EXAMPLES) {
  describe(`the ${example.framework} example (examples/${example.name})`, () => {
    let work;
    let site;
    let sandbox;
    let browser;
    let page;
    const errors = [];
    const apiRequests = [];

    before(async () => {
      work = fs.mkdtempSync(path.join(os.tmpdir(), `qmi-example-${example.name}-`));
      const outDir = path.join(work, 'dist');
      site = await serveStaticSite(outDir);
      sandbox = await startSandbox({
        dataDir: path.join(work, 'data'),
        port: 0,
        now: NOW,
        log: silentLogger,
        allowedOrigins: [site.origin],
        demoAccount: DEMO,
        demoCommune: '93066',
      });
      const started = Date.now();
      await buildExample(example.name, outDir, sandbox.url);
      process.stderr.write(`# built examples/${example.name} in ${Date.now() - started} ms\n`);
      browser = await launchChromium({ userDataDir: path.join(work, 'profile') });
      page = await browser.newPage();
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('request', (request) => {
        if (request.url().startsWith(sandbox.url)) apiRequests.push(`${request.method()} ${request.url()}`);
      });
      await page.goto(site.origin);
    });

    after(async () => {
      await browser?.close();
      await sandbox?.close();
      site?.close();
      if (work) fs.rmSync(work, { recursive: true, force: true });
    });

    test('the page is on another origin than the platform, and the framework rendered it', async () => {
      assert.notEqual(new URL(page.url()).origin, new URL(sandbox.url).origin);
      await until(page, `${example.framework} rendered the page`, () => document.querySelector('main h1'));
      assert.equal(await pageText(page, 'main h1'), 'Candidater aux Quartiers Métropolitains d’Innovation');
    });

    test('the timeline shows the call definition the framework set as a property, by the platform’s clock', async () => {
      const shown = await until(
        page,
        'the timeline never showed the call (was `definition` set as a property?)',
        () => {
          const text = document.querySelector('qmi-timeline')?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
          return /J-\d+/.test(text) && text;
        },
      );
      assert.match(shown, /Quartiers Métropolitains d’Innovation — 2e édition — Calendrier de l’appel/);
      assert.match(shown, /J-42/, 'six weeks before the deadline, by the platform’s clock');
      assert.match(shown, /avant la date limite du 12 janvier 2024/);
      // An object is a property, never an attribute; `api-base` is an attribute (the element has no property of that name).
      const timeline = await page.$eval('qmi-timeline', (element) => ({
        definition: element.definition?.id,
        attributes: element.getAttributeNames(),
        apiBase: element.getAttribute('api-base'),
      }));
      assert.equal(timeline.definition, 'qmi-2');
      assert.ok(!timeline.attributes.includes('definition'), timeline.attributes.join(', '));
      assert.equal(timeline.apiBase, sandbox.url);
      // It used the definition it was given: nobody asked the platform for the call yet (no one is signed in).
      assert.deepEqual(
        apiRequests.filter((line) => line.includes('/v1/calls')),
        [],
      );
    });

    test('signing in through <qmi-session> with the demo account: the framework’s state shows who signed in', async () => {
      assert.equal(await pageText(page, '.app-account'), '', 'nobody signed in yet');
      await page.locator('qmi-session >>> #session-email').fill(DEMO.email);
      await page.locator('qmi-session >>> #session-password').fill(DEMO.password);
      await page.locator('qmi-session >>> button[type="submit"]').click();
      const account = await until(
        page,
        `${example.framework} never showed the account of \`qmi-sign-in\` (is its listener there?)`,
        () => document.querySelector('.app-account')?.textContent?.trim(),
      );
      assert.equal(account, `Connecté en tant que ${DEMO.email}.`);
      // The session gave its client to the form inside it: the demo commune's dossier opens.
      await until(page, 'the dossier of Saint-Denis', () =>
        document.querySelector('qmi-application-form')?.shadowRoot?.textContent?.includes('Saint-Denis'),
      );
    });

    test('typing in the form autosaves: the framework hears `qmi-save`, the platform has the text, a reload shows it', async () => {
      assert.equal(await pageText(page, '.app-status'), '', 'nothing saved yet');
      await page.locator('qmi-application-form >>> #f-challenge-title').fill(example.title);
      const status = await until(
        page,
        `${example.framework} never showed the save of \`qmi-save\` (is its listener there?)`,
        () => {
          const text = document.querySelector('.app-status')?.textContent?.trim() ?? '';
          return text.startsWith('Brouillon enregistré') && text;
        },
      );
      assert.match(status, /^Brouillon enregistré \(version \d+, \d\d:\d\d:\d\d\)\.$/);

      // The platform has what was typed (read with a client of its own, as another device would).
      const client = createClient({ baseUrl: sandbox.url });
      await client.auth.signIn(DEMO);
      const dossiers = [];
      for await (const item of client.applications.list({ callId: 'qmi-2' })) dossiers.push(item);
      assert.equal(dossiers.length, 1);
      const saved = async () => (await client.applications.get(dossiers[0].id)).challenge?.title;
      // `qmi-save` may tell of a first save while the end of the text is still on its way.
      const deadline = Date.now() + TIMEOUT;
      let title = await saved();
      while (title !== example.title && Date.now() < deadline) {
        await until(
          page,
          'a later save',
          (before) => document.querySelector('.app-status')?.textContent?.trim() !== before,
          await pageText(page, '.app-status'),
        );
        title = await saved();
      }
      assert.equal(title, example.title);

      // The same browser profile opens the page again: the session resumes, the form shows the text.
      await page.reload();
      const value = await until(
        page,
        'the typed text after a reload',
        (expected) => {
          const input = document.querySelector('qmi-application-form')?.shadowRoot?.querySelector('#f-challenge-title');
          return input?.value === expected && input.value;
        },
        example.title,
      );
      assert.equal(value, example.title);
      assert.deepEqual(errors, [], 'no error in the page');
    });
  });
}
