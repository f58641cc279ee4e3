// The honest side of bench/flood.bench.mjs, in its own process: applicants, each from its own
// loopback address, each with a full dossier and one small document. On {"phase", "ms", "pauseMs"}
// every applicant autosaves (small merge patch with If-Match) and downloads its document in two
// loops, with think time between requests; the answer carries the latencies of both.
// Also creates the accounts whose passwords the attacker knows (a credential-stuffing list).
//
// Usage: node bench/flood-clients.mjs <url> <applicants> <victims>
import { randomBytes, randomUUID } from 'node:crypto';
import path from 'node:path';
import readline from 'node:readline';
import { ROOT } from '../scripts/lib/setup.mjs';
import { loopbackAddresses, request } from './loopback.mjs';

const [base, applicantsArg, victimsArg] = process.argv.slice(2);
const APPLICANTS = Number(applicantsArg);
const VICTIMS = Number(victimsArg);
const TITLE = 'Rafraîchir et apaiser les rues du quartier Pleyel grâce aux données de terrain';
const DOCUMENT_BYTES = 100 * 1024;
const MAX_REQUESTS = 100_000;

const send = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);
const fail = (error) => {
  send({ error: error instanceof Error ? error.message : String(error) });
  process.exit(1);
};

const core = await import(path.join(ROOT, 'packages/core/dist/index.js'));
const { MGP } = await import(path.join(ROOT, 'packages/validators/dist/index.js'));
const { fullDossier } = await import(path.join(ROOT, 'bench/dossier.mjs'));
const { measure } = await import(path.join(ROOT, 'bench/load.mjs'));

const excluded = new Set(core.QMI_2.eligibility.excludedCommunes.map((c) => c.code));
const communes = MGP.communes()
  .map((c) => c.code)
  .filter((code) => !excluded.has(code));

