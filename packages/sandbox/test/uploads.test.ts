import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { startSandbox, type Sandbox } from '../src/index.js';
import { applicant, INSIDE_WINDOW, nextCommune, ORGANISER, raw, startTestSandbox } from './helpers.js';
import { cutStream, MB, pdfBytes, pngBytes, sha256, settledOffset, storedZip, tusClient } from './upload-helpers.js';
import { randomBytes } from 'node:crypto';
import { QMI_2 } from '@qmi/core';

const sandbox = await startTestSandbox();

/** A signed-up agent with a fresh QMI 2 draft, and tus requests carrying its token. */
async function agentWithDraft(target: Sandbox = sandbox) {
  const agent = await applicant(target);
  const application = await agent.applications.create('qmi-2', { commune: nextCommune() });
  return { agent, application, token: agent.session.token, tus: tusClient(target, agent.session.token) };
}

const sectorSheet = (applicationId: string, filename = 'fiche-secteur.pdf') => ({
  applicationId,
  kind: 'sector_sheet',
  filename,
  filetype: 'application/pdf',
});
const mayorLetter = (applicationId: string, filename = 'lettre-du-maire.pdf') => ({
  applicationId,
  kind: 'mayor_letter',
  filename,
  filetype: 'application/pdf',
});
const uploadIdOf = (url: string) => new URL(url).pathname.split('/').pop()!;

test('a 20 MB upload whose connection drops mid-PATCH resumes from the stored offset, and the stored bytes are the original', async () => {
  const { application, tus, token } = await agentWithDraft();
  const file = pdfBytes(20 * MB);
  const created = await tus.create(sectorSheet(application.id), file.length);
  assert.equal(created.status, 201);
  assert.equal(created.headers.get('tus-resumable'), '1.0.0');
  assert.ok(created.url);

  const controller = new AbortController();
  await assert.rejects(tus.patch(created.url, 0, cutStream(file, 8 * MB, controller), { signal: controller.signal }));
  const offset = await settledOffset(tus, created.url);
  assert.ok(offset > 0, `offset ${offset}`);
  assert.ok(offset <= 8 * MB);

  const rest = file.subarray(offset);
  assert.ok(rest.length < file.length);
  const done = await tus.patch(created.url, offset, rest);
  assert.equal(done.status, 204, JSON.stringify(done.json));
  assert.equal(done.headers.get('upload-offset'), String(file.length));
  const documentId = done.headers.get('qmi-document-id');
  assert.ok(documentId);

  const stored = fs.readFileSync(path.join(sandbox.dataDir, 'documents', uploadIdOf(created.url)));
  assert.equal(sha256(stored), sha256(file));
  const [document] = (await raw(sandbox, 'GET', `/v1/applications/${application.id}/documents`, { token })).json.data;
  assert.equal(document.id, documentId);
  assert.equal(document.sha256, sha256(file));
  assert.equal(document.sizeBytes, file.length);
  assert.equal(document.mediaType, 'application/pdf');
});

test('a 20 MB upload cut by a server restart resumes on the same data folder and port', async () => {
  const dataDir = fs.mkdtempSync(path.join(sandbox.dataDir, 'restart-'));
  const options = { dataDir, now: INSIDE_WINDOW, organisers: [ORGANISER], log: () => {}, devMail: true };
  let server = await startSandbox({ ...options, port: 0 });
  const port = server.port;
  try {
    const { application, tus, token } = await agentWithDraft(server);
    const file = pdfBytes(20 * MB);
    const created = await tus.create(sectorSheet(application.id), file.length);
    assert.equal(created.status, 201);

    // The server goes down while the body is on the wire: the client sees its connection drop.
    const controller = new AbortController();
    const cut = tus.patch(created.url!, 0, cutStream(file, 6 * MB, controller), { signal: controller.signal });
    await assert.rejects(cut);
    await server.close();
    server = await startSandbox({ ...options, port });
    assert.equal(server.port, port);

    const again = tusClient(server, token);
    const offset = await settledOffset(again, created.url!);
    assert.ok(offset > 0 && offset <= 6 * MB, `offset ${offset}`);
    const done = await again.patch(created.url!, offset, file.subarray(offset));
    assert.equal(done.status, 204, JSON.stringify(done.json));
    const stored = fs.readFileSync(path.join(dataDir, 'documents', uploadIdOf(created.url!)));
    assert.equal(sha256(stored), sha256(file));
    const list = await raw(server, 'GET', `/v1/applications/${application.id}/documents`, { token });
    assert.equal(list.json.data[0].sha256, sha256(file));
  } finally {
    await server.close();
  }
});

