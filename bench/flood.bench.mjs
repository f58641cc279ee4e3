// Honest applicants' latency while someone floods the sign-in route (issue 14: a flood of sign-ins
// must not starve other requests). Three processes, as in a deployment: the sandbox
// (bench/server.mjs), the applicants (bench/flood-clients.mjs: each autosaves its full dossier with
// small merge patches and downloads a 100 KB document, with think time between requests) and the
// attacker (bench/flood-attacker.mjs: sign-ins always in flight from several addresses, mostly
// unknown e-mails, some known accounts, a few right passwords). Phases without and with the flood
// alternate; the figure to compare is the p99 with the flood over the p99 without (goal: under 2x).
// A report, not a gate: the exit code is 0 whatever the ratio, 1 only when the bench itself broke.
//
// Environment: QMI_BENCH_SECONDS (measured seconds per phase, default 10), QMI_BENCH_CLIENTS
// (applicants, default 8), QMI_BENCH_FLOOD (sign-ins in flight, default 32), QMI_BENCH_FLOOD_ADDRESSES
// (attacker's source addresses, default: as many as sign-ins in flight), QMI_BENCH_SANDBOX (another
// build's dist/index.js to measure, e.g. the base of a change; see bench/server.mjs).
// Progress goes to stderr; stdout carries the tables and, last, one JSON line for tools.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../scripts/lib/setup.mjs';
import { killChildrenSync, spawnChild } from './children.mjs';

const number = (name, fallback, min, max) => {
  const value = Number(process.env[name] ?? fallback);
  if (!(value >= min && value <= max))
    throw new Error(`${name} must be a number in [${min}, ${max}], got "${process.env[name]}"`);
  return value;
};
const SECONDS = number('QMI_BENCH_SECONDS', 10, 0.5, 600);
const CLIENTS = number('QMI_BENCH_CLIENTS', 8, 1, 64);
const FLOOD = number('QMI_BENCH_FLOOD', 32, 1, 254);
// One address per connection by default, as a small botnet: with a few addresses the per-address
// throttle soon answers every sign-in with 429 and no password is hashed any more, which measures
// the throttle, not whether hashing can starve the other requests.
const FLOOD_ADDRESSES = number('QMI_BENCH_FLOOD_ADDRESSES', FLOOD, 1, 254);
const VICTIMS = 4; // accounts whose passwords the attacker has (a leaked list)
const ROUNDS = 2; // without, with, without, with: whatever else the machine does weighs on both alike
const PAUSE_MS = 100; // think time between two requests of one applicant's loop
const WARMUP_MS = 1000;
const RAMP_MS = 1000; // the flood runs this long before the honest clients are measured
const GOAL = 2;
const STEP_MS = 60_000; // any single exchange with a child
const WATCHDOG_MS = 120_000 + 4 * SECONDS * 1000;

const progress = (message) => process.stderr.write(`› ${message}\n`);
let dataDir;

function die(message, code = 1) {
  process.stderr.write(`\nbench failed: ${message}\n`);
  killChildrenSync();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(code);
}

// ---------------------------------------------------------------------------------------------

async function floodRound(base, victims, clients, phaseMs) {
  const attacker = spawnChild('flood-attacker.mjs', [base, FLOOD, FLOOD_ADDRESSES, JSON.stringify(victims)]);
  const started = await attacker.next(STEP_MS);
  await new Promise((resolve) => setTimeout(resolve, RAMP_MS));
  clients.send({ phase: 'flood', ms: phaseMs, pauseMs: PAUSE_MS });
  const measured = await clients.next(STEP_MS + phaseMs);
  attacker.child.kill('SIGTERM');
  const received = await attacker.next(STEP_MS);
  await attacker.stop();
  return { measured, received, distinctAddresses: started.distinctAddresses };
}

