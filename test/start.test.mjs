// `npm start` as a person or a process manager runs it, then stopped the way they stop it: a signal
// to the PID they have, the npm process's. The signal must reach the server, which stops gracefully
// ("stopped" in its log), and nothing may be left running or listening on the port.
// Linux: the process tree is read from /proc. A temporary data folder and PORT=0, never ./.data.
//
//   node --test --test-reporter=tap test/start.test.mjs
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../scripts/lib/setup.mjs';

/** How long `npm start` may take to answer: it builds first when a package's dist is stale. */
const READY_MS = 300_000;
/** How long a stop may take: the server's drain delay plus npm's exit, with room for a busy machine. */
const STOP_MS = 8_000;

// The child npm acts on the repo as a user's shell would: drop what an enclosing `npm test` exports.
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** pid → { ppid, state } of every process, from /proc. */
function processTable() {
  const table = new Map();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ")".
      const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      table.set(Number(entry), { ppid: Number(ppid), state });
    } catch {
      // Gone between the listing and the read.
    }
  }
  return table;
}

/** The process and all its descendants. */
function tree(root) {
  const table = processTable();
  const found = [root];
  for (let i = 0; i < found.length; i++) {
    for (const [pid, { ppid }] of table) if (ppid === found[i] && !found.includes(pid)) found.push(pid);
  }
  return found;
}

/** Still running: exists and is not a zombie (a zombie has exited and holds no port). */
const alive = (pid) => {
  const entry = processTable().get(pid);
  return entry !== undefined && entry.state !== 'Z';
};

const answers = (url) =>
  fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1_000) }).then(
    (response) => response.ok,
    () => false,
  );

/** Starts `npm start` and resolves once the sandbox answers, with its URL and its output so far. */
async function npmStart(dataDir) {
  const child = spawn('npm', ['start'], {
    cwd: ROOT,
    env: { ...env, PORT: '0', QMI_DATA_DIR: dataDir, NO_COLOR: '1' },
    // Its own process group, so that clean-up can reach whatever it leaves behind.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = { text: '' };
  child.stdout.on('data', (chunk) => (output.text += chunk));
  child.stderr.on('data', (chunk) => (output.text += chunk));
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const deadline = Date.now() + READY_MS;
  let url;
  while (!url) {
    if (child.exitCode !== null || child.signalCode !== null)
      assert.fail(`npm start exited before the sandbox was ready:\n${output.text}`);
    if (Date.now() > deadline)
      assert.fail(`npm start did not print its URL within ${READY_MS / 1000} s:\n${output.text}`);
    url = output.text.match(/QMI sandbox ready on (http:\/\/\S+)/)?.[1];
    if (!url) await sleep(200);
  }
  assert.ok(await answers(url), `${url}/healthz does not answer`);
  return { child, url, output, exited };
}

for (const signal of ['SIGTERM', 'SIGINT']) {
  test(`${signal} sent to the PID of \`npm start\` stops the sandbox: the port stops answering and no process is left`, async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmi-start-'));
    let processes = [];
    try {
      const { child, url, output, exited } = await npmStart(dataDir);
      // The demo's e-mails are caught locally and shown at /dev/mail (no QMI_SMTP_URL here).
      assert.match(output.text, /E-mails: caught locally/);
      assert.equal((await fetch(`${url}/dev/mail`)).status, 200, `${url}/dev/mail does not answer`);
      processes = tree(child.pid);
      process.kill(child.pid, signal);

      const deadline = Date.now() + STOP_MS;
      const exit = await Promise.race([exited, sleep(STOP_MS).then(() => undefined)]);
      assert.ok(exit, `npm start still runs ${STOP_MS / 1000} s after ${signal}`);
      let answering = true;
      let left = processes;
      while (Date.now() < deadline) {
        answering = await answers(url);
        left = processes.filter(alive);
        if (!answering && left.length === 0) break;
        await sleep(200);
      }
      assert.equal(
        answering,
        false,
        `${url} still answers ${STOP_MS / 1000} s after ${signal} to npm start (PID ${child.pid})`,
      );
      assert.deepEqual(left, [], `processes of npm start still running after ${signal}: ${left.join(', ')}`);
      assert.match(
        output.text,
        /"msg":"stopped"/,
        `the sandbox did not stop gracefully (no "stopped" in its log):\n${output.text.slice(-2_000)}`,
      );
    } finally {
      // Whatever a failure leaves behind must not outlive the test.
      for (const pid of processes.filter(alive)) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
}