test('a PNG renamed .pdf is refused on its bytes, and nothing of it is kept', async () => {
  const { application, tus, token } = await agentWithDraft();
  const file = pngBytes(50_000);
  const created = await tus.create(mayorLetter(application.id, 'lettre.pdf'), file.length);
  assert.equal(created.status, 201);
  const refused = await tus.patch(created.url!, 0, file);
  assert.equal(refused.status, 415);
  assert.match(refused.headers.get('content-type')!, /application\/problem\+json/);
  assert.equal(refused.json.code, 'document_content_mismatch');
  assert.match(refused.json.detail, /PNG/);
  assert.equal(refused.headers.get('qmi-document-id'), null);
  assert.equal((await tus.head(created.url!)).status, 404);
  assert.equal(fs.existsSync(path.join(sandbox.dataDir, 'uploads', uploadIdOf(created.url!))), false);
  assert.equal(fs.existsSync(path.join(sandbox.dataDir, 'documents', uploadIdOf(created.url!))), false);
  const list = await raw(sandbox, 'GET', `/v1/applications/${application.id}/documents`, { token });
  assert.deepEqual(list.json.data, []);
});

test('an oversized upload is stopped at the limit: refused at creation, and bytes beyond Upload-Length are refused', async () => {
  const { application, tus } = await agentWithDraft();
  const tooBig = await tus.create(mayorLetter(application.id), 10 * 1024 * 1024 + 1, { 'accept-language': 'en' });
  assert.equal(tooBig.status, 413);
  assert.equal(tooBig.json.code, 'document_too_large');
  assert.equal(tooBig.json.title, 'This file exceeds the maximum size allowed.');
  assert.equal(tooBig.json.maxSizeBytes, 10 * 1024 * 1024);
  assert.equal(tooBig.url, undefined);

  const created = await tus.create(mayorLetter(application.id), 1000);
  assert.equal(created.status, 201);
  const overflow = await tus.patch(created.url!, 0, pdfBytes(2000));
  assert.equal(overflow.status, 413);
  assert.equal(overflow.json.code, 'upload_length_exceeded');
  assert.equal((await tus.head(created.url!)).offset, 0);

  const deferred = await tus.create(mayorLetter(application.id), undefined, { 'upload-defer-length': '1' });
  assert.equal(deferred.status, 400);
  assert.equal(deferred.json.code, 'upload_length_required');
});

