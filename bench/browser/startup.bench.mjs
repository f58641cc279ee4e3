// Start-up cost in headless Chromium (issue 17), in two parts.
//
// 1. From a page's script tag to its element defined and first rendered (`updateComplete`), each page
//    loaded cold (HTTP cache off, hence no code cache: what a partner page's first visitor pays) from a
//    local static server, for:
//    - lit alone: one small Lit element, the baseline of the same run;
//    - `@qmi/elements/timeline` alone, built as a partner's bundler would (esbuild, splitting, minified);
//    - the single-file bundle `qmi-elements.bundle.js`, served with its chunks from a CDN-like sub-path.
//    The timeline and the bundle show the same <qmi-timeline>, its QMI 2 definition given (no request).
// 2. The form's first render on the full dossier (30 partners) against a real sandbox, data included,
//    with where the time goes and the time to fetch the same data alone as the baseline.
//
// `--profile` also writes a CPU profile of the form's renders (.tmp/form-render.cpuprofile, unminified)
// and prints the functions that took the most time. QMI_STARTUP_LOADS and QMI_FORM_RENDERS set the counts;
// QMI_BENCH_SRC=1 builds @qmi/elements' timeline and form from their sources (no build needed), and
// QMI_BENCH_SRC=<folder> from another copy of packages/elements/src (the sources before a change, say);
// QMI_BENCH_CORE=<folder> takes @qmi/core from another build of it (see `coreFrom`).
import { build } from 'esbuild';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { launchChromium } from '../../scripts/lib/browser.mjs';
import { ROOT } from '../../scripts/lib/setup.mjs';
import { benchApplicant, benchSandboxOptions } from '../applicant.mjs';

const LOADS = Number(process.env.QMI_STARTUP_LOADS ?? 15);
const RENDERS = Number(process.env.QMI_FORM_RENDERS ?? 21);
const PROFILE = process.argv.includes('--profile');
const FORM_GOAL_MS = 30;
const NOW = '2023-12-01T09:00:00Z';

const core = await import(path.join(ROOT, 'packages/core/dist/index.js'));
const { startSandbox, silentLogger } = await import(path.join(ROOT, 'packages/sandbox/dist/index.js'));
const { fullDossier } = await import(path.join(ROOT, 'bench/dossier.mjs'));

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${value.toFixed(1)} ms`;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'qmi-bench-startup-'));

const fromSources = {
  name: 'elements-from-sources',
  setup(b) {
    b.onResolve({ filter: /^@qmi\/elements\/(form|timeline)$/ }, ({ path: name }) => {
      const src = process.env.QMI_BENCH_SRC === '1' ? 'packages/elements/src' : process.env.QMI_BENCH_SRC;
      const entry = name.endsWith('form') ? 'form/application-form.ts' : 'timeline/timeline.ts';
      return { path: path.resolve(ROOT, src, entry) };
    });
  },
};
// QMI_BENCH_CORE=<folder>: @qmi/core from another build of it (a copy of packages/core/dist before a change),
// to compare an engine's change A/B in the same period.
const coreFrom = {
  name: 'core-from-folder',
  setup(b) {
    const folder = path.resolve(ROOT, process.env.QMI_BENCH_CORE ?? '.');
    b.onResolve({ filter: /^@qmi\/core$/ }, () => ({ path: path.join(folder, 'index.js') }));
    // Its own packages (ky, idb…) as packages/core resolves them.
    b.onResolve({ filter: /^[^./]/ }, ({ path: name, importer, kind }) =>
      importer.startsWith(folder) ? b.resolve(name, { kind, resolveDir: path.join(ROOT, 'packages/core') }) : undefined,
    );
  },
};

/** What a partner's bundler makes of an entry: ESM chunks, split, minified, for the browser. */
async function bundle(name, entry, { minify = true, splitting = true } = {}) {
  const outdir = path.join(work, name);
  await build({
    entryPoints: { [name]: path.join(ROOT, 'bench/browser', entry) },
    bundle: true,
    splitting,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify,
    outdir,
    absWorkingDir: ROOT,
    logLevel: 'error',
    plugins: [...(process.env.QMI_BENCH_SRC ? [fromSources] : []), ...(process.env.QMI_BENCH_CORE ? [coreFrom] : [])],
  });
  return outdir;
}

const CASES = [
  { id: 'lit', label: 'lit alone (baseline)', tag: 'bench-lit', src: '/lit/lit.js', ready: 'ol' },
  {
    id: 'timeline',
    label: '@qmi/elements/timeline alone',
    tag: 'qmi-timeline',
    src: '/timeline/timeline.js',
    ready: '[part~="phases"]',
  },
  {
    id: 'bundle',
    label: 'single-file bundle (a timeline)',
    tag: 'qmi-timeline',
    src: '/npm/@qmi/elements@0.0.0/dist/qmi-elements.bundle.js',
    ready: '[part~="phases"]',
  },
];

/** A partner's page: the element in the markup, its data given before the script runs, then one script tag. */
const pageOf = ({ tag, src, ready }) => `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Démarrage</title></head><body>
<${tag} now="${NOW}"></${tag}>
<script>
  window.qmiT0 = performance.now();
  document.querySelector('${tag}').definition = ${JSON.stringify(core.QMI_2)};
