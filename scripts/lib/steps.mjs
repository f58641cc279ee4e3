// The steps of `npm test`: a step is a command whose exit code decides; a test step's output is
// also read for its counts. Independent steps run side by side (`parallel`), each printing its
// output whole when it ends, so that two steps' lines never mix.
import { spawn } from 'node:child_process';
import os from 'node:os';
import { ROOT } from './setup.mjs';

const totals = { passed: 0, failed: 0 };
const failures = [];
/** The failed tests' lines (and a few lines of their error), so that the run's last lines name them. */
const failedTests = [];
const durations = [];

/** Runs a command, handing each chunk of its output to `onOutput`; resolves with its exit code and output. */
function execute({ command, args, cwd = ROOT, env = {} }, onOutput) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (stream) => (chunk) => {
      output += chunk;
      onOutput(stream, chunk);
    };
    child.stdout.on('data', collect(process.stdout));
    child.stderr.on('data', collect(process.stderr));
    // A command that cannot start at all is a failed step, not a crash of the whole run.
    child.on('error', (error) => {
      output += `${error.message}\n`;
      onOutput(process.stderr, `${error.message}\n`);
    });
    child.on('close', (code) => resolve({ code, output, seconds: (performance.now() - started) / 1000 }));
  });
}

/** Records a finished step: a failure when its exit code says so, its counts when it ran tests. */
function settle(task, { code, output, seconds }) {
  durations.push({ label: task.label, seconds });
  if (code !== 0) failures.push(`${task.label} (exit ${code})`);
  if (task.tests) count(output, code);
  if (code !== 0) failedTests.push(...failedTestLines(task.label, output));
  return { code, output };
}

/** Counts from node's test runner (TAP "# pass N") and from @web/test-runner ("N passed, N failed"). */
function count(rawOutput, code) {
  // eslint-disable-next-line no-control-regex -- the escape character is what colour codes start with
  const output = rawOutput.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '');
  const tapPass = [...output.matchAll(/^# pass (\d+)$/gm)].map((m) => Number(m[1]));
  const tapFail = [...output.matchAll(/^# fail (\d+)$/gm)].map((m) => Number(m[1]));
  const wtr = [...output.matchAll(/\| (\d+) passed, (\d+) failed/g)].at(-1);
  const passed = tapPass.reduce((a, b) => a + b, 0) + (wtr ? Number(wtr[1]) : 0);
  let failed = tapFail.reduce((a, b) => a + b, 0) + (wtr ? Number(wtr[2]) : 0);
  // A runner that died before reporting counts as one failure, never as a pass.
  if (code !== 0 && failed === 0) failed = 1;
  totals.passed += passed;
  totals.failed += failed;
}

/**
 * A failed step's failed tests: node's TAP "not ok" lines and @web/test-runner's "❌" lines, each
 * with the few lines after it (the error). CI keeps only a run's last lines: a flaky test must be
 * named there, not only in a step's output thousands of lines above.
 */
function failedTestLines(label, rawOutput) {
  // eslint-disable-next-line no-control-regex -- the escape character is what colour codes start with
  const lines = rawOutput.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '').split('\n');
  const found = [];
  lines.forEach((line, index) => {
    if (!/^\s*not ok \d+|❌/.test(line)) return;
    const context = lines
      .slice(index + 1, index + 9)
      .filter((next) => next.trim() && !/^\s*((not )?ok \d+|---|\.\.\.|duration_ms:|failureType:|type:)/.test(next))
      .slice(0, 4);
    // @web/test-runner names the file on a line of its own above its failed tests.
    const file = lines
      .slice(Math.max(0, index - 40), index)
      .findLast((above) => /\S+\.test\.\w+:\s*$/.test(above))
      ?.trim();
    const where = line.includes('❌') && file ? ` ${file}` : '';
    found.push(`  [${label}${where}] ${line.trim()}`, ...context.map((next) => `      ${next.trim().slice(0, 200)}`));
  });
  return found.slice(0, 60);
}

/**
 * One step, its output echoed as it comes (the long browser steps show their progress).
 * `task`: `{ label, command, args, cwd?, env?, tests? }`; `tests: true` adds its counts to the total.
 */
export async function step(task) {
  process.stdout.write(`\n━━ ${task.label}\n`);
  return settle(task, await execute(task, (stream, chunk) => stream.write(chunk)));
}

/**
 * Independent steps, `width` at a time (the machine's cores), in the order given: put the longest
 * first. Each step's output is printed whole, under its label and time, when it ends; except a step
 * marked `live` (one at most), whose output is echoed as it comes, as `step` does.
 */
export async function parallel(tasks, width = Math.max(2, os.availableParallelism())) {
  const queue = [...tasks];
  /** Each step's exit code, by label, for the steps that later ones depend on. */
  const codes = {};
  const worker = async () => {
    for (let task = queue.shift(); task; task = queue.shift()) {
      if (task.live) process.stdout.write(`\n━━ ${task.label}\n`);
      const result = await execute(task, task.live ? (stream, chunk) => stream.write(chunk) : () => {});
      process.stdout.write(`\n━━ ${task.label} (${result.seconds.toFixed(1)} s)\n${task.live ? '' : result.output}`);
      codes[task.label] = settle(task, result).code;
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, tasks.length) }, worker));
  return codes;
}

/** The closing lines: the slowest steps, the failed steps, then one "N passed, N failed" line; exits 1 when a step failed. */
export function finish() {
  const slowest = durations.sort((a, b) => b.seconds - a.seconds).slice(0, 6);
  process.stdout.write(`\nSlowest steps: ${slowest.map((d) => `${d.label} ${d.seconds.toFixed(0)} s`).join(', ')}\n`);
  if (failures.length) process.stdout.write(`Failed steps:\n${failures.map((f) => `  - ${f}`).join('\n')}\n`);
  if (failedTests.length) process.stdout.write(`Failed tests:\n${failedTests.slice(0, 120).join('\n')}\n`);
  process.stdout.write(`${totals.passed} passed, ${totals.failed} failed\n`);
  process.exit(failures.length ? 1 : 0);
}
