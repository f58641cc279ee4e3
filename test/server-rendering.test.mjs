// Server rendering (issue 18): a page rendered in Node by @qmi/elements/ssr (the timeline, the checklist of
// what the call asks for, the form's questions before sign-in), with the app's script as a bundler makes
// it (esbuild, code splitting): `@qmi/elements/ssr-client` imported before the three elements. Read with
// JavaScript off, it shows the deadline, the phases, the five criteria and the form's sections and labels
// (declarative shadow DOM). With JavaScript on, the elements hydrate: the same DOM (nothing duplicated), no request for the data the page holds (the call,
// the platform's time), no hydration error, and they respond (a calendar link fetches its writer when
// reached; a language change renders every element again in place).
import assert from 'node:assert/strict';
import http from 'node:http';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { build } from 'esbuild';
import { launchChromium } from '../scripts/lib/browser.mjs';
import { ROOT } from '../scripts/lib/setup.mjs';

const ELEMENTS = path.join(ROOT, 'packages/elements');
const { renderElement } = await import(path.join(ELEMENTS, 'dist/ssr/index.js'));
const { QMI_2 } = await import(path.join(ROOT, 'packages/core/dist/index.js'));

/** Before the webinars (their calendar links are offered), 72 days before the deadline. */
const PLATFORM_TIME = '2023-11-01T09:00:30Z';
const CRITERIA = QMI_2.criteria.map((criterion) => criterion.title.fr);
const PHASES = QMI_2.phases.map((phase) => phase.title.fr);
const SECTIONS = QMI_2.formSections.map((section) => section.title.fr);
/** The labels of the form's fields, as the form shows them before sign-in (the commune is chosen later). */
const LABELS = QMI_2.formSections.flatMap((section) =>
  section.fields.filter((field) => field.type !== 'commune').map((field) => field.label.fr),
);

let server;
let origin;
let browser;
/** Every request the page sent, by path. */
const requests = [];

