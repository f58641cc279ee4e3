// A partner's page written exactly as the README and docs/partner-sites/embedding.md say, on its own
// origin, with no `now` anywhere, in one browser profile kept across reloads — as a town-hall agent uses
// it. The platform runs its demo clock (1 December 2023), far from this machine's clock: the page must
// follow the platform's.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { launchChromium } from '../scripts/lib/browser.mjs';
import { snapshotDist } from '../scripts/lib/cdn.mjs';
import { ROOT } from '../scripts/lib/setup.mjs';

const { startSandbox } = await import(path.join(ROOT, 'packages/sandbox/dist/index.js'));
const { createClient } = await import(path.join(ROOT, 'packages/core/dist/index.js'));
// The bundle and the chunks it loads from beside itself (issue 17), as built when the test starts.
const DIST = snapshotDist().files;
const DEMO = { email: 'mairie.demo@qmi.example', password: 'commune-demo-2023' };
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(40_000, 0x20)]);

let sandbox;
let browser;
let profile;
let work;
const servers = [];
const logs = [];

/** A partner's web server: one page, and the bundle, on an origin of its own. */
async function partnerSite(html) {
  const server = http.createServer((req, res) => {
    const script = req.url === '/qmi-elements.js' ? 'qmi-elements.bundle.js' : req.url.slice(1);
    if (/^[\w.-]+\.js$|^chunks\/[\w.-]+\.js$/.test(script) && DIST.has(script))
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(DIST.get(script));
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html());
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return `http://127.0.0.1:${server.address().port}`;
}

const page = (
  body,
  lang = 'fr',
) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Candidature QMI</title>
<script type="module" src="/qmi-elements.js"></script></head><body><main><h1>Notre candidature</h1>${body}</main></body></html>`;

let api = '';
let allowedOrigin = '';
let ownSignInOrigin = '';
let strangerOrigin = '';
let partnerToken = '';

before(async () => {
  // The partner page of the README and docs/partner-sites/embedding.md: one script, a session, the form;
  // and the timeline beside it.
  allowedOrigin = await partnerSite(() =>
    page(`<qmi-timeline api-base="${api}" call="qmi-2"></qmi-timeline>
<qmi-session api-base="${api}" demo-email="${DEMO.email}" demo-password="${DEMO.password}">
  <qmi-application-form call="qmi-2"></qmi-application-form>
</qmi-session>`),
  );
  // A partner that signs people in itself and gives the form a token once it has one.
  ownSignInOrigin = await partnerSite(() =>
    page(`<qmi-application-form id="form" api-base="${api}" call="qmi-2"></qmi-application-form>
<script type="module">
  const form = document.getElementById('form');
  window.errors = [];
  form.addEventListener('qmi-error', (event) => window.errors.push(String(event.error)));
  // The partner's own sign-in answers later: the token arrives then.
  setTimeout(() => { form.token = window.partnerToken; }, 800);
</script>`).replace(
      '<script type="module" src',
      `<script>window.partnerToken = ${JSON.stringify(partnerToken)};</script><script type="module" src`,
    ),
  );
  // A page whose origin nobody added to QMI_ALLOWED_ORIGINS.
  strangerOrigin = await partnerSite(() =>
    page(`<qmi-timeline api-base="${api}" call="qmi-2"></qmi-timeline>
<qmi-session api-base="${api}" demo-email="${DEMO.email}" demo-password="${DEMO.password}"><qmi-application-form call="qmi-2"></qmi-application-form></qmi-session>`),
  );

  work = fs.mkdtempSync(path.join(os.tmpdir(), 'qmi-journey-'));
  sandbox = await startSandbox({
    dataDir: path.join(work, 'data'),
    port: 0,
    now: '2023-12-01T09:00:00Z',
    log: (level, message, fields) => logs.push({ level, message, fields }),
    allowedOrigins: [allowedOrigin, ownSignInOrigin],
    demoAccount: DEMO,
    demoCommune: '93066',
    // E-mails go over SMTP to a local catcher: the agent confirms the address with the real e-mail's link.
    devMail: true,
  });
  api = sandbox.url;
  const agent = createClient({ baseUrl: api });
  const agentEmail = 'agent.partenaire@mairie.example';
  await agent.auth.signUp({ email: agentEmail, password: 'un mot de passe assez long' });
  const mail = await sandbox.mail.waitFor(agentEmail, /confirm/i);
  const link = new URL(/https?:\/\/[^\s"<>]+#qmi-action=[^\s"<>]+/.exec(mail.text)[0]);
  partnerToken = (await agent.auth.verifyEmail(new URLSearchParams(link.hash.slice(1)).get('qmi-token'))).token;
  profile = path.join(work, 'profile');
  browser = await launchChromium({ userDataDir: profile });
});

after(async () => {
  await browser?.close();
  await sandbox?.close();
  for (const server of servers) server.close();
  fs.rmSync(work, { recursive: true, force: true });
});

/** The text of an element's shadow root (found through shadow roots), once `predicate` holds. */
async function textOf(tab, selectors, predicate = () => true, message = selectors.join(' › ')) {
  const deadline = Date.now() + 20_000;
  let text = '';
  while (Date.now() < deadline) {
    text = await tab.evaluate((chain) => {
      let node = document;
      for (const selector of chain) node = (node.shadowRoot ?? node).querySelector(selector);
      return node?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? node?.textContent?.replace(/\s+/g, ' ') ?? '';
    }, selectors);
    if (text && predicate(text)) return text;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  assert.fail(`${message}: never got there; last text: ${text.slice(0, 600)}`);
}

const FORM = ['qmi-session qmi-application-form'];

/** The sector sheets' uploader inside the form (found by its rule, as a person finds it by its heading). */
async function sectorUploader(tab) {
  const handle = await tab.waitForFunction(
    () => {
      const form = document.querySelector('qmi-session qmi-application-form');
      return [...(form?.shadowRoot?.querySelectorAll('qmi-document-uploader') ?? [])].find(
        (u) => u.rule?.id === 'sector_sheet',
      );
    },
    { timeout: 20_000 },
  );
  return handle;
}

const uploaderText = (tab) =>
  tab.evaluate(() => {
    const form = document.querySelector('qmi-session qmi-application-form');
    const uploader = [...form.shadowRoot.querySelectorAll('qmi-document-uploader')].find(
      (u) => u.rule?.id === 'sector_sheet',
    );
    return uploader?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
  });

async function waitUntil(read, predicate, message) {
  const deadline = Date.now() + 20_000;
  let value;
  while (Date.now() < deadline) {
    value = await read();
    if (predicate(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  assert.fail(`${message}; last: ${String(value).slice(0, 600)}`);
}

test('the timeline and the form follow the platform’s clock, not the device’s: the call is open', async () => {
  const tab = await browser.newPage();
  await tab.goto(allowedOrigin);
  const timeline = await textOf(tab, ['qmi-timeline'], (t) => /J-\d+/.test(t) || /closes/.test(t));
  assert.match(timeline, /J-42/, 'six weeks before the deadline, by the platform’s clock');
  assert.doesNotMatch(timeline, /closes/);
  const form = await textOf(tab, FORM, (t) => t.includes('Saint-Denis'));
  assert.doesNotMatch(form, /étaient ouvertes jusqu/, 'the demo dossier is editable');
  await tab.close();
});

test('an upload shows as recorded, in the task list too, and is still there after a reload; a removal elsewhere shows too', async () => {
  const tab = await browser.newPage();
  await tab.goto(allowedOrigin);
  const uploader = await sectorUploader(tab);
  const input = await tab.waitForFunction(
    (u) => u.shadowRoot?.querySelector('input[type="file"]'),
    { timeout: 20_000 },
    uploader,
  );
  const file = path.join(work, 'fiche-secteur.pdf');
  fs.writeFileSync(file, PDF);
  await input.uploadFile(file);
  const shown = await waitUntil(
    () => uploaderText(tab),
    (t) => t.includes('fiche-secteur.pdf') && t.includes('Supprimer'),
    'the recorded file with its remove button',
  );
  assert.match(shown, /fiche-secteur\.pdf/);
  const tasks = await textOf(
    tab,
    FORM,
    (t) => /Pièces du dossier\s*En cours/.test(t),
    'the task list counts the document',
  );
  assert.match(tasks, /Pièces du dossier\s*En cours/);

  await tab.reload();
  await sectorUploader(tab);
  await waitUntil(
    () => uploaderText(tab),
    (t) => t.includes('fiche-secteur.pdf') && t.includes('Supprimer'),
    'the file still shown after a reload',
  );

  // Another device removes it: a reload in this same profile must show the platform's dossier.
  const other = createClient({ baseUrl: api });
  await other.auth.signIn(DEMO);
  const [dossier] = await (async () => {
    const all = [];
    for await (const a of other.applications.list({ callId: 'qmi-2' })) all.push(a);
    return all;
  })();
  for (const document of dossier.documents) await other.documents.remove(dossier.id, document.id);
  await tab.reload();
  await sectorUploader(tab);
  await waitUntil(
    () => uploaderText(tab),
    (t) => !t.includes('fiche-secteur.pdf') && /Choisir/.test(t),
    'the removal shown after a reload',
  );

  // An edit from another device shows when the person comes back to the tab, without a reload.
  const latest = await other.applications.get(dossier.id);
  await other.applications.update(
    dossier.id,
    { challenge: { title: 'Rues aux écoles, version de la mairie' } },
    { ifMatch: latest.revision },
  );
  await tab.evaluate(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })));
  await waitUntil(
    () =>
      tab.evaluate(
        () =>
          document.querySelector('qmi-session qmi-application-form').shadowRoot.querySelector('#f-challenge-title')
            ?.value,
      ),
    (value) => value === 'Rues aux écoles, version de la mairie',
    'the other device’s edit shown',
  );
  await tab.close();
});

test('a partner that signs people in itself: nothing is sent before the token, then the start step creates an editable dossier', async () => {
  const tab = await browser.newPage();
  const sent = [];
  tab.on('request', (request) => {
    if (request.url().startsWith(api))
      sent.push({ url: request.url(), method: request.method(), auth: Boolean(request.headers().authorization) });
  });
  const statuses = [];
  tab.on('response', (response) => response.url().startsWith(api) && statuses.push(response.status()));
  await tab.goto(ownSignInOrigin);
  const waiting = await textOf(tab, ['qmi-application-form'], (t) => t.length > 0);
  assert.match(waiting, /Connectez-vous|Chargement/);
  const start = await textOf(
    tab,
    ['qmi-application-form'],
    (t) => t.includes('Créer le dossier') || /clos/.test(t),
    'the start step',
  );
  assert.doesNotMatch(start, /closes|clos/);
  const private_ = sent.filter((r) => r.method !== 'OPTIONS' && !/\/v1\/(calls|time)/.test(r.url));
  assert.ok(
    private_.every((r) => r.auth),
    `every request for the account's data carried the token: ${JSON.stringify(private_)}`,
  );
  assert.ok(!statuses.includes(401), 'no 401');
  assert.deepEqual(await tab.evaluate(() => window.errors), []);

  // Choose a commune as a person does (type, pick), then start the dossier.
  await tab.evaluate(() => {
    const picker = document.querySelector('qmi-application-form').shadowRoot.querySelector('qmi-commune-picker');
    const input = picker.shadowRoot.querySelector('input');
    input.focus();
  });
  await tab.keyboard.type('Montreuil');
  await tab.waitForFunction(() =>
    document
      .querySelector('qmi-application-form')
      .shadowRoot.querySelector('qmi-commune-picker')
      .shadowRoot.querySelector('[role="option"]'),
  );
  await tab.keyboard.press('ArrowDown');
  await tab.keyboard.press('Enter');
  await tab.evaluate(() =>
    [...document.querySelector('qmi-application-form').shadowRoot.querySelectorAll('button')]
      .find((b) => /Créer le dossier/.test(b.textContent))
      .click(),
  );
  const opened = await textOf(
    tab,
    ['qmi-application-form'],
    (t) => t.includes('Montreuil') && /Enregistr|Pièces/.test(t),
    'the new dossier',
  );
  assert.doesNotMatch(opened, /étaient ouvertes jusqu/, 'the dossier just created is editable');
  await tab.close();
});

test('a page whose origin the platform does not allow says so, to the person and to its developer', async () => {
  const tab = await browser.newPage();
  const console_ = [];
  tab.on('console', (message) => console_.push(message.text()));
  await tab.goto(strangerOrigin);
  const text = await textOf(tab, ['qmi-timeline'], (t) => t.length > 1 && t !== '…');
  assert.match(text, /ne peut pas être joint depuis cette page/);
  const session = await textOf(tab, ['qmi-session'], (t) => /joint|répond/.test(t), 'the session’s notice');
  assert.match(session, /ne peut pas être joint depuis cette page/, 'sign-in does not blame the internet connection');
  await waitUntil(
    async () => console_.join('\n'),
    (all) => all.includes('QMI_ALLOWED_ORIGINS'),
    'a console message for the developer',
  );
  assert.ok(console_.some((line) => line.includes(strangerOrigin) && line.includes('QMI_ALLOWED_ORIGINS')));
  assert.ok(
    logs.some((line) => line.message === 'origin refused' && line.fields.origin === strangerOrigin),
    'the platform logs the refused origin',
  );
  await tab.close();
});
