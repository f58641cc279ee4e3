import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { applicant, ORGANISER, organiser, PASSWORD, raw, startTestSandbox } from './helpers.js';
import { operationsOf, requestArbitrary, toRequest, type FuzzRequest, type Role } from './fuzz/requests.js';
import { pdfBytes, tusClient } from './upload-helpers.js';

/**
 * Requests drawn from the OpenAPI document (every operation, every role; valid, mutated and hostile
 * bodies, junk paths and headers) against a real sandbox: never a 5xx, every error a problem+json,
 * the server alive, and the database and data folder consistent afterwards.
 * FUZZ_SEED and FUZZ_RUNS replay or widen a run.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 1414);
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_400);
const CONCURRENCY = 8;

test(
  `fuzzed requests from the OpenAPI document never get a server error (seed ${SEED})`,
  { timeout: 180_000 },
  async () => {
    // In memory when the machine has it: the fuzz tests answers, not fsync (crash.test.ts tests durability).
    const sandbox = await startTestSandbox(
      fs.existsSync('/dev/shm') ? { dataDir: fs.mkdtempSync(path.join('/dev/shm', 'qmi-fuzz-')) } : {},
    );
    const owner = await applicant(sandbox);
    const stranger = await applicant(sandbox);
    const outsider = await applicant(sandbox); // never fuzzed: it checks that no dossier leaked to it
    const staff = await organiser(sandbox);
    const ownDossier = await owner.applications.create('qmi-2', { commune: '93048' });
    const strangerDossier = await stranger.applications.create('qmi-2', { commune: '94080' });
    const tus = tusClient(sandbox, owner.session.token);
    const file = pdfBytes(4096);
    const meta = {
      applicationId: ownDossier.id,
      kind: 'sector_sheet',
      filename: 'secteur.pdf',
      filetype: 'application/pdf',
    };
    const upload = await tus.create(meta, file.length);
    const done = await tus.patch(upload.url!, 0, file);
    const pending = await tus.create({ ...meta, kind: 'mayor_letter', filename: 'lettre.pdf' }, file.length);
    const documentId = done.headers.get('qmi-document-id')!;
    assert.ok(documentId && pending.url, 'the fuzz starts with a document and an upload in progress');

    const doc = (await raw(sandbox, 'GET', '/openapi.json')).json;
    const operations = operationsOf(doc).filter(
      // Signing out with a real token would end the run's sessions; it is fuzzed without one.
      (op) => !(op.method === 'DELETE' && op.template.startsWith('/v1/sessions')),
    );
    const signOuts = operationsOf(doc).filter((op) => op.method === 'DELETE' && op.template.startsWith('/v1/sessions'));
    const targets = {
      ownDossier: ownDossier.id,
      strangerDossier: strangerDossier.id,
      documentId,
      uploadId: new URL(pending.url).pathname.split('/').pop()!,
      accountIds: [owner.session.account.id, stranger.session.account.id],
      callIds: ['qmi-2', 'qmi-2-test'],
    };
    const drawn = fc.sample(requestArbitrary(operations, doc.components.schemas, targets), {
      seed: SEED,
      numRuns: RUNS,
    });
    const requests = drawn.map(toRequest);
    for (const op of signOuts)
      requests.push({
        method: op.method,
        path: op.template,
        role: 'junk',
        headers: {},
        body: undefined,
        label: 'sign out, junk token',
      });

    const tokens: Record<Role, string | undefined> = {
      owner: owner.session.token,
      stranger: stranger.session.token,
      organiser: staff.session.token,
      none: undefined,
      junk: 'x'.repeat(64),
    };
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    let sent = 0;
    let reconnected = 0;

    const attempt = (request: FuzzRequest, token: string | undefined) =>
      fetch(sandbox.url + request.path, {
        method: request.method,
        headers: { ...request.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
        ...(request.body !== undefined ? { body: request.body } : {}),
        signal: AbortSignal.timeout(15_000),
      });

    async function send(request: FuzzRequest) {
      const token = tokens[request.role];
      let response: Response;
      try {
        try {
          response = await attempt(request, token);
        } catch (error) {
          // A kept-alive connection the server closed as the next request went out on it (after an answer
          // sent before a body was read, say) resets: browsers send such a request again, and so does this,
          // once (the reset connection has left the pool). A request the server itself resets fails again.
          if (!/ECONNRESET|UND_ERR_SOCKET|other side closed/.test(String((error as Error).cause ?? ''))) throw error;
          reconnected++;
          response = await attempt(request, token);
        }
      } catch (error) {
        // fetch itself refuses some drawn requests (a path it cannot parse): they never reach the server.
        if (error instanceof TypeError && !/fetch failed/.test(error.message)) return;
        failures.push(`${request.label}: no answer (${String((error as Error).cause ?? error)}) ${describe(request)}`);
        return;
      }
      sent++;
      const text = await response.text();
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      const problem = checkAnswer(request, response, text);
      if (problem && failures.length < 30) failures.push(`${request.label}: ${problem} ${describe(request)}`);
    }

    const started = Date.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < requests.length) {
          const request = requests[next++]!;
          await send(request);
          // A drawn request may end a session (a password change, a role change): sign in again and go on.
          if (next % 500 === 0) await refreshSessions();
        }
      }),
    );
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const serverErrors = [...statuses].filter(([s]) => s >= 500).reduce((n, [, count]) => n + count, 0);
    console.log(
      `fuzz: seed ${SEED}, ${sent} requests in ${seconds} s, ${serverErrors} server errors, ${reconnected} sent again after a kept-alive connection's reset; statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
    );
    assert.deepEqual(
      failures.map((f) => f.slice(0, 400)),
      [],
    );
    // A few drawn requests are refused by fetch itself (a path it cannot send): the rest all reach the server.
    const least = process.env.FUZZ_RUNS ? RUNS * 0.95 : 10_000; // CI: at least 10,000
    assert.ok(sent >= least, `${sent} requests reached the server`);

    async function refreshSessions() {
      const accounts = { owner, stranger, organiser: staff };
      for (const [role, client] of Object.entries(accounts) as Array<
        ['owner' | 'stranger' | 'organiser', typeof owner]
      >) {
        const me = await raw(sandbox, 'GET', '/v1/me', { token: tokens[role] });
        if (me.status !== 401) continue;
        const password = role === 'organiser' ? ORGANISER.password : PASSWORD;
        const again = await raw(sandbox, 'POST', '/v1/sessions', {
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: client.session.account.email, password }),
        });
        if (again.status === 201) tokens[role] = again.json.token;
      }
    }

    // The server is alive, and the data is consistent.
    assert.equal((await raw(sandbox, 'GET', '/healthz')).status, 200);
    const db = new Database(path.join(sandbox.dataDir, 'qmi.sqlite'), { readonly: true, fileMustExist: true });
    try {
      const keys = db.prepare('SELECT storage_key AS key FROM documents').all() as Array<{ key: string }>;
      const files = fs.readdirSync(path.join(sandbox.dataDir, 'documents'));
      assert.deepEqual(
        files.sort(),
        keys.map((row) => row.key).sort(),
        'every document file has its row and every row its file',
      );
      const doubles = db
        .prepare(
          "SELECT call_id, commune, count(*) AS n FROM applications WHERE status <> 'withdrawn' GROUP BY call_id, commune HAVING n > 1",
        )
        .all();
      assert.deepEqual(doubles, [], 'at most one live dossier per commune and call');
      const dossiers = db.prepare('SELECT id FROM applications').all() as Array<{ id: string }>;
      assert.ok(dossiers.length >= 2);
      for (const { id } of dossiers) {
        const seen = await raw(sandbox, 'GET', `/v1/applications/${id}`, { token: outsider.session.token });
        assert.equal(seen.status, 404, `dossier ${id} is hidden from an applicant it was never shared with`);
      }
    } finally {
      db.close();
    }
  },
);

/** What is wrong with an answer, or undefined. */
function checkAnswer(request: FuzzRequest, response: Response, text: string): string | undefined {
  const status = response.status;
  if (status >= 500) return `answered ${status} ${text.slice(0, 300)}`;
  if (status < 400 || request.method === 'HEAD') return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (!type.startsWith('application/problem+json'))
    return `${status} with content-type "${type}": ${text.slice(0, 200)}`;
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    return `${status} problem+json that is not JSON: ${text.slice(0, 200)}`;
  }
  if (typeof body.type !== 'string' || typeof body.title !== 'string')
    return `${status} problem without type/title: ${text.slice(0, 200)}`;
  if (body.status !== status) return `${status} problem whose status says ${body.status}`;
  if (typeof body.code !== 'string') return `${status} problem without code: ${text.slice(0, 200)}`;
  return undefined;
}

const describe = (request: FuzzRequest) =>
  JSON.stringify({
    ...request,
    path: request.path.length > 200 ? `${request.path.slice(0, 200)}…(${request.path.length})` : request.path,
    body:
      request.body && request.body.length > 300
        ? `${request.body.slice(0, 300)}…(${request.body.length})`
        : request.body,
  });