async function main() {
  const { summarise } = await import(path.join(ROOT, 'bench/load.mjs'));
  const loadBefore = os.loadavg()[0];
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmi-bench-flood-'));
  progress(`Starting the sandbox (data in ${dataDir})…`);
  const server = spawnChild('server.mjs', [dataDir]);
  const { url: base } = await server.next(STEP_MS);

  progress(`Creating ${CLIENTS} applicants (full dossier, one document each) and ${VICTIMS} accounts to attack…`);
  const clients = spawnChild('flood-clients.mjs', [base, CLIENTS, VICTIMS]);
  const ready = await clients.next(STEP_MS);

  clients.send({ phase: 'warm-up', ms: WARMUP_MS, pauseMs: PAUSE_MS });
  await clients.next(STEP_MS + WARMUP_MS);

  const phaseMs = (SECONDS * 1000) / ROUNDS;
  const runs = { calm: { patch: [], download: [] }, flood: { patch: [], download: [] } };
  const received = { statuses: {}, networkErrors: 0, requests: 0, elapsedMs: 0 };
  let attackerAddresses;
  for (let round = 1; round <= ROUNDS; round++) {
    progress(`Round ${round}/${ROUNDS}: ${phaseMs / 1000} s without the flood…`);
    clients.send({ phase: 'calm', ms: phaseMs, pauseMs: PAUSE_MS });
    const calm = await clients.next(STEP_MS + phaseMs);
    runs.calm.patch.push(calm.patch);
    runs.calm.download.push(calm.download);

    progress(`Round ${round}/${ROUNDS}: ${phaseMs / 1000} s with ${FLOOD} sign-ins in flight from another process…`);
    const flood = await floodRound(base, ready.victims, clients, phaseMs);
    runs.flood.patch.push(flood.measured.patch);
    runs.flood.download.push(flood.measured.download);
    attackerAddresses = flood.distinctAddresses;
    for (const [status, count] of Object.entries(flood.received.statuses))
      received.statuses[status] = (received.statuses[status] ?? 0) + count;
    received.networkErrors += flood.received.networkErrors;
    received.requests += flood.received.requests;
    received.elapsedMs += flood.received.elapsedMs;
  }

  progress('Stopping…');
  clients.child.stdin.end();
  await clients.stop();
  const stopped = await server.stop();
  if (stopped.code !== 0)
    throw new Error(`the sandbox did not stop cleanly (${stopped.signal ?? `exit code ${stopped.code}`})`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  dataDir = undefined;

  const results = [];
  for (const route of ['patch', 'download']) {
    const calm = summarise(runs.calm[route]);
    const flood = summarise(runs.flood[route]);
    results.push({ route, calm, flood, ratio: flood.p99Ms / calm.p99Ms });
  }
  print({ ready, results, received, attackerAddresses, load: [loadBefore, os.loadavg()[0]] });
}

// ---------------------------------------------------------------------------------------------
// Output

const pad = (value, width) => String(value).padStart(width);
const padEnd = (value, width) => String(value).padEnd(width);
const round = (value, digits) => Number(value.toFixed(digits));
const STATUS_MEANING = {
  201: 'signed in (a right password)',
  401: 'refused after its password was checked',
  429: 'refused before any check: throttled, or too many passwords waiting to be checked',
  503: 'refused: the platform is overloaded',
};
const LABELS = { patch: 'PATCH /v1/applications/{id}', download: 'GET …/documents/{id} (100 KB)' };

function print({ ready, results, received, attackerAddresses, load }) {
  const out = [];
  out.push(
    `\nqmi-kit bench: honest applicants under a sign-in flood (Node ${process.version}, ${os.cpus().length} CPUs, ${os.platform()} ${os.arch()})`,
  );
  out.push(
    `${CLIENTS} applicants from ${ready.distinctAddresses} address(es), each autosaving a full dossier (${ready.dossierBytes} B) with small` +
      ` merge patches and downloading a ${ready.documentBytes / 1024} KB document, ${PAUSE_MS} ms of think time between requests.`,
  );
  out.push(
    `Flood: ${FLOOD} sign-ins in flight from ${attackerAddresses} address(es), in its own process; ${ROUNDS} rounds of` +
      ` ${SECONDS / ROUNDS} s without and ${SECONDS / ROUNDS} s with it, after ${WARMUP_MS / 1000} s of warm-up.`,
  );
  // Three busy processes on a few cores: other work on the machine moves the figures, so say how busy it was.
  out.push(
    `Machine load (1-minute average) ${load[0].toFixed(1)} at the start, ${load[1].toFixed(1)} at the end, for ${os.cpus().length} CPUs.`,
  );
  if (process.env.QMI_BENCH_SANDBOX) out.push(`Sandbox measured: ${path.resolve(process.env.QMI_BENCH_SANDBOX)}.`);
  out.push('');
  out.push(
    `${padEnd('request', 32)}${padEnd('  phase', 16)}${pad('requests', 9)}${pad('p50 ms', 9)}${pad('p99 ms', 9)}${pad('max ms', 9)}`,
  );
  for (const { route, calm, flood } of results) {
    for (const [phase, r] of [
      ['without flood', calm],
      ['with flood', flood],
    ])
      out.push(
        `${padEnd(LABELS[route], 32)}  ${padEnd(phase, 14)}${pad(r.requests, 9)}${pad(r.p50Ms.toFixed(1), 9)}${pad(r.p99Ms.toFixed(1), 9)}${pad(r.maxMs.toFixed(1), 9)}`,
      );
  }
  const hashed = (received.statuses[201] ?? 0) + (received.statuses[401] ?? 0);
  out.push('');
  out.push(
    `The flood sent ${received.requests} sign-ins (${((received.requests / received.elapsedMs) * 1000).toFixed(0)}/s` +
      ` while it ran) and received:`,
  );
  const rows = Object.entries(received.statuses).sort(([a], [b]) => Number(a) - Number(b));
  if (received.networkErrors) rows.push(['network error', received.networkErrors]);
  for (const [status, count] of rows)
    out.push(`  ${padEnd(status, 14)}${pad(count, 7)}  ${STATUS_MEANING[status] ?? ''}`);
  out.push(`${hashed} passwords checked in all.`);
  out.push('');
  out.push(`p99 with the flood / p99 without (goal: under ${GOAL}x):`);
  // The median's ratio for context: p99 rests on a few requests, so it moves more between runs.
  for (const { route, calm, flood, ratio } of results)
    out.push(
      `  ${padEnd(LABELS[route], 32)}${pad(ratio.toFixed(2), 8)}x  ${ratio < GOAL ? 'PASS' : 'FAIL'}   (p50: ${(flood.p50Ms / calm.p50Ms).toFixed(2)}x)`,
    );
  process.stdout.write(`${out.join('\n')}\n\n`);
  const figures = (r) => ({
    requests: r.requests,
    p50Ms: round(r.p50Ms, 2),
    p99Ms: round(r.p99Ms, 2),
    maxMs: round(r.maxMs, 2),
  });
  process.stdout.write(
    `${JSON.stringify({
      bench: 'qmi-sandbox-flood',
      node: process.version,
      cpus: os.cpus().length,
      secondsPerPhase: SECONDS,
      rounds: ROUNDS,
      clients: CLIENTS,
      floodConcurrency: FLOOD,
      floodAddresses: attackerAddresses,
      ...(process.env.QMI_BENCH_SANDBOX ? { sandbox: path.resolve(process.env.QMI_BENCH_SANDBOX) } : {}),
      goalP99Ratio: GOAL,
      loadAverage: load.map((value) => round(value, 2)),
      results: results.map(({ route, calm, flood, ratio }) => ({
        route,
        withoutFlood: figures(calm),
        withFlood: figures(flood),
        p99Ratio: round(ratio, 3),
        p50Ratio: round(flood.p50Ms / calm.p50Ms, 3),
        pass: ratio < GOAL,
      })),
      flood: { requests: received.requests, statuses: received.statuses, networkErrors: received.networkErrors },
    })}\n`,
  );
}

// ---------------------------------------------------------------------------------------------

const watchdog = setTimeout(() => die(`did not finish within ${WATCHDOG_MS / 1000} s`), WATCHDOG_MS);
watchdog.unref();
process.once('SIGINT', () => die('interrupted', 130));
process.once('SIGTERM', () => die('terminated', 143));

main().then(
  () => clearTimeout(watchdog),
  (error) => {
    const anticipated = error instanceof Error && !(error instanceof TypeError) && !(error instanceof ReferenceError);
    die(anticipated ? error.message : `${error?.stack ?? error}`);
  },
);
