import assert from 'node:assert/strict';
import { test } from 'node:test';
import { unzipSync } from 'fflate';
import { CALL_WITHOUT_DOCUMENTS, nextCommune, organiser, raw, startTestSandbox, verifiedAgent } from './helpers.js';
import { submittedWithDocuments } from './receipt-helpers.js';
import { sha256 } from './upload-helpers.js';

const sandbox = await startTestSandbox();

async function zipOf(applicationId: string, token: string, lang = 'fr') {
  const response = await fetch(`${sandbox.url}/v1/applications/${applicationId}/documents.zip`, {
    headers: { authorization: `Bearer ${token}`, 'accept-language': lang },
  });
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { response, files: response.ok ? unzipSync(bytes) : {} };
}

test('the ZIP of a dossier holds every document, byte for byte, in a folder per kind, and its receipt', async () => {
  const { agent, application, files } = await submittedWithDocuments(sandbox, '93055');
  const org = await organiser(sandbox);
  const { response, files: zipped } = await zipOf(application.id, org.session.token);
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-type'), 'application/zip');
  assert.match(response.headers.get('content-disposition')!, /^attachment; filename="dossier-pantin-documents\.zip"/);

  const [receipt] = await agent.dossiers.receipts(application.id);
  assert.deepEqual(Object.keys(zipped).sort(), [
    'Fiche de présentation du ou des secteurs proposés/Fiche secteur (2).png',
    'Fiche de présentation du ou des secteurs proposés/Fiche secteur.png',
    'Lettre d’engagement du maire/Lettre du maire – été.pdf',
    'Récépissés de dépôt/recepisse-pantin-2023-12-01.pdf',
  ]);
  // Two files of the same name both arrive, neither overwriting the other.
  const stored = Object.values(zipped).map((bytes) => sha256(bytes));
  for (const file of files) assert.ok(stored.includes(sha256(file.bytes)), `${file.filename} is in the ZIP unchanged`);
  assert.equal(sha256(zipped['Récépissés de dépôt/recepisse-pantin-2023-12-01.pdf']!), receipt!.pdfSha256);
});

test('the commune downloads its own ZIP, folders named in English for an English reader; others get 404', async () => {
  const { agent, application } = await submittedWithDocuments(sandbox, '92036');
  const { response, files } = await zipOf(application.id, agent.session.token, 'en');
  assert.equal(response.status, 200);
  assert.ok(Object.keys(files).includes('Mayor’s letter of commitment/Lettre du maire – été.pdf'));
  assert.ok(Object.keys(files).some((name) => name.startsWith('Submission receipts/recepisse-')));

  const stranger = await verifiedAgent(sandbox, nextCommune());
  const refused = await raw(sandbox, 'GET', `/v1/applications/${application.id}/documents.zip`, {
    token: stranger.session.token,
  });
  assert.equal(refused.status, 404);
  const anonymous = await raw(sandbox, 'GET', `/v1/applications/${application.id}/documents.zip`);
  assert.equal(anonymous.status, 401);
});

test('a draft without documents gives an empty ZIP that still opens', async () => {
  const commune = nextCommune();
  const agent = await verifiedAgent(sandbox, commune);
  const draft = await agent.applications.create(CALL_WITHOUT_DOCUMENTS.id, { commune });
  const { response, files } = await zipOf(draft.id, agent.session.token);
  assert.equal(response.status, 200);
  assert.deepEqual(files, {});
});
