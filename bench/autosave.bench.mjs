// Autosave throughput of the sandbox on loopback, against a no-op baseline measured
// in the same run (with Prefer: return=minimal, as the autosave engine saves, and without), the bytes
// a merge-patch autosave sends compared with a full PUT, one partner's e-mail on the wire (merge patch
// vs JSON Patch), the issue-17 goals beside what was measured, and where a PATCH's time goes (a
// second sandbox under the V8 profiler; QMI_BENCH_PROFILE=0 skips it).
// Absolute numbers depend on the machine; the PATCH/baseline ratios are what to compare across runs, and
// on a busy machine the server's CPU time and disk bytes per request (read from /proc), which the load
// of other processes changes far less than it changes latencies.
//
// Progress goes to stderr; stdout carries the tables and, last, one JSON line for tools.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../scripts/lib/setup.mjs';
import { readyApplicant } from './applicant.mjs';
import { request } from './loopback.mjs';

const CONCURRENCIES = [1, 32];
const SECONDS = Number(process.env.QMI_BENCH_SECONDS ?? 3); // shorter runs for a quick check, e.g. 0.5
const DURATION_MS = SECONDS * 1000;
const WARMUP_MS = Math.min(500, DURATION_MS / 4); // lets the JIT settle and the keep-alive connections open
const MAX_REQUESTS = 50_000; // per scenario: bounds memory and time should the clock misbehave
const ROUNDS = 3;
const WATCHDOG_MS = 120_000;
const STARTUP_MS = 20_000;
const STOP_MS = 15_000;
const PROFILE_CLIENTS = 8; // the profiled run: enough to form batches, few to create
const PATCH_MINIMAL = 'PATCH /v1/applications/{id} (minimal)';
// The issue's goals (issue 17), printed beside what this run measured.
const GOALS = { ratio32: 0.3, p99At32Ms: 50, p99At1Ms: 10, listItemEditBytes: 1024 };
const TITLE = 'Rafraîchir et apaiser les rues du quartier Pleyel grâce aux données de terrain';

const progress = (message) => process.stderr.write(`› ${message}\n`);

let server; // the child process, once started
let ELIGIBLE_COMMUNES = []; // filled once the built packages are loaded
let dataDir;

function cleanupSync() {
  if (server && server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}

function die(message, code = 1) {
  process.stderr.write(`\nbench failed: ${message}\n`);
  cleanupSync();
  process.exit(code);
}

// ---------------------------------------------------------------------------------------------
// The server child

async function startServer(dir, { profileDir } = {}) {
  // With a profile directory, the server writes its V8 CPU profile there when it stops (node --cpu-prof).
  const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profileDir)}`] : [];
  const child = spawn(process.execPath, [...profile, path.join(ROOT, 'bench/server.mjs'), dir], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  server = child;
  const url = await new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(
      () => reject(new Error(`the sandbox did not report its address within ${STARTUP_MS / 1000} s`)),
      STARTUP_MS,
    );
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      buffered += chunk;
      const newline = buffered.indexOf('\n');
      if (newline === -1) return;
      clearTimeout(timer);
      try {
        resolve(JSON.parse(buffered.slice(0, newline)).url);
      } catch {
        reject(new Error(`unexpected first line from bench/server.mjs: ${buffered.slice(0, newline)}`));
      }
    });
    child.once('error', (error) => reject(error));
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the sandbox exited before it was ready (${signal ?? `exit code ${code}`})`));
    });
  });
  const { hostname } = new URL(url);
  if (hostname !== '127.0.0.1' && hostname !== '[::1]' && hostname !== 'localhost') {
    throw new Error(`the sandbox listens on ${hostname}, not on loopback`);
  }
  return url;
}

async function stopServer() {
  const child = server;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_MS);
  const { code, signal } = await exited;
  clearTimeout(timer);
  if (code !== 0) throw new Error(`the sandbox did not stop cleanly (${signal ?? `exit code ${code}`})`);
}