test('creation refuses what the rules of the kind refuse, with stable codes in French by default', async () => {
  const { application, tus } = await agentWithDraft();
  const unknownKind = await tus.create({ ...mayorLetter(application.id), kind: 'cv' }, 100);
  assert.equal(unknownKind.status, 422);
  assert.equal(unknownKind.json.code, 'document_kind_unknown');
  assert.equal(unknownKind.json.title, 'Ce type de document n’est pas demandé par cet appel.');

  const docx = await tus.create(mayorLetter(application.id, 'lettre.docx'), 100);
  assert.equal(docx.status, 415);
  assert.equal(docx.json.code, 'document_type_not_accepted');
  assert.match(docx.json.detail, /PDF/);

  const lying = await tus.create({ ...mayorLetter(application.id), filetype: 'image/png' }, 100);
  assert.equal(lying.status, 415);
  assert.equal(lying.json.code, 'document_content_mismatch');

  const noPartner = await tus.create(
    { applicationId: application.id, kind: 'partner_support', filename: 'soutien.pdf', filetype: 'application/pdf' },
    100,
  );
  assert.equal(noPartner.status, 422);
  assert.equal(noPartner.json.code, 'partner_unknown');
  const strangerPartner = await tus.create(
    { applicationId: application.id, kind: 'partner_support', filename: 'soutien.pdf', partnerId: 'partner-x' },
    100,
  );
  assert.equal(strangerPartner.json.code, 'partner_unknown');

  const missing = await tus.create({ kind: 'mayor_letter', filename: 'x.pdf' }, 100);
  assert.equal(missing.status, 422);
  assert.deepEqual(
    missing.json.errors.map((e: { path: string }) => e.path),
    ['applicationId'],
  );

  // The mayor's letter is one file: a second one is refused before any byte is sent.
  const first = await tus.create(mayorLetter(application.id), 1000);
  assert.equal((await tus.patch(first.url!, 0, pdfBytes(1000))).status, 204);
  const second = await tus.create(mayorLetter(application.id), 1000);
  assert.equal(second.status, 409);
  assert.equal(second.json.code, 'document_limit_reached');
});

test('uploads belong to the account that created them; others get 404, and no token gets 401', async () => {
  const owner = await agentWithDraft();
  const other = await agentWithDraft();
  const created = await owner.tus.create(sectorSheet(owner.application.id), 2000);
  assert.equal(created.status, 201);

  assert.equal((await other.tus.head(created.url!)).status, 404);
  const patch = await other.tus.patch(created.url!, 0, pdfBytes(2000));
  assert.equal(patch.status, 404);
  assert.equal(patch.json.code, 'not_found');
  assert.equal((await other.tus.terminate(created.url!)).status, 404);
  assert.equal((await owner.tus.head(created.url!)).offset, 0);

  // Someone else's dossier: as if it did not exist, whatever the client puts in its metadata.
  const foreign = await other.tus.create(
    { ...sectorSheet(owner.application.id), qmiAccountId: other.agent.session.account.id },
    100,
  );
  assert.equal(foreign.status, 404);

  const anonymous = await tusClient(sandbox, undefined).head(created.url!);
  assert.equal(anonymous.status, 401);
  assert.equal((await tusClient(sandbox, undefined).create(sectorSheet(owner.application.id), 100)).status, 401);
});

test('the creator may terminate an upload in progress; a finished one is only removed through its document', async () => {
  const { application, tus, token } = await agentWithDraft();
  const created = await tus.create(sectorSheet(application.id), 5000);
  assert.equal((await tus.patch(created.url!, 0, pdfBytes(5000).subarray(0, 2000))).status, 204);
  const terminated = await tus.terminate(created.url!);
  assert.equal(terminated.status, 204);
  assert.equal((await tus.head(created.url!)).status, 404);
  assert.equal(fs.existsSync(path.join(sandbox.dataDir, 'uploads', uploadIdOf(created.url!))), false);

  const finished = await tus.create(sectorSheet(application.id), 3000);
  const done = await tus.patch(finished.url!, 0, pdfBytes(3000));
  assert.equal(done.status, 204);
  const afterwards = await tus.terminate(finished.url!);
  // The finished upload is gone from tus: its bytes are the document's now.
  assert.equal(afterwards.status, 404);
  assert.match(afterwards.headers.get('content-type')!, /problem\+json/);
  assert.ok(fs.existsSync(path.join(sandbox.dataDir, 'documents', uploadIdOf(finished.url!))));
  const list = await raw(sandbox, 'GET', `/v1/applications/${application.id}/documents`, { token });
  assert.deepEqual(
    list.json.data.map((d: { id: string }) => d.id),
    [done.headers.get('qmi-document-id')],
  );
});

