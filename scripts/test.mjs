// `npm test`: every test of every package, with its own set-up (install, build, Chromium),
// then the stories (static Storybook build, each story in Chromium with axe), the packages as
// published (npm pack into a scratch project), and the package checks (types, size budgets, publint,
// arethetypeswrong). Ends with one "N passed, N failed" line.
// `npm run test:quick` (`--quick`): the inner loop — types, the packages' Node tests and the elements'
// Chromium tests; no start-up, embedding, stories, packing or package checks.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { ensureBuilt, ensureChromium, ensureInstalled, checkNode, PACKAGES, ROOT } from './lib/setup.mjs';

checkNode();

const quick = process.argv.includes('--quick');

ensureInstalled();
ensureBuilt();
const chromium = ensureChromium();

/** A tool's command: the package's own when npm installed it there (a version the root does not share), else the root's. */
const bin = (name, dir = ROOT) => [path.join(dir, 'node_modules/.bin', name), path.join(ROOT, 'node_modules/.bin', name)].find((file) => existsSync(file)) ?? name;
const totals = { passed: 0, failed: 0 };
const failures = [];

/** Runs a step, echoing its output, and returns what it printed so counts can be read from it. */
function step(label, command, args, cwd = ROOT, env = {}) {
  process.stdout.write(`\n━━ ${label}\n`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const forward = (stream) => (chunk) => {
      output += chunk;
      stream.write(chunk);
    };
    child.stdout.on('data', forward(process.stdout));
    child.stderr.on('data', forward(process.stderr));
    // A command that cannot start at all is a failed step, not a crash of the whole run.
    child.on('error', (error) => {
      output += `${error.message}\n`;
      process.stderr.write(`${error.message}\n`);
    });
    child.on('close', (code) => {
      if (code !== 0) failures.push(`${label} (exit ${code})`);
      resolve({ code, output });
    });
  });
}

/** Counts from node's test runner (TAP "# pass N") and from @web/test-runner ("N passed, N failed"). */
function count(rawOutput, code) {
  const output = rawOutput.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '');
  const tapPass = [...output.matchAll(/^# pass (\d+)$/gm)].map((m) => Number(m[1]));
  const tapFail = [...output.matchAll(/^# fail (\d+)$/gm)].map((m) => Number(m[1]));
  const wtr = [...output.matchAll(/\| (\d+) passed, (\d+) failed/g)].at(-1);
  let passed = tapPass.reduce((a, b) => a + b, 0) + (wtr ? Number(wtr[1]) : 0);
  let failed = tapFail.reduce((a, b) => a + b, 0) + (wtr ? Number(wtr[2]) : 0);
  // A runner that died before reporting counts as one failure, never as a pass.
  if (code !== 0 && failed === 0) failed = 1;
  totals.passed += passed;
  totals.failed += failed;
}

for (const name of PACKAGES) {
  await step(`types: @qmi/${name}`, bin('tsc'), ['-p', `packages/${name}`]);
}
await step('types: stories', bin('tsc'), ['-p', 'stories']);

/** A step that runs tests: its counts go to the total. */
async function tests(label, command, args, cwd = ROOT, env = {}) {
  const { code, output } = await step(label, command, args, cwd, env);
  count(output, code);
}

/** node's test runner, in TAP, over the given files. */
const nodeTest = (files, preload = []) => [...preload, '--test', '--test-reporter=tap', ...files];

/** The test files of a package folder with this ending, as paths relative to the package. */
const testFiles = async (dir, folder, ending) => (await readdir(path.join(dir, folder))).filter((file) => file.endsWith(ending)).map((file) => `${folder}/${file}`);

for (const name of ['core', 'validators', 'sandbox']) {
  const dir = path.join(ROOT, 'packages', name);
  await tests(`tests: @qmi/${name}`, process.execPath, nodeTest(await testFiles(dir, 'test', '.test.ts'), ['--import', 'tsx']), dir);
}
const elements = path.join(ROOT, 'packages/elements');
if (quick) {
  await tests('tests: @qmi/elements (Chromium)', bin('web-test-runner', elements), [], elements, { CHROME_PATH: chromium });
  finish();
}

// `npm start` as a user runs it, stopped by a signal to npm's PID: the server stops, nothing is left.
await tests('tests: npm start stops on a signal (Node)', process.execPath, nodeTest(['test/start.test.mjs']));

await tests('tests: @qmi/elements (Chromium)', bin('web-test-runner', elements), [], elements, { CHROME_PATH: chromium });
// The Custom Elements Manifest against the sources, and the React wrappers rendered on a server (Node).
await tests('tests: @qmi/elements manifest and React wrappers (Node)', process.execPath, nodeTest(await testFiles(elements, 'test-node', '.test.mjs')), elements);
// The HTML-only embedding contract: a partner page on another origin with only the bundle; and the
// README's partner page used as a person does (no `now`, one browser profile across reloads).
await tests('tests: embedding on a partner page (Chromium)', process.execPath, nodeTest(['test/embed.test.mjs', 'test/partner-journey.test.mjs']), ROOT, { CHROME_PATH: chromium });
// The bundle loaded from another origin (the sandbox's /assets, as from a CDN), pinned by the published integrity.
await tests('tests: the bundle from another origin, with its integrity (Chromium)', process.execPath, nodeTest(['test/bundle-cors.test.mjs']), ROOT, { CHROME_PATH: chromium });

// The static Storybook, then every story in Chromium: its state reached, and axe over it in both themes.
const storybook = await step('storybook build', process.execPath, [path.join(ROOT, 'scripts/storybook.mjs'), 'build']);
if (storybook.code === 0) await tests('tests: every story (Chromium, axe)', process.execPath, nodeTest(['test/stories.test.mjs']), ROOT, { CHROME_PATH: chromium });

// The packages as npm would publish them, installed in a scratch project outside the repository.
await tests('tests: the packages as published (npm pack)', process.execPath, nodeTest(['test/pack.test.mjs']));

await step('size budgets', process.execPath, [path.join(ROOT, 'scripts/budgets.mjs')]);

for (const name of PACKAGES) {
  const dir = path.join(ROOT, 'packages', name);
  await step(`publint: @qmi/${name}`, bin('publint'), ['--strict'], dir);
  await step(`arethetypeswrong: @qmi/${name}`, bin('attw'), ['--pack', '.', '--profile', 'esm-only', '--format', 'table-flipped'], dir);
}

finish();

/** The closing lines: the failed steps, then one "N passed, N failed" line; the exit code says whether any step failed. */
function finish() {
  process.stdout.write('\n');
  if (failures.length) process.stdout.write(`Failed steps:\n${failures.map((f) => `  - ${f}`).join('\n')}\n`);
  process.stdout.write(`${totals.passed} passed, ${totals.failed} failed\n`);
  process.exit(failures.length ? 1 : 0);
}