// ---------------------------------------------------------------------------------------------
// The applicants (set-up through bench/applicant.mjs). The measured requests go through node:http
// with keep-alive (bench/loopback.mjs), not the global fetch: the load generator shares the two CPUs
// with the server, and Node 20's fetch (undici's web streams and objects) cost it about as much CPU
// as the server spent answering (92 % of a core at 32 clients), so that its own queueing was most of
// the p99 it measured (70 ms, against 40 with node:http on the same server in the same hour).

/** An applicant with its own dossier, filled in with the full dossier by one big PATCH. */
async function makeClient(base, index, dossier, core) {
  // One live dossier per commune and call: every client needs its own commune of the MGP.
  const applicant = await readyApplicant(base, {
    email: `bench-${index}@mairie.example`,
    commune: ELIGIBLE_COMMUNES[index],
    dossier,
  });
  const { application: filled, token, responseBytes } = applicant;
  if (!core.jsonEqual(core.applicationContent(filled), dossier)) {
    throw new Error(`the server did not store the full dossier of client ${index} as sent`);
  }
  return { index, token, id: filled.id, revision: filled.revision, edits: 0, responseBytes };
}

/**
 * The server process's CPU time and the bytes it had written to disk so far (Linux /proc; undefined
 * elsewhere). Per request, these depend little on what else the machine runs, unlike the latencies:
 * they are what to compare between two builds measured on a busy machine.
 */
