// `npm test`: every test of every package, with its own set-up (install, build, Chromium),
// then the stories (static Storybook build, each story in Chromium with axe), the packages as
// published (npm pack into a scratch project), and the package checks (types, size budgets, publint,
// arethetypeswrong). Ends with one "N passed, N failed" line.
import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { ensureBuilt, ensureChromium, ensureInstalled, nodeVersionOk, PACKAGES, ROOT } from './lib/setup.mjs';

if (!nodeVersionOk()) {
  console.error(`qmi-kit needs Node 20 or later (this is ${process.version}).`);
  process.exit(1);
}

ensureInstalled();
ensureBuilt();
const chromium = ensureChromium();

const bin = (name) => path.join(ROOT, 'node_modules/.bin', name);
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
await tests('tests: @qmi/elements (Chromium)', bin('web-test-runner'), [], elements, { CHROME_PATH: chromium });
// The Custom Elements Manifest against the sources, and the React wrappers rendered on a server (Node).
await tests('tests: @qmi/elements manifest and React wrappers (Node)', process.execPath, nodeTest(await testFiles(elements, 'test-node', '.test.mjs')), elements);
// The HTML-only embedding contract: a partner page on another origin with only the bundle.
await tests('tests: embedding on a partner page (Chromium)', process.execPath, nodeTest(['test/embed.test.mjs']), ROOT, { CHROME_PATH: chromium });

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

process.stdout.write('\n');
if (failures.length) process.stdout.write(`Failed steps:\n${failures.map((f) => `  - ${f}`).join('\n')}\n`);
process.stdout.write(`${totals.passed} passed, ${totals.failed} failed\n`);
process.exit(failures.length ? 1 : 0);