async function page() {
  const options = { platformTime: PLATFORM_TIME };
  const api = `${origin}/platform`;
  const [timeline, checklist, form] = await Promise.all([
    renderElement('qmi-timeline', {
      ...options,
      attributes: { call: 'qmi-2', 'api-base': api },
      properties: { definition: QMI_2 },
    }),
    renderElement('qmi-criteria-checklist', {
      ...options,
      attributes: { call: 'qmi-2', 'api-base': api },
      properties: { definition: QMI_2 },
    }),
    renderElement('qmi-application-form', {
      ...options,
      attributes: { call: 'qmi-2', 'api-base': api },
      properties: { definition: QMI_2 },
    }),
  ]);
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Ville partenaire — QMI</title>
<script type="module" src="/app/app.js"></script></head>
<body><main><h1>Quartiers Métropolitains d’Innovation</h1>
${timeline}
${checklist}
${form}
</main></body></html>`;
}

/** The partner's app: hydration support first, then the elements (as its bundler builds it). */
async function buildApp() {
  const { outputFiles } = await build({
    stdin: {
      contents: `import '@qmi/elements/ssr-client';
import '@qmi/elements/timeline';
import '@qmi/elements/checklist';
import '@qmi/elements/form';`,
      resolveDir: ELEMENTS,
      sourcefile: 'app.js',
    },
    entryNames: 'app',
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    outdir: '/app',
    write: false,
  });
  return new Map(outputFiles.map((file) => [`/app/${path.basename(file.path)}`, file.contents]));
}

let app;

before(async () => {
  app = await buildApp();
  server = http.createServer(async (request, response) => {
    const url = new URL(request.url, origin);
    requests.push(url.pathname);
    if (url.pathname === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return response.end(await page());
    }
    if (app.has(url.pathname)) {
      response.writeHead(200, { 'content-type': 'text/javascript' });
      return response.end(app.get(url.pathname));
    }
    if (url.pathname === '/favicon.ico') return response.writeHead(204).end();
    // The platform: the page must not need it for what it already holds.
    response.writeHead(404, { 'content-type': 'application/problem+json', 'access-control-allow-origin': '*' });
    response.end('{"title":"Not here","status":404}');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** What each element shows, read through its shadow root (as rendered, CSS aside). */
const shown = (tab) =>
  tab.evaluate(() => {
    const read = (tag) => {
      const root = document.querySelector(tag)?.shadowRoot;
      return {
        // What a person reads: the rendered text, without the styles and the hydration's state.
        text: root
          ? [...root.children]
              .filter((child) => !['STYLE', 'SCRIPT'].includes(child.tagName))
              .map((child) => child.innerText)
              .join(' ')
              .replace(/\s+/g, ' ')
          : '',
        phases: root?.querySelectorAll('li.phase').length ?? 0,
        milestones: root?.querySelectorAll('li.milestone').length ?? 0,
        criteria: root?.querySelectorAll('[part~="criterion"]').length ?? 0,
        headings: root?.querySelectorAll('h1, h2, h3, h4, h5, h6').length ?? 0,
        statuses: root?.querySelectorAll('[role="status"]').length ?? 0,
        questions: root?.querySelectorAll('[part~="question"]').length ?? 0,
        children: root?.children.length ?? 0,
      };
    };
    return {
      timeline: read('qmi-timeline'),
      checklist: read('qmi-criteria-checklist'),
      form: read('qmi-application-form'),
      light: ['qmi-timeline', 'qmi-criteria-checklist', 'qmi-application-form'].map(
        (tag) => document.querySelector(tag)?.childNodes.length,
      ),
    };
  });

let serverRendered;

test('without JavaScript: the deadline, the phases, the five criteria and the form’s questions are on the page', async () => {
  const tab = await browser.newPage();
  await tab.setJavaScriptEnabled(false);
  await tab.goto(origin, { waitUntil: 'load' });
  serverRendered = await shown(tab);
  const { timeline, checklist, form } = serverRendered;
  assert.match(timeline.text, /avant la date limite du 12 janvier 2024 à 23:59:59 \(heure de Paris\)/);
  assert.match(timeline.text, /J-72/);
  for (const phase of PHASES) assert.ok(timeline.text.includes(phase), phase);
  assert.equal(timeline.phases, PHASES.length);
  assert.match(checklist.text, /12 janvier 2024/);
  assert.equal(CRITERIA.length, 5);
  for (const criterion of CRITERIA) assert.ok(checklist.text.includes(criterion), criterion);
  assert.equal(checklist.criteria, 5);
  // The form's static parts: the call's title, its sections, the labels of their fields, the documents.
  assert.ok(form.text.includes(QMI_2.title.fr), 'the call’s title');
  for (const section of SECTIONS) assert.ok(form.text.includes(section), section);
  for (const label of LABELS) assert.ok(form.text.includes(label), label);
  assert.equal(form.headings, 1 + SECTIONS.length + 1, 'the call’s title, each section, the documents');
  assert.ok(form.questions > LABELS.length, `${form.questions} questions (with a person's parts, a list's fields)`);
  // Nothing ran: no request beyond the page and the module script the browser did not execute.
  assert.deepEqual(
    serverRendered.light,
    [0, 0, 0],
    'the tags have no light children (the state is in the shadow root)',
  );
  await tab.close();
});

test('with JavaScript: the elements hydrate, with no second request, nothing duplicated, and respond', async () => {
  const tab = await browser.newPage();
  const problems = [];
  tab.on('console', (message) => {
    if (['error', 'warning'].includes(message.type())) problems.push(message.text());
  });
  tab.on('pageerror', (error) => problems.push(error.message));
  requests.length = 0;
  await tab.goto(origin, { waitUntil: 'networkidle0' });
  await tab.evaluate(() =>
    Promise.all(
      ['qmi-timeline', 'qmi-criteria-checklist', 'qmi-application-form'].map(async (tag) => {
        await customElements.whenDefined(tag);
        await document.querySelector(tag).updateComplete;
      }),
    ),
  );
  const hydrated = await shown(tab);
  assert.deepEqual(problems, [], 'no error or warning in the console (a hydration mismatch throws)');
  // The state scripts are read and removed; the rest is the server's DOM, adopted, not rendered again.
  for (const name of ['timeline', 'checklist', 'form']) {
    const { text: _serverText, children: serverChildren, ...counts } = serverRendered[name];
    const { text: _text, children, ...now } = hydrated[name];
    assert.deepEqual(now, counts, `${name}: as many phases, criteria, headings as the server rendered`);
    assert.equal(children, serverChildren - 1, `${name}: only the state script is gone`);
  }
  assert.equal(hydrated.timeline.text, serverRendered.timeline.text, 'the timeline reads the same');
  assert.equal(hydrated.checklist.text, serverRendered.checklist.text, 'the checklist reads the same');
  assert.equal(hydrated.form.text, serverRendered.form.text, 'the form reads the same');
  assert.deepEqual(problems, [], 'no error or warning in the console (a hydration mismatch throws)');
  const platform = requests.filter((url) => url.startsWith('/platform'));
  assert.deepEqual(platform, [], 'no request for the call or the time: the page held them');

  // The timeline responds: reaching a webinar's calendar link fetches the calendar writer (its listener is there).
  requests.length = 0;
  await tab.evaluate(() =>
    document.querySelector('qmi-timeline').shadowRoot.querySelector('[part="calendar-link"]').focus(),
  );
  await tab.waitForNetworkIdle();
  assert.ok(
    requests.some((url) => url.startsWith('/app/ics-')),
    `the writer was fetched: ${requests.join(', ')}`,
  );

  // Every element renders again in place when the page's language changes: nothing is duplicated.
  await tab.evaluate(async () => {
    document.documentElement.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve, 50));
    await Promise.all(
      ['qmi-timeline', 'qmi-criteria-checklist', 'qmi-application-form'].map(
        (tag) => document.querySelector(tag).updateComplete,
      ),
    );
  });
  await tab.waitForNetworkIdle();
  const english = await shown(tab);
  assert.match(english.timeline.text, /before the deadline of 12 January 2024/);
  assert.match(english.checklist.text, /What the call asks for/);
  for (const section of QMI_2.formSections) assert.ok(english.form.text.includes(section.title.en), section.title.en);
  for (const name of ['timeline', 'checklist', 'form']) {
    const { text: _a, ...counts } = hydrated[name];
    const { text: _b, ...now } = english[name];
    assert.deepEqual(now, counts, `${name}: rendered again in place`);
  }
  assert.deepEqual(problems, []);
  assert.deepEqual(
    requests.filter((url) => url.startsWith('/platform')),
    [],
  );
  await tab.close();
});