</script>
<script type="module" src="${src}"></script>
<script type="module">
  await customElements.whenDefined('${tag}');
  const defined = performance.now() - window.qmiT0;
  const element = document.querySelector('${tag}');
  await element.updateComplete;
  const ok = Boolean(element.shadowRoot?.querySelector('${ready}'));
  window.qmiStartup = { defined, rendered: performance.now() - window.qmiT0, ok };
</script>
</body></html>`;

const TYPES = {
  '.js': 'text/javascript',
  '.html': 'text/html',
  '.map': 'application/json',
  '.json': 'application/json',
};
function serve(roots, pages) {
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    if (pages[pathname]) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return response.end(pages[pathname]);
    }
    for (const [prefix, dir] of Object.entries(roots)) {
      if (!pathname.startsWith(prefix)) continue;
      const file = path.join(dir, pathname.slice(prefix.length));
      if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) break;
      response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      return response.end(fs.readFileSync(file));
    }
    response.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function loadOnce(browser, url) {
  const tab = await browser.newPage();
  try {
    await tab.setCacheEnabled(false);
    await tab.goto(url);
    await tab.waitForFunction(() => window.qmiStartup, { timeout: 20_000 });
    return await tab.evaluate(() => window.qmiStartup);
  } finally {
    await tab.close();
  }
}

/** Self time and total time (with what it calls) per function of a CDP CPU profile, the largest first. */
function hotspots(profile, top = 20) {
  const self = new Map();
  const total = new Map();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const keyOf = ({ callFrame }) => `${callFrame.functionName || '(anonymous)'} :${callFrame.lineNumber + 1}`;
  for (let i = 0; i < profile.samples.length; i++) {
    const spent = (profile.timeDeltas[i] ?? 0) / 1000;
    const key = keyOf(byId.get(profile.samples[i]));
    self.set(key, (self.get(key) ?? 0) + spent);
    const stack = new Set();
    for (let id = profile.samples[i]; id !== undefined; id = parent.get(id)) stack.add(keyOf(byId.get(id)));
    for (const name of stack) total.set(name, (total.get(name) ?? 0) + spent);
  }
  const largest = (map) =>
    [...map]
      .filter(([name]) => !/^\((idle|program|root)\)/.test(name))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top);
  return { self: largest(self), total: largest(total) };
}

async function startup(browser) {
  const roots = {
    '/lit/': await bundle('lit', 'startup-lit.mjs'),
    '/timeline/': await bundle('timeline', 'startup-timeline.mjs'),
    '/npm/@qmi/elements@0.0.0/dist/': path.join(ROOT, 'packages/elements/dist'),
  };
  const server = await serve(roots, Object.fromEntries(CASES.map((c) => [`/${c.id}.html`, pageOf(c)])));
  try {
    const origin = `http://127.0.0.1:${server.address().port}`;
    const times = Object.fromEntries(CASES.map((c) => [c.id, { defined: [], rendered: [] }]));
    for (const c of CASES) await loadOnce(browser, `${origin}/${c.id}.html`); // the disk and Chromium warm
    // Interleaved, so that a slower moment of this shared machine weighs on every case alike.
    for (let i = 0; i < LOADS; i++) {
      for (const c of CASES) {
        const r = await loadOnce(browser, `${origin}/${c.id}.html`);
        if (!r.ok) throw new Error(`${c.label}: the element did not render its content`);
        times[c.id].defined.push(r.defined);
        times[c.id].rendered.push(r.rendered);
      }
    }
    return Object.fromEntries(
      CASES.map((c) => [c.id, { defined: median(times[c.id].defined), rendered: median(times[c.id].rendered) }]),
    );
  } finally {
    server.close();
  }
}