test('no upload after the deadline, even one started before it', async () => {
  const { application, tus } = await agentWithDraft();
  const org = await raw(sandbox, 'POST', '/v1/sessions', {
    body: JSON.stringify(ORGANISER),
    headers: { 'content-type': 'application/json' },
  });
  const setClock = (now: string) =>
    raw(sandbox, 'PUT', '/v1/sandbox/clock', {
      token: org.json.token,
      body: JSON.stringify({ now }),
      headers: { 'content-type': 'application/json' },
    });
  // Created before the deadline, finished after it: the last byte is judged at the time it arrives.
  const created = await tus.create(mayorLetter(application.id), 1000);
  assert.equal((await setClock('2024-01-12T23:00:00Z')).status, 200);
  try {
    const late = await tus.create(mayorLetter(application.id), 1000);
    assert.equal(late.status, 409);
    assert.equal(late.json.code, 'call_closed');
    const finished = await tus.patch(created.url!, 0, pdfBytes(1000));
    assert.equal(finished.status, 409);
    assert.equal(finished.json.code, 'call_closed');
  } finally {
    await setClock(INSIDE_WINDOW);
  }
});

test('tus discovery and CORS: partner pages may speak tus and read the offsets and the document id', async () => {
  const partner = 'https://www.ville-partenaire.example';
  const withCors = await startTestSandbox({ allowedOrigins: [partner] });
  const discovery = await raw(withCors, 'OPTIONS', '/v1/uploads');
  assert.equal(discovery.status, 204);
  assert.equal(discovery.headers.get('tus-version'), '1.0.0');
  assert.match(discovery.headers.get('tus-extension')!, /creation/);
  assert.match(discovery.headers.get('tus-extension')!, /termination/);
  assert.equal(
    Number(discovery.headers.get('tus-max-size')),
    Math.max(...QMI_2.documentKinds.map((k) => k.maxSizeBytes)),
  );

  const preflight = await raw(withCors, 'OPTIONS', '/v1/uploads/abc', {
    headers: {
      origin: partner,
      'access-control-request-method': 'PATCH',
      'access-control-request-headers': 'authorization,tus-resumable,upload-offset,content-type',
    },
  });
  assert.equal(preflight.status, 204);
  assert.equal(preflight.headers.get('access-control-allow-origin'), partner);
  for (const header of ['Tus-Resumable', 'Upload-Offset', 'Upload-Metadata', 'Upload-Length']) {
    assert.match(preflight.headers.get('access-control-allow-headers')!, new RegExp(header, 'i'));
  }
  assert.match(preflight.headers.get('access-control-allow-methods')!, /HEAD/);

  const { application, token } = await agentWithDraft(withCors);
  const created = await fetch(`${withCors.url}/v1/uploads`, {
    method: 'POST',
    headers: {
      origin: partner,
      authorization: `Bearer ${token}`,
      'tus-resumable': '1.0.0',
      'upload-length': '10',
      'upload-metadata':
        'applicationId ' +
        Buffer.from(application.id).toString('base64') +
        ',kind bWF5b3JfbGV0dGVy,filename bGV0dHJlLnBkZg==',
    },
  });
  assert.equal(created.status, 201);
  assert.equal(created.headers.get('access-control-allow-origin'), partner);
  const exposed = created.headers.get('access-control-expose-headers')!;
  for (const header of ['Location', 'Upload-Offset', 'Upload-Expires', 'Tus-Resumable', 'Qmi-Document-Id'])
    assert.match(exposed, new RegExp(header, 'i'));
  const stranger = await raw(withCors, 'OPTIONS', '/v1/uploads', {
    headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
  });
  assert.equal(stranger.headers.get('access-control-allow-origin'), null);
});

