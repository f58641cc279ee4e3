// The honest side of bench/flood.bench.mjs, in its own process: applicants, each from its own
// loopback address, each with a full dossier and one small document. On {"phase", "ms", "pauseMs"}
// every applicant autosaves (small merge patch with If-Match) and downloads its document in two
// loops, with think time between requests; the answer carries the latencies of both.
// Also creates the accounts whose passwords the attacker knows (a credential-stuffing list).
//
// Usage: node bench/flood-clients.mjs <url> <applicants> <victims>
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import readline from 'node:readline';
import { ROOT } from '../scripts/lib/setup.mjs';
import { readyApplicant, verifiedSession } from './applicant.mjs';
import { loopbackAddresses, request, requestExpecting } from './loopback.mjs';

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

// A password a strength estimator accepts, different for every account.
const password = () => `${randomBytes(12).toString('base64url')} bench`;

const tusMetadata = (fields) =>
  Object.entries(fields)
    .map(([key, value]) => `${key} ${Buffer.from(value).toString('base64')}`)
    .join(',');

/** An applicant: verified account, dossier filled in with the full dossier, one small PDF uploaded. */
async function makeApplicant(index, from, dossier, pdf) {
  const { token, application: created } = await readyApplicant(base, {
    email: `flood-bench-${index}@mairie.example`,
    password: password(),
    commune: communes[index],
    dossier,
    from,
  });
  const upload = {
    method: 'POST',
    path: '/v1/uploads',
    from,
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
  };
  const documentId = (await requestExpecting(base, upload, 201)).headers['qmi-document-id'];
  if (!documentId) throw new Error(`the upload of applicant ${index} answered without a document id`);
  // An upload moves the dossier's revision: read it back rather than guess.
  const { json: current } = await requestExpecting(base, { path: `/v1/applications/${created.id}`, from, token }, 200);
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
      // Verified, as the accounts of a leaked list are: their right password signs in (201).
      await verifiedSession(base, { ...credentials, from: addresses[APPLICANTS + i] });
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
    // The applicants' addresses only: the victims' accounts take no part in the measured loops.
    distinctAddresses: new Set(addresses.slice(0, APPLICANTS)).size,
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
