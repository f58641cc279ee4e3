// `npm test`: every check and every test of every package, with its own set-up (install, build,
// Chromium): types, lint, format, exported names, the Node tests, the static Storybook build and the
// packages as published (npm pack into a scratch project) first, side by side; then the browser tests
// and the stories (each in Chromium with axe); then the package checks (size budgets, publint,
// arethetypeswrong).
// Ends with the slowest steps, the failed tests (named, with their error) and one "N passed, N failed" line. `.ci/run` calls it.
// `npm run test:quick` (`--quick`): the inner loop, under a minute — types, lint, format, exported
// names, the Node tests of the packages and the documentation's links; no browser, no `npm start`, no packing.
// Steps that do not depend on each other run side by side; the browser steps run alone, as their
// timings (debounces, retries, reflow) want a machine that is not busy with something else.
import { existsSync, mkdirSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { nodeBinary, OTHER_NODE_LINES } from './lib/node-lines.mjs';
import { ensureBuilt, ensureChromium, ensureInstalled, checkNode, PACKAGES, ROOT } from './lib/setup.mjs';
import { finish, parallel, step } from './lib/steps.mjs';

checkNode();

const quick = process.argv.includes('--quick');

ensureInstalled();
ensureBuilt();
const chromium = quick ? undefined : ensureChromium();

/** A tool's command: the package's own when npm installed it there (a version the root does not share), else the root's. */
const bin = (name, dir = ROOT) =>
  [path.join(dir, 'node_modules/.bin', name), path.join(ROOT, 'node_modules/.bin', name)].find((file) =>
    existsSync(file),
  ) ?? name;
// Caches of the checks (tsc's incremental state, ESLint's and Prettier's results), so that a second
// run checks only what changed; a fresh clone (CI) has none, and `npm ci` removes them.
const cache = path.join(ROOT, 'node_modules/.cache/qmi-test');
mkdirSync(cache, { recursive: true });

/** node's test runner, in TAP, over the given files. */
const nodeTest = (files, preload = []) => [...preload, '--test', '--test-reporter=tap', ...files];

/** The test files of a package folder with this ending, as paths relative to the package. */
const testFiles = async (dir, folder, ending) =>
  (await readdir(path.join(dir, folder))).filter((file) => file.endsWith(ending)).map((file) => `${folder}/${file}`);

const types = (name, project) => ({
  label: `types: ${name}`,
  command: bin('tsc'),
  args: [
    '-p',
    project,
    '--incremental',
    '--tsBuildInfoFile',
    path.join(cache, `tsc-${name.replace(/\W+/g, '-')}.tsbuildinfo`),
  ],
});
/**
 * A package's Node tests; `only` keeps the files it accepts, and `label` names that part. The sandbox's
 * proofs under abuse (the fuzz, the crash tests: a third of its time) are a step of their own, so the
 * two-wide pool can run them beside the rest rather than after it.
 */
const packageTests = async (name, { only = () => true, label = '', timeout = 120_000 } = {}) => {
  const dir = path.join(ROOT, 'packages', name);
  const files = (await testFiles(dir, 'test', '.test.ts')).filter(only);
  return {
    label: `tests: @qmi/${name}${label}`,
    command: process.execPath,
    // A test that never settles (an awaited event that never comes) fails after two minutes instead
    // of holding the whole run; the slowest of these tests takes about two seconds. On Node 20 the limit
    // also holds each file as a whole, so the proofs under abuse (the fuzz alone takes about a minute in
    // CI) get more: their tests set their own limits.
    args: nodeTest(files, ['--import', 'tsx', `--test-timeout=${timeout}`]),
    cwd: dir,
    tests: true,
  };
};
const elements = path.join(ROOT, 'packages/elements');
/**
 * The sandbox's proofs under abuse (see packageTests): the fuzz, the crash tests, and the two that
 * compare latencies under a flood, which run alone so that no other test's load skews their ratios.
 */
const ABUSE_PROOFS = /\/(fuzz|crash|password-hashing|password-policy-worker)\.test\.ts$/;

// 1. The checks and the Node tests, side by side, the longest first.
const checks = [
  types('@qmi/elements', 'packages/elements'),
  // The rest of the sandbox's tests in two halves by file name, so that the pool runs them side by side
  // (each file starts its own servers; the halves share nothing).
  await packageTests('sandbox', { only: (file) => !ABUSE_PROOFS.test(file) && file < 'test/m', label: ' (a–l)' }),
  await packageTests('sandbox', { only: (file) => !ABUSE_PROOFS.test(file) && file >= 'test/m', label: ' (m–z)' }),
  await packageTests('sandbox', {
    only: (file) => ABUSE_PROOFS.test(file),
    label: ' under abuse (fuzz, crash)',
    timeout: 300_000,
  }),
  await packageTests('core'),
  types('stories', 'stories'),
  types('@qmi/sandbox', 'packages/sandbox'),
  {
    label: 'lint (eslint)',
    command: bin('eslint'),
    args: ['.', '--cache', '--cache-strategy', 'content', '--cache-location', `${cache}/eslint/`],
  },
  {
    label: 'format (prettier --check)',
    command: bin('prettier'),
    args: ['--check', '.', '--cache', '--cache-location', `${cache}/prettier`],
  },
  await packageTests('validators'),
  types('@qmi/core', 'packages/core'),
  types('@qmi/validators', 'packages/validators'),
  {
    // TypeDoc's validation over every entry point (each public export documented, each {@link} resolved),
    // without writing the HTML, and docs/reference/components.md against the Custom Elements Manifest.
    label: 'API reference (TypeDoc, components)',
    command: process.execPath,
    args: [path.join(ROOT, 'scripts/docs-reference.mjs'), '--check'],
  },
  {
    label: 'exported names (api-report.md)',
    command: process.execPath,
    args: [path.join(ROOT, 'scripts/api-report.mjs')],
  },
];
// The Custom Elements Manifest against the sources, and the React wrappers rendered on a server (Node).
checks.push({
  label: 'tests: @qmi/elements manifest and React wrappers (Node)',
  command: process.execPath,
  args: nodeTest(await testFiles(elements, 'test-node', '.test.mjs')),
  cwd: elements,
  tests: true,
});
// The documentation's links (README, docs/, the packages' and examples' READMEs) and the README's size: under a second.
checks.push({
  label: 'tests: docs links and README size (Node)',
  command: process.execPath,
  args: nodeTest(['test/docs-links.test.mjs']),
  tests: true,
});
const STORYBOOK_BUILD = 'storybook build';
if (!quick) {
  // `npm start` as a user runs it, stopped by a signal to npm's PID: the server stops, nothing is left.
  // Mostly waiting (10 s, 1 s of CPU): second, so that it overlaps the long steps.
  checks.splice(1, 0, {
    label: 'tests: npm start stops on a signal (Node)',
    command: process.execPath,
    args: nodeTest(['test/start.test.mjs']),
    tests: true,
  });
  // The static Storybook (for the stories' step below) and the packages as npm would publish them
  // (installed in a scratch project outside the repository): neither needs a quiet machine, so they
  // run in this pool rather than one after the other among the browser steps.
  checks.splice(
    2,
    0,
    { label: STORYBOOK_BUILD, command: process.execPath, args: [path.join(ROOT, 'scripts/storybook.mjs'), 'build'] },
    {
      label: 'tests: the packages as published (npm pack)',
      command: process.execPath,
      args: nodeTest(['test/pack.test.mjs']),
      tests: true,
    },
  );
}
if (!quick) {
  // The server's whole suite on each other Node line we support (scripts/lib/node-lines.mjs): its
  // native driver compiled for that line, then every test file. The longest steps of the pool (about
  // ten minutes each), so first. Their Node binaries are unpacked here, one after the other, because the
  // pack test uses them too.
  for (const { version } of OTHER_NODE_LINES) nodeBinary(version);
  checks.unshift(
    ...OTHER_NODE_LINES.map(({ version }) => ({
      label: `tests: @qmi/sandbox on Node ${version}`,
      command: process.execPath,
      args: [path.join(ROOT, 'scripts/sandbox-on-node-line.mjs'), version],
      tests: true,
    })),
  );
}
const firstCodes = await parallel(checks);
if (quick) finish();

// 2. The browser steps, one at a time (run side by side, their timings flaked: an upload resumed after
// a reload, a re-authentication's save, each waiting on a sandbox starved by the other half).
const browser = { CHROME_PATH: chromium };
/**
 * The elements' test files that mostly wait: a minute offline, a server down and back. They run in a
 * web-test-runner of their own (its own sandbox and Chromium: a restart there stops no other test's
 * server) beside the rest, which still runs one file at a time; the waiting costs no CPU.
 */
const WAITING_BROWSER_TESTS = ['test/application-form.resilience.test.ts'];
await parallel(
  [
    {
      label: 'tests: @qmi/elements (Chromium)',
      command: bin('web-test-runner', elements),
      args: ['test/**/*.test.ts', ...WAITING_BROWSER_TESTS.map((file) => `!${file}`)],
      cwd: elements,
      env: browser,
      tests: true,
      live: true,
    },
    {
      label: 'tests: @qmi/elements, the tests that mostly wait (Chromium)',
      command: bin('web-test-runner', elements),
      args: WAITING_BROWSER_TESTS,
      cwd: elements,
      env: browser,
      tests: true,
    },
  ],
  2,
);
// The HTML-only embedding contract: a partner page on another origin with only the bundle; and the
// partner page of the README and docs/partner-sites/embedding.md used as a person does (no `now`, one browser
// profile across reloads).
await step({
  label: 'tests: embedding on a partner page (Chromium)',
  command: process.execPath,
  args: nodeTest(['test/embed.test.mjs', 'test/partner-journey.test.mjs']),
  env: browser,
  tests: true,
});
// The Vue 3 and Svelte 5 examples as apps (built with Vite, about 5 s each), each on its own origin against
// the sandbox: the property the framework sets, its listeners of the elements' events, the session, the autosave.
await step({
  label: 'tests: framework examples, Vue and Svelte (Chromium)',
  command: process.execPath,
  args: nodeTest(['test/framework-examples.test.mjs']),
  env: browser,
  tests: true,
});
// Server rendering (@qmi/elements/ssr): a page rendered in Node read with JavaScript off, then hydrated.
await step({
  label: 'tests: server rendering, without and with JavaScript (Chromium)',
  command: process.execPath,
  args: nodeTest(['test/server-rendering.test.mjs']),
  env: browser,
  tests: true,
});
// The bundle loaded from another origin (the sandbox's /assets, as from a CDN), pinned by the published integrity.
await step({
  label: 'tests: the bundle from another origin, with its integrity (Chromium)',
  command: process.execPath,
  args: nodeTest(['test/bundle-cors.test.mjs']),
  env: browser,
  tests: true,
});

// Every story in Chromium (the static Storybook was built in the first pool): its state reached, and axe
// over it in both themes.
if (firstCodes[STORYBOOK_BUILD] === 0)
  await step({
    label: 'tests: every story (Chromium, axe)',
    command: process.execPath,
    args: nodeTest(['test/stories.test.mjs']),
    env: browser,
    tests: true,
  });

// 3. The package checks.
await parallel([
  { label: 'size budgets', command: process.execPath, args: [path.join(ROOT, 'scripts/budgets.mjs')] },
  ...PACKAGES.flatMap((name) => {
    const dir = path.join(ROOT, 'packages', name);
    return [
      { label: `publint: @qmi/${name}`, command: bin('publint'), args: ['--strict'], cwd: dir },
      {
        label: `arethetypeswrong: @qmi/${name}`,
        command: bin('attw'),
        args: ['--pack', '.', '--profile', 'esm-only', '--format', 'table-flipped'],
        cwd: dir,
      },
    ];
  }),
]);

finish();