test('tus protocol errors are problem+json too: no Tus-Resumable, a wrong offset, a GET on an upload', async () => {
  const { application, tus, token } = await agentWithDraft();
  const noVersion = await raw(sandbox, 'POST', '/v1/uploads', { token, headers: { 'upload-length': '10' } });
  assert.equal(noVersion.status, 412);
  assert.equal(noVersion.json.code, 'tus_resumable_required');
  const created = await tus.create(sectorSheet(application.id), 3000);
  const wrongOffset = await tus.patch(created.url!, 100, pdfBytes(200));
  assert.equal(wrongOffset.status, 409);
  assert.equal(wrongOffset.json.code, 'upload_offset_mismatch');
  const get = await raw(sandbox, 'GET', new URL(created.url!).pathname, { token });
  assert.equal(get.status, 405);
  assert.equal(get.json.code, 'method_not_allowed');
});

test('office documents are told apart on their bytes: ODT by its mimetype entry, DOCX by its word/ parts', async () => {
  const { application, tus, token } = await agentWithDraft();
  const odt = storedZip([
    ['mimetype', 'application/vnd.oasis.opendocument.text'],
    ['content.xml', '<office:document-content/>'],
  ]);
  // A large part before word/: the sniffer reads the central directory, not just the first bytes.
  const docx = storedZip([
    ['[Content_Types].xml', '<Types/>'],
    ['docProps/thumbnail.jpeg', randomBytes(200_000)],
    ['word/document.xml', '<w:document/>'],
  ]);
  const xlsx = storedZip([
    ['[Content_Types].xml', '<Types/>'],
    ['xl/workbook.xml', '<workbook/>'],
  ]);
  const send = async (filename: string, file: Buffer) => {
    const created = await tus.create({ applicationId: application.id, kind: 'sector_sheet', filename }, file.length);
    assert.equal(created.status, 201, JSON.stringify(created.json));
    return tus.patch(created.url!, 0, file);
  };
  assert.equal((await send('fiche.odt', odt)).status, 204);
  assert.equal((await send('fiche.docx', docx)).status, 204);
  const spreadsheet = await send('tableau.docx', xlsx);
  assert.equal(spreadsheet.status, 415);
  assert.equal(spreadsheet.json.code, 'document_content_mismatch');
  const odtAsDocx = await send('fiche2.docx', odt);
  assert.equal(odtAsDocx.json.code, 'document_content_mismatch');
  const list = await raw(sandbox, 'GET', `/v1/applications/${application.id}/documents`, { token });
  assert.deepEqual(
    list.json.data.map((d: { mediaType: string }) => d.mediaType),
    [
      'application/vnd.oasis.opendocument.text',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
  );
});

test('creation-with-upload: a small file in one POST becomes a document at once, Idempotency-Key or not', async () => {
  const { application, token } = await agentWithDraft();
  for (const headers of [{}, { 'idempotency-key': 'une-cle-quelconque' }] as Record<string, string>[]) {
    const file = pdfBytes(800);
    const created = await fetch(`${sandbox.url}/v1/uploads`, {
      method: 'POST',
      headers: {
        ...headers,
        authorization: `Bearer ${token}`,
        'tus-resumable': '1.0.0',
        'upload-length': String(file.length),
        'content-type': 'application/offset+octet-stream',
        'upload-metadata': `applicationId ${Buffer.from(application.id).toString('base64')},kind ${Buffer.from('sector_sheet').toString('base64')},filename ${Buffer.from('x.pdf').toString('base64')}`,
      },
      body: new Uint8Array(file),
    });
    assert.equal(created.status, 201, await created.text());
    assert.equal(created.headers.get('upload-offset'), String(file.length));
    assert.match(created.headers.get('qmi-document-id')!, /^doc_/);
  }
  assert.equal(
    (await raw(sandbox, 'GET', `/v1/applications/${application.id}/documents`, { token })).json.data.length,
    2,
  );
});