function serverUsage() {
  try {
    const stat = fs.readFileSync(`/proc/${server.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]); // utime + stime, in clock ticks (USER_HZ, 100 on Linux)
    const io = fs.readFileSync(`/proc/${server.pid}/io`, 'utf8');
    const written = Number(/^write_bytes: (\d+)$/m.exec(io)?.[1]);
    return { cpuMs: ticks * 10, writtenBytes: written };
  } catch {
    return undefined;
  }
}

const healthz = (base) => async () => {
  const response = await request(base, { path: '/healthz' });
  if (response.status !== 200) throw new Error(`GET /healthz answered ${response.status}`);
};

/**
 * The title as it is being typed: one character more at each save, and back to a shorter one at the
 * end of the text, so that its length changes as typing changes it (a same-length edit could be
 * written in place; a real one moves what follows it).
 */
const typed = (edits) => TITLE.slice(0, 20 + (edits % (TITLE.length - 20)));

/** One autosave of the title; `minimal` asks for 204 + ETag (RFC 7240), as @qmi/core's autosave does. */
const autosave =
  (base, { minimal }) =>
  async (client) => {
    client.edits++;
    const response = await request(base, {
      method: 'PATCH',
      path: `/v1/applications/${client.id}`,
      headers: {
        authorization: `Bearer ${client.token}`,
        'content-type': 'application/merge-patch+json',
        'if-match': `"${client.revision}"`,
        ...(minimal ? { prefer: 'return=minimal' } : {}),
      },
      body: JSON.stringify({ challenge: { title: typed(client.edits) } }),
    });
    // The body is read in full (the time to receive it is part of the save) but not parsed: the
    // load generator shares the CPUs with the server, and parsing ~90 KB per answer here would be
    // counted as server time. The ETag carries the new revision.
    // A server that ignores Prefer (an older build measured with QMI_BENCH_SANDBOX) answers 200: allowed.
    if (!(response.status === 200 || (minimal && response.status === 204))) {
      throw new Error(
        `PATCH of client ${client.index} answered ${response.status}: ${response.body.toString('utf8', 0, 400)}`,
      );
    }
    const revision = Number(/^"(\d+)"$/.exec(response.headers.etag ?? '')?.[1]);
    // A revision that does not move means the server skipped the write: the number would be wrong.
    if (revision !== client.revision + 1) {
      throw new Error(
        `PATCH of client ${client.index}: revision went from ${client.revision} to ${revision}, expected +1`,
      );
    }
    client.revision = revision;
  };

// ---------------------------------------------------------------------------------------------
// Bytes per autosave

function measureBytes(core, dossiers) {
  const { fullDossier, smallDossier, withTitle, withPartnerEmail } = dossiers;
  const size = (value) => Buffer.byteLength(JSON.stringify(value));
  const edited = `${TITLE} (v2)`;
  const row = (label, before, after) => {
    const patch = core.createMergePatch(before, after);
    const result = core.ApplicationDraftContent.safeParse(after);
    if (!result.success) throw new Error(`the "${label}" dossier is not a valid draft: ${result.error.message}`);
    if (!core.jsonEqual(core.applyMergePatch(before, patch), after))
      throw new Error(`the "${label}" patch does not rebuild the dossier`);
    return { label, dossierBytes: size(before), patchBytes: size(patch), putBytes: size(after), patch };
  };
  const small = smallDossier();
  const full = fullDossier();
  const rows = [
    row('small dossier, challenge.title', small, withTitle(small, edited)),
    row('full dossier, challenge.title', full, withTitle(full, edited)),
    row(
      'full dossier, one partner e-mail',
      full,
      withPartnerEmail(full, 16, 'nouveau.contact@partenaire17.example.org'),
    ),
  ];
  // The load loop sends hand-written patches: check they have the shape the library computes.
  const expected = JSON.stringify({ challenge: { title: edited } });
  if (JSON.stringify(rows[1].patch) !== expected) {
    throw new Error(`createMergePatch gave ${JSON.stringify(rows[1].patch)} for a title change, expected ${expected}`);
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Bytes on the wire of one save, counted at the socket (request line, headers and body, both ways)

function wireBytes(base, client, { contentType, body, minimal }) {
  return new Promise((resolve, reject) => {
    const payload = JSON.stringify(body);
    const request = http.request(
      `${base}/v1/applications/${client.id}`,
      {
        method: 'PATCH',
        agent: false, // its own socket, so that the counts are this exchange's alone
        headers: {
          authorization: `Bearer ${client.token}`,
          'content-type': contentType,
          'content-length': Buffer.byteLength(payload),
          'if-match': `"${client.revision}"`,
          ...(minimal ? { prefer: 'return=minimal' } : {}),
        },
      },
      (response) => {
        response.resume();
        response.on('end', () => {
          const revision = Number(/^"(\d+)"$/.exec(response.headers.etag ?? '')?.[1]);
          const { socket } = request;
          const saved = response.statusCode === 204 || response.statusCode === 200;
          if (saved && revision !== client.revision + 1) {
            reject(new Error(`the measured save answered ${response.statusCode} with revision ${revision}`));
            return;
          }
          if (saved) client.revision = revision;
          // An older build (QMI_BENCH_SANDBOX) may refuse a JSON Patch (415): shown as such, not counted.
          resolve({ status: response.statusCode, sent: socket.bytesWritten, received: socket.bytesRead });
          socket.destroy();
        });
      },
    );
    request.once('error', reject);
    request.end(payload);
  });
}

/** One partner's e-mail changed, three ways: what each costs on the wire, request and answer together. */
async function measureListItemEdit(base, client, full) {
  const index = 16;
  const email = (n) => `contact.${n}@partenaire17.example.org`;
  const partners = (n) =>
    full.partners.map((p, i) => (i === index ? { ...p, contact: { ...p.contact, email: email(n) } } : p));
  const ways = [
    {
      label: 'merge patch, whole dossier answered',
      contentType: 'application/merge-patch+json',
      minimal: false,
      body: (n) => ({ partners: partners(n) }),
    },
    {
      label: 'merge patch, return=minimal',
      contentType: 'application/merge-patch+json',
      minimal: true,
      body: (n) => ({ partners: partners(n) }),
    },
    {
      label: 'JSON Patch, return=minimal',
      contentType: 'application/json-patch+json',
      minimal: true,
      body: (n) => [{ op: 'replace', path: `/partners/${index}/contact/email`, value: email(n) }],
    },
  ];
  const rows = [];
  for (const [n, way] of ways.entries()) {
    const bytes = await wireBytes(base, client, {
      contentType: way.contentType,
      body: way.body(n),
      minimal: way.minimal,
    });
    rows.push({ label: way.label, ...bytes, total: bytes.sent + bytes.received });
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Output

const pad = (value, width) => String(value).padStart(width);
const padEnd = (value, width) => String(value).padEnd(width);
const round = (value, digits) => Number(value.toFixed(digits));

function printThroughput(results, ratios) {
  const out = [];
  out.push(
    `Throughput on loopback: closed loop, ${SECONDS} s per scenario in ${ROUNDS} rounds alternating with the baseline, after ${WARMUP_MS / 1000} s of warm-up`,
  );
  out.push(
    `${padEnd('request', 36)}${pad('clients', 8)}${pad('requests', 10)}${pad('req/s', 10)}${pad('p50 ms', 9)}${pad('p99 ms', 9)}` +
      `${pad('server CPU µs', 15)}${pad('disk B', 9)}${pad('load CPU', 10)}`,
  );
  for (const r of results) {
    out.push(
      `${padEnd(r.route, 36)}${pad(r.clients, 8)}${pad(r.requests, 10)}${pad(r.perSecond.toFixed(0), 10)}${pad(r.p50Ms.toFixed(2), 9)}${pad(r.p99Ms.toFixed(2), 9)}` +
        (r.cpuUsPerRequest === undefined
          ? ''
          : `${pad(r.cpuUsPerRequest.toFixed(0), 15)}${pad(r.diskBytesPerRequest.toFixed(0), 9)}`) +
        pad(`${(100 * r.clientCpuShare).toFixed(0)} %`, 10),
    );
  }
  out.push(
    'Server CPU and disk bytes are per request, read from /proc for the server process (the checkpoint thread included):',
  );
  out.push('they depend little on the load of the machine; the latencies do. Load CPU: what this process, the load');
  out.push(
    'generator, used of one core meanwhile (it shares the machine: past ~50 % its own queueing shows in the latencies).',
  );
  out.push('');
  out.push('PATCH throughput / baseline throughput (compare this across runs and machines):');
  for (const [clients, ratio] of Object.entries(ratios))
    out.push(`  ${pad(clients, 2)} client${clients === '1' ? ' ' : 's'}  ${ratio.toFixed(3)}`);
  process.stdout.write(`${out.join('\n')}\n\n`);
}

function printBytes(rows, responseBytes) {
  const out = [];
  out.push('Request body bytes per autosave: JSON merge patch vs the whole document a PUT would send');
  out.push(
    `${padEnd('one-field change', 36)}${pad('dossier', 9)}${pad('patch', 8)}${pad('PUT', 9)}${pad('patch/PUT', 11)}`,
  );
  for (const r of rows) {
    out.push(
      `${padEnd(r.label, 36)}${pad(r.dossierBytes, 9)}${pad(r.patchBytes, 8)}${pad(r.putBytes, 9)}${pad((r.patchBytes / r.putBytes).toFixed(4), 11)}`,
    );
  }
  const [small, full] = rows;
  out.push('');
  out.push(
    `Patch for the same title change: ${small.patchBytes} B on the small dossier, ${full.patchBytes} B on the full one` +
      ` (${small.patchBytes === full.patchBytes ? 'equal: the patch does not grow with the dossier' : 'DIFFERENT'}).`,
  );
  out.push('A change inside a list item re-sends the whole list: RFC 7396 replaces arrays, it does not merge them.');
  out.push(`Each PATCH answer carries the whole application: ${responseBytes} B of response body on the full dossier.`);
  process.stdout.write(`${out.join('\n')}\n\n`);
}

/**
 * Where a PATCH's time goes: a second sandbox, under the V8 profiler, serves only autosaves (minimal,
 * PROFILE_CLIENTS at a time) for a while; its samples of that window are sorted into categories
 * (bench/profile.mjs). The profiler slows the server a little: these are shares, not the throughput.
 */
async function profilePatches(core, full) {
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmi-bench-profile-'));
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmi-bench-'));
  try {
    progress(`Profiling: a sandbox under the V8 profiler, ${PROFILE_CLIENTS} clients saving…`);
    const base = await startServer(dataDir, { profileDir });
    const clients = [];
    for (let i = 0; i < PROFILE_CLIENTS; i += 8) {
      const batch = Array.from({ length: Math.min(8, PROFILE_CLIENTS - i) }, (_, j) =>
        makeClient(base, i + j, full, core),
      );
      clients.push(...(await Promise.all(batch)));
    }
    const { measure } = await import(path.join(ROOT, 'bench/load.mjs'));
    const request = autosave(base, { minimal: true });
    await measure({ workers: clients, request, durationMs: WARMUP_MS, maxRequests: MAX_REQUESTS });
    // Both processes read the same monotonic clock, the one V8 stamps its samples with (microseconds).
    const fromUs = Number(process.hrtime.bigint() / 1000n);
    const run = await measure({ workers: clients, request, durationMs: DURATION_MS, maxRequests: MAX_REQUESTS });
    const toUs = Number(process.hrtime.bigint() / 1000n);
    await stopServer();
    const file = fs.readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'));
    if (!file) throw new Error('the profiled sandbox wrote no .cpuprofile');
    const profile = JSON.parse(fs.readFileSync(path.join(profileDir, file), 'utf8'));
    if (!(profile.startTime <= fromUs && toUs <= profile.endTime))
      throw new Error('the profile does not cover the measured window: the clocks of the two processes differ');
    const { categorise } = await import(path.join(ROOT, 'bench/profile.mjs'));
    const { rows, busyMs, idleMs } = categorise(profile, { fromUs, toUs });
    const patches = run.latencies.length;
    return {
      clients: PROFILE_CLIENTS,
      patches,
      busyMs: round(busyMs, 1),
      idleMs: round(idleMs, 1),
      rows: rows.map((r) => ({ label: r.label, ms: round(r.ms, 1), usPerPatch: round((r.ms * 1000) / patches, 0) })),
    };
  } finally {
    fs.rmSync(profileDir, { recursive: true, force: true });
    fs.rmSync(dataDir, { recursive: true, force: true });
    dataDir = undefined;
  }
}

function printWhere({ clients, patches, busyMs, idleMs, rows }) {
  const out = [
    `Where a PATCH's time goes: server CPU profile, ${patches} autosaves (return=minimal) by ${clients} clients; ` +
      `server busy ${busyMs.toFixed(0)} ms, idle ${idleMs.toFixed(0)} ms`,
  ];
  out.push(`${padEnd('', 66)}${pad('µs/PATCH', 9)}${pad('share', 8)}`);
  for (const r of rows)
    out.push(`${padEnd(r.label, 66)}${pad(r.usPerPatch, 9)}${pad(`${((100 * r.ms) / busyMs).toFixed(1)} %`, 8)}`);
  process.stdout.write(`${out.join('\n')}\n\n`);
}

function printWire(rows) {
  const out = [
    "One partner's e-mail changed (full dossier), bytes on the wire at the socket: request and answer, headers included",
  ];
  out.push(`${padEnd('how', 40)}${pad('sent', 8)}${pad('received', 10)}${pad('total', 8)}`);
  for (const r of rows)
    out.push(
      `${padEnd(r.label, 40)}${pad(r.sent, 8)}${pad(r.received, 10)}${pad(r.total, 8)}${r.status >= 300 ? `  refused: ${r.status}` : ''}`,
    );
  process.stdout.write(`${out.join('\n')}\n\n`);
}

function printGoals(results, ratios, wire) {
  const at = (clients) => results.find((r) => r.route === PATCH_MINIMAL && r.clients === clients);
  const jsonPatch = wire.at(-1);
  const rows = [
    ['PATCH/healthz at 32 clients', `>= ${GOALS.ratio32}`, ratios[32].toFixed(3), ratios[32] >= GOALS.ratio32],
    [
      'PATCH p99 at 32 clients',
      `<= ${GOALS.p99At32Ms} ms`,
      `${at(32).p99Ms.toFixed(1)} ms`,
      at(32).p99Ms <= GOALS.p99At32Ms,
    ],
    ['PATCH p99 at 1 client', `<= ${GOALS.p99At1Ms} ms`, `${at(1).p99Ms.toFixed(1)} ms`, at(1).p99Ms <= GOALS.p99At1Ms],
    [
      "one partner's e-mail on the wire",
      `<= ${GOALS.listItemEditBytes} B`,
      jsonPatch.status < 300 ? `${jsonPatch.total} B` : `(${jsonPatch.status})`,
      jsonPatch.status < 300 && jsonPatch.total <= GOALS.listItemEditBytes,
    ],
  ];
  const out = ['Goals of issue 17 (PATCH with return=minimal, as the autosave sends it)'];
  out.push(`${padEnd('', 36)}${pad('goal', 12)}${pad('measured', 12)}`);
  for (const [label, goal, measured, met] of rows)
    out.push(`${padEnd(label, 36)}${pad(goal, 12)}${pad(measured, 12)}  ${met ? 'met' : 'NOT MET'}`);
  process.stdout.write(`${out.join('\n')}\n\n`);
}

// ---------------------------------------------------------------------------------------------

async function main() {
  if (!(SECONDS > 0 && SECONDS <= 20))
    throw new Error(`QMI_BENCH_SECONDS must be a number of seconds in (0, 20], got "${process.env.QMI_BENCH_SECONDS}"`);

  // Imported only now: `npm run bench` builds dist/ before it starts this file.
  const core = await import(path.join(ROOT, 'packages/core/dist/index.js'));
  const { MGP } = await import(path.join(ROOT, 'packages/validators/dist/index.js'));
  const excluded = new Set(core.QMI_2.eligibility.excludedCommunes.map((c) => c.code));
  ELIGIBLE_COMMUNES = MGP.communes()
    .map((c) => c.code)
    .filter((code) => !excluded.has(code));
  const dossiers = await import(path.join(ROOT, 'bench/dossier.mjs'));
  const { measure, summarise } = await import(path.join(ROOT, 'bench/load.mjs'));

  const full = dossiers.fullDossier();
  const valid = core.ApplicationContent.safeParse(full);
  if (!valid.success)
    throw new Error(`bench/dossier.mjs: the full dossier is not a complete application: ${valid.error.message}`);
  const bytes = measureBytes(core, dossiers);

  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmi-bench-'));
  progress(`Starting the sandbox (data in ${dataDir})…`);
  // QMI_BENCH_CPU_PROF=<dir> keeps the whole run's server profile too, for a closer look.
  const base = await startServer(dataDir, { profileDir: process.env.QMI_BENCH_CPU_PROF });

  const maxClients = Math.max(...CONCURRENCIES);
  progress(`Creating ${maxClients} applicants, each with a full dossier (${bytes[1].dossierBytes} B)…`);
  // In batches: the password-strength check queues at most 16 sign-ups and answers 429 beyond.
  const clients = [];
  for (let i = 0; i < maxClients; i += 8) {
    const batch = Array.from({ length: Math.min(8, maxClients - i) }, (_, j) => makeClient(base, i + j, full, core));
    clients.push(...(await Promise.all(batch)));
  }

  const results = [];
  const ratios = {};
  for (const concurrency of CONCURRENCIES) {
    const workers = clients.slice(0, concurrency);
    const scenarios = [
      { route: 'GET /healthz (baseline)', request: healthz(base), runs: [] },
      { route: PATCH_MINIMAL, request: autosave(base, { minimal: true }), runs: [] },
      { route: 'PATCH, whole dossier answered', request: autosave(base, { minimal: false }), runs: [] },
    ];
    progress(`${scenarios.map((s) => s.route).join(' and ')}, ${concurrency} client${concurrency > 1 ? 's' : ''}…`);
    for (const { request } of scenarios)
      await measure({ workers, request, durationMs: WARMUP_MS, maxRequests: MAX_REQUESTS });
    // Baseline and PATCH take turns in short rounds, so that whatever else the machine is doing
    // weighs on both alike and the ratio stays comparable between runs.
    for (let turn = 0; turn < ROUNDS; turn++) {
      for (const scenario of scenarios) {
        const before = serverUsage();
        const ownBefore = process.cpuUsage();
        const run = await measure({
          workers,
          request: scenario.request,
          durationMs: DURATION_MS / ROUNDS,
          maxRequests: Math.ceil(MAX_REQUESTS / ROUNDS),
        });
        const after = serverUsage();
        const own = process.cpuUsage(ownBefore);
        scenario.clientCpuUs = (scenario.clientCpuUs ?? 0) + own.user + own.system;
        scenario.runs.push(run);
        if (before && after) {
          scenario.cpuMs = (scenario.cpuMs ?? 0) + after.cpuMs - before.cpuMs;
          scenario.writtenBytes = (scenario.writtenBytes ?? 0) + after.writtenBytes - before.writtenBytes;
        }
      }
    }
    const [baseline, ...patches] = scenarios.map(({ route, runs, cpuMs, writtenBytes, clientCpuUs }) => {
      const summary = summarise(runs);
      return {
        route,
        clients: concurrency,
        ...summary,
        clientCpuShare: clientCpuUs / 1000 / summary.elapsedMs,
        ...(cpuMs === undefined
          ? {}
          : {
              cpuUsPerRequest: (cpuMs * 1000) / summary.requests,
              diskBytesPerRequest: writtenBytes / summary.requests,
            }),
      };
    });
    results.push(baseline, ...patches);
    ratios[concurrency] = patches[0].perSecond / baseline.perSecond;
  }

  progress("One partner's e-mail, on the wire…");
  const wire = await measureListItemEdit(base, clients[0], full);

  progress('Stopping the sandbox…');
  await stopServer();
  fs.rmSync(dataDir, { recursive: true, force: true });
  dataDir = undefined;

  const where = process.env.QMI_BENCH_PROFILE === '0' ? undefined : await profilePatches(core, full);

  process.stdout.write(
    `\nqmi-kit bench: sandbox autosave (Node ${process.version}, ${os.cpus().length} CPUs, ${os.platform()} ${os.arch()})\n` +
      `Full dossier: ${bytes[1].dossierBytes} B of JSON (${full.partners.length} partners, ${full.sectors.length} sectors, ${full.team.experts.length} experts, long texts); ` +
      `SQLite synchronous=FULL: a PATCH is answered once its transaction's fsync returned ` +
      `(group commit: the saves arriving together share one).\n\n`,
  );
  printThroughput(results, ratios);
  printBytes(bytes, clients[0].responseBytes);
  printWire(wire);
  printGoals(results, ratios, wire);
  if (where) printWhere(where);
  const summary = {
    bench: 'qmi-sandbox-autosave',
    node: process.version,
    cpus: os.cpus().length,
    secondsPerScenario: SECONDS,
    rounds: ROUNDS,
    throughput: results.map((r) => ({
      route: r.route,
      clients: r.clients,
      requests: r.requests,
      perSecond: round(r.perSecond, 1),
      p50Ms: round(r.p50Ms, 3),
      p99Ms: round(r.p99Ms, 3),
      loadGeneratorCpuShare: round(r.clientCpuShare, 3),
      ...(r.cpuUsPerRequest === undefined
        ? {}
        : { serverCpuUsPerRequest: round(r.cpuUsPerRequest, 0), diskBytesPerRequest: round(r.diskBytesPerRequest, 0) }),
    })),
    patchToBaselineRatio: Object.fromEntries(Object.entries(ratios).map(([k, v]) => [k, round(v, 4)])),
    bytes: Object.fromEntries(
      bytes.map((r) => [r.label, { dossier: r.dossierBytes, patch: r.patchBytes, put: r.putBytes }]),
    ),
    patchResponseBytes: clients[0].responseBytes,
    listItemEditOnTheWire: wire,
    ...(where ? { patchProfile: where } : {}),
  };
  process.stdout.write(`${JSON.stringify(summary)}\n`);
}

const watchdog = setTimeout(() => die(`did not finish within ${WATCHDOG_MS / 1000} s`), WATCHDOG_MS);
watchdog.unref();
process.once('SIGINT', () => die('interrupted', 130));
process.once('SIGTERM', () => die('terminated', 143));

main().then(
  () => clearTimeout(watchdog),
  // The message is enough for failures we anticipated; the stack helps with the others.
  (error) => {
    const cause = error?.cause ? ` (cause: ${error.cause.message ?? error.cause})` : '';
    if (error?.message === 'fetch failed') {
      const exit = server && (server.signalCode ?? server.exitCode);
      die(
        `a request to the sandbox failed${cause}${exit !== null && exit !== undefined ? `; the sandbox process had exited (${exit})` : ''}`,
      );
    }
    const anticipated = error instanceof Error && !(error instanceof TypeError) && !(error instanceof ReferenceError);
    die(anticipated ? `${error.message}${cause}` : `${error?.stack ?? error}${cause}`);
  },
);