/** A request that must answer `expect`; returns the parsed JSON body, if any. */
async function call(from, method, pathname, { token, json, body, headers = {}, expect }) {
  const response = await request(base, {
    method,
    path: pathname,
    from,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(json !== undefined ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
    body: json !== undefined ? JSON.stringify(json) : body,
  });
  const text = response.body.toString('utf8');
  if (response.status !== expect)
    throw new Error(`${method} ${pathname} answered ${response.status}, expected ${expect}: ${text.slice(0, 300)}`);
  return { response, json: text && response.headers['content-type']?.includes('json') ? JSON.parse(text) : undefined };
}

// A password a strength estimator accepts, different for every account.
const password = () => `${randomBytes(12).toString('base64url')} bench`;

const tusMetadata = (fields) =>
  Object.entries(fields)
    .map(([key, value]) => `${key} ${Buffer.from(value).toString('base64')}`)
    .join(',');

/** An applicant: account, dossier filled in with the full dossier, one small PDF uploaded. */
async function makeApplicant(index, from, dossier, pdf) {
  const { json: session } = await call(from, 'POST', '/v1/accounts', {
    json: { email: `flood-bench-${index}@mairie.example`, password: password() },
    expect: 201,
  });
  const token = session.token;
  const { json: created } = await call(from, 'POST', '/v1/calls/qmi-2/applications', {
    token,
    json: { commune: communes[index] },
    headers: { 'idempotency-key': randomUUID() },
    expect: 201,
  });
  await call(from, 'PATCH', `/v1/applications/${created.id}`, {
    token,
    body: JSON.stringify(dossier),
    headers: { 'content-type': 'application/merge-patch+json', 'if-match': `"${created.revision}"` },
    expect: 200,
  });
  const { response: uploaded } = await call(from, 'POST', '/v1/uploads', {
    token,
    body: pdf,
    headers: {
      'tus-resumable': '1.0.0',
      'upload-length': String(pdf.length),
      'content-type': 'application/offset+octet-stream',
      'upload-metadata': tusMetadata({
        applicationId: created.id,
        kind: 'sector_sheet',
        filename: 'fiche-secteur.pdf',
        filetype: 'application/pdf',
      }),
    },
    expect: 201,
  });
  const documentId = uploaded.headers['qmi-document-id'];
  if (!documentId) throw new Error(`the upload of applicant ${index} answered without a document id`);
  // An upload moves the dossier's revision: read it back rather than guess.
  const { json: current } = await call(from, 'GET', `/v1/applications/${created.id}`, { token, expect: 200 });
  return { index, from, token, id: created.id, revision: current.revision, documentId, edits: 0 };
}

const autosave = async (client) => {
  client.edits++;
  const response = await request(base, {
    method: 'PATCH',
    path: `/v1/applications/${client.id}`,
    from: client.from,
    headers: {
      authorization: `Bearer ${client.token}`,
      'content-type': 'application/merge-patch+json',
      'if-match': `"${client.revision}"`,
    },
    body: JSON.stringify({ challenge: { title: `${TITLE} (v${client.edits})` } }),
  });
  if (response.status !== 200)
    throw new Error(
      `PATCH of applicant ${client.index} answered ${response.status}: ${response.body.toString().slice(0, 300)}`,
    );
  // The ETag carries the new revision: a revision that does not move means the write was skipped.
  const revision = Number(/^"(\d+)"$/.exec(response.headers.etag ?? '')?.[1]);
  if (revision !== client.revision + 1)
    throw new Error(`PATCH of applicant ${client.index}: revision ${client.revision} -> ${revision}, expected +1`);
  client.revision = revision;
};

const download = async (client) => {
  const response = await request(base, {
    path: `/v1/applications/${client.id}/documents/${client.documentId}`,
    from: client.from,
    headers: { authorization: `Bearer ${client.token}` },
  });
  if (response.status !== 200 || response.body.length !== DOCUMENT_BYTES)
    throw new Error(
      `download of applicant ${client.index} answered ${response.status} with ${response.body.length} B: ${response.body.toString().slice(0, 300)}`,
    );
};

try {
  const dossier = fullDossier();
  // A PDF-looking file: the platform checks the first bytes.
  const pdf = Buffer.alloc(DOCUMENT_BYTES, 0x20);
  pdf.write('%PDF-1.7\n');
  const addresses = await loopbackAddresses(APPLICANTS + VICTIMS, 1);
  const clients = [];
  const victims = [];
  try {
    for (let i = 0; i < APPLICANTS; i++) clients.push(await makeApplicant(i, addresses[i], dossier, pdf));
    for (let i = 0; i < VICTIMS; i++) {
      const credentials = { email: `flood-victim-${i}@mairie.example`, password: password() };
      await call(addresses[APPLICANTS + i], 'POST', '/v1/accounts', { json: credentials, expect: 201 });
      victims.push(credentials);
    }
  } catch (error) {
    // Without addresses of their own, the applicants share one sign-up allowance.
    if (new Set(addresses).size > 1) throw error;
    throw new Error(`${error.message} (this system binds only 127.0.0.1: all applicants share one address)`, {
      cause: error,
    });
  }
  send({
    ready: true,
    victims,
    distinctAddresses: new Set(addresses).size,
    dossierBytes: Buffer.byteLength(JSON.stringify(dossier)),
    documentBytes: DOCUMENT_BYTES,
  });

  for await (const line of readline.createInterface({ input: process.stdin })) {
    const { phase, ms, pauseMs } = JSON.parse(line);
    // Both loops at once: an applicant's page autosaves while someone opens the document.
    const options = { workers: clients, durationMs: ms, maxRequests: MAX_REQUESTS, pauseMs };
    const [patch, get] = await Promise.all([
      measure({ ...options, request: autosave }),
      measure({ ...options, request: download }),
    ]);
    const plain = (run) => ({ latencies: Array.from(run.latencies), elapsedMs: run.elapsedMs });
    send({ phase, patch: plain(patch), download: plain(get) });
  }
  process.exit(0);
} catch (error) {
  fail(error);
}