async function formRender(browser, sandbox) {
  const { token, applicationId } = await benchApplicant(sandbox, {
    email: 'bench.startup@mairie.example',
    dossier: fullDossier(),
  });
  // One file (its `import()`s inlined): it is put in the sandbox's page as an inline script.
  const formDir = await bundle('form', 'startup-form.mjs', { minify: !PROFILE, splitting: false });
  const tab = await browser.newPage();
  tab.on('pageerror', (error) => console.error(`form page: ${error.message}`));
  tab.on('console', (message) => message.type() === 'error' && console.error(`form page: ${message.text()}`));
  await tab.goto(`${sandbox.url}/healthz`); // the sandbox's origin: its IndexedDB, no CORS
  // Puppeteer turns DevTools' network domain on in every page it drives: each request is then reported to
  // the driver as it goes, which costs about 4 ms per request on this machine (a fetch of /healthz from the
  // page: 10 ms with it on, 6 ms off). A person's browser does not do that, and the form's render waits for
  // two requests: it is turned off for the renders (nothing below needs it).
  await tab._client().send('Network.disable');
  await tab.addScriptTag({ content: fs.readFileSync(path.join(formDir, 'form.js'), 'utf8'), type: 'module' });
  await tab.waitForFunction(() => typeof window.qmiFormRender === 'function');
  const options = { url: sandbox.url, token, applicationId, renders: RENDERS };
  await tab.evaluate((o) => window.qmiFormRender({ ...o, renders: 2 }), options); // warm-up
  const cdp = PROFILE ? await tab.createCDPSession() : undefined;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  const result = await tab.evaluate((o) => window.qmiFormRender(o), options);
  if (cdp) {
    const { profile } = await cdp.send('Profiler.stop');
    const file = path.join(ROOT, '.tmp', 'form-render.cpuprofile');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(profile));
    const { self, total } = hotspots(profile);
    console.log(`\nCPU profile of ${RENDERS} renders of the form: ${path.relative(ROOT, file)}`);
    console.log('self time, largest first:');
    for (const [name, spent] of self) console.log(`  ${ms(spent).padStart(10)}  ${name}`);
    console.log('total time (with what it calls), largest first:');
    for (const [name, spent] of total) console.log(`  ${ms(spent).padStart(10)}  ${name}`);
  }
  await tab.close();
  return result;
}

const dataDir = path.join(work, 'sandbox');
fs.mkdirSync(dataDir);
const sandbox = await startSandbox({ dataDir, port: 0, log: silentLogger, ...benchSandboxOptions });
const browser = await launchChromium();
try {
  const pages = LOADS ? await startup(browser) : undefined;
  const form = await formRender(browser, sandbox);

  console.log(`\nqmi-kit bench: start-up in Chromium ${(await browser.version()).replace(/^\D+/, '')}`);
  const summary = {};
  if (pages) {
    console.log(`cold loads (HTTP cache off), ${LOADS} of each page, interleaved; medians from the script tag`);
    console.log(
      `${'page'.padEnd(34)}${'defined'.padStart(11)}${'rendered'.padStart(11)}   ratio to lit alone (rendered)`,
    );
    for (const c of CASES) {
      const { defined, rendered } = pages[c.id];
      summary[c.id] = { defined, rendered, ratio: rendered / pages.lit.rendered };
      console.log(
        `${c.label.padEnd(34)}${ms(defined).padStart(11)}${ms(rendered).padStart(11)}   ${(rendered / pages.lit.rendered).toFixed(2)}`,
      );
    }
  }
  const met = form.renderMedian <= FORM_GOAL_MS ? 'met' : 'NOT MET';
  console.log(
    `form's first render, full dossier (30 partners)   median ${ms(form.renderMedian)}   goal <= ${FORM_GOAL_MS} ms: ${met}   (${RENDERS} renders, data fetched included)`,
  );
  const part = (label, value, note = '') => console.log(`    ${label.padEnd(46)}${ms(value).padStart(9)}${note}`);
  console.log(`  where it goes (medians):`);
  part('the call and the dossier, until both arrived', form.dataMedian);
  part(
    "the form's update (templates rendered, DOM)",
    form.updateMedian,
    `   (${form.dom.elements} elements, ${form.dom.comments} template markers)`,
  );
  part('from the data to the update (engine opening)', form.engineMedian);
  part("from the update to the frame's callback", form.frameMedian);
  part("then that frame's style, layout and paint", form.paintedMedian - form.renderMedian);
  part(
    'then the rest of the sections and lists, built in frames',
    form.completeMedian - form.paintedMedian,
    `   (all there at ${ms(form.completeMedian)}: ${form.dom.complete.elements} elements)`,
  );
  console.log(
    `baseline: fetching its call and dossier alone    median ${ms(form.fetchMedian)} (one after the other)   ratio ${(form.renderMedian / form.fetchMedian).toFixed(1)}`,
  );
  console.log(JSON.stringify({ bench: 'qmi-startup-browser', ...summary, form }));
} finally {
  await browser.close();
  await sandbox.close();
  fs.rmSync(work, { recursive: true, force: true });
}
