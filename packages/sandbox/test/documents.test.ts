import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { QMI_2 } from '@qmi/core';
import { exampleDossier } from '@qmi/core/testing';
import * as tus from 'tus-js-client';
import { EICAR, eicarTestScanner, type Sandbox } from '../src/index.js';
import { applicant, nextCommune, organiser, raw, startTestSandbox, verifiedAgent } from './helpers.js';
import { pdfBytes, pngBytes, sha256, tusClient } from './upload-helpers.js';

// The EICAR scanner is on for this whole file: every accepted upload below also passed a scan.
const sandbox = await startTestSandbox({ scanner: eicarTestScanner });

async function agentWithDraft(target: Sandbox = sandbox, verified = false) {
  const commune = nextCommune();
  // A verified agent's dossier holds the commune's place, which submitting needs.
  const agent = verified ? await verifiedAgent(target, commune) : await applicant(target);
  const application = await agent.applications.create('qmi-2', { commune });
  return { agent, application, token: agent.session.token, tus: tusClient(target, agent.session.token) };
}

/** Uploads a whole file in one PATCH; answers the new document's id. */
async function upload(
  client: ReturnType<typeof tusClient>,
  metadata: Record<string, string>,
  file: Buffer,
): Promise<string> {
  const created = await client.create(metadata, file.length);
  assert.equal(created.status, 201, JSON.stringify(created.json));
  const done = await client.patch(created.url!, 0, file);
  assert.equal(done.status, 204, JSON.stringify(done.json));
  return done.headers.get('qmi-document-id')!;
}

/** The official tus client, unchanged, with the bearer token as its only addition. */
function tusJsUpload(url: string, token: string, file: Buffer, metadata: Record<string, string>) {
  return new Promise<{ documentId: string | undefined; url: string | null }>((resolve, reject) => {
    let documentId: string | undefined;
    const upload = new tus.Upload(file, {
      endpoint: `${url}/v1/uploads`,
      headers: { authorization: `Bearer ${token}` },
      metadata,
      chunkSize: 256 * 1024,
      retryDelays: [0, 100],
      onAfterResponse: (_req, res) => {
        documentId = res.getHeader('Qmi-Document-Id') ?? documentId;
      },
      onSuccess: () => resolve({ documentId, url: upload.url }),
      onError: reject,
    });
    upload.start();
  });
}

test('the official tus-js-client uploads to the sandbox unchanged, and the document appears in the list', async () => {
  const { application, token } = await agentWithDraft();
  const file = pdfBytes(1_500_000);
  const { documentId, url } = await tusJsUpload(sandbox.url, token, file, {
    applicationId: application.id,
    kind: 'sector_sheet',
    filename: 'Fiche secteur Pleyel.pdf',
    filetype: 'application/pdf',
  });
  assert.ok(url?.includes('/v1/uploads/'));
  assert.ok(documentId);
  const list = await raw(sandbox, 'GET', `/v1/applications/${application.id}/documents`, { token });
  assert.equal(list.status, 200);
  assert.deepEqual(
    list.json.data.map((d: any) => [d.id, d.kind, d.filename, d.sizeBytes, d.sha256]),
    [[documentId, 'sector_sheet', 'Fiche secteur Pleyel.pdf', file.length, sha256(file)]],
  );
});

test('a document is read as JSON or as its bytes, with a safe name and no sniffing', async () => {
  const { application, token, tus: client } = await agentWithDraft();
  const file = pngBytes(40_000);
  const id = await upload(
    client,
    {
      applicationId: application.id,
      kind: 'sector_sheet',
      filename: '..\\..\\Plan du secteur\u0007 e\u0301te\u0301.png',
      filetype: 'image/png',
    },
    file,
  );

  const json = await raw(sandbox, 'GET', `/v1/applications/${application.id}/documents/${id}`, {
    token,
    headers: { accept: 'application/json' },
  });
  assert.equal(json.status, 200);
  assert.equal(json.json.id, id);
  assert.equal(json.json.filename, 'Plan du secteur été.png');
  assert.equal(json.json.filename, json.json.filename.normalize('NFC'));
  assert.equal(json.json.mediaType, 'image/png');

  const content = await fetch(`${sandbox.url}/v1/applications/${application.id}/documents/${id}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  assert.equal(content.status, 200);
  assert.equal(content.headers.get('content-type'), 'image/png');
  assert.equal(content.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(
    content.headers.get('content-disposition'),
    `attachment; filename="Plan du secteur ete.png"; filename*=UTF-8''Plan%20du%20secteur%20%C3%A9t%C3%A9.png`,
  );
  assert.equal(sha256(Buffer.from(await content.arrayBuffer())), sha256(file));

  const missing = await raw(sandbox, 'GET', `/v1/applications/${application.id}/documents/doc_nope`, { token });
  assert.equal(missing.status, 404);
  assert.equal(missing.json.code, 'not_found');
});

test('another account can neither read nor delete a document (404); the owner deletes it, bytes included', async () => {
  const { application, token, tus: client } = await agentWithDraft();
  const id = await upload(
    client,
    { applicationId: application.id, kind: 'mayor_letter', filename: 'lettre.pdf' },
    pdfBytes(5000),
  );
  const stranger = (await agentWithDraft()).token;
  const base = `/v1/applications/${application.id}/documents`;
  assert.equal((await raw(sandbox, 'GET', `${base}/${id}`, { token: stranger })).status, 404);
  assert.equal(
    (await raw(sandbox, 'GET', `${base}/${id}`, { token: stranger, headers: { accept: 'application/json' } })).status,
    404,
  );
  assert.equal((await raw(sandbox, 'GET', base, { token: stranger })).status, 404);
  const refused = await raw(sandbox, 'DELETE', `${base}/${id}`, { token: stranger });
  assert.equal(refused.status, 404);
  assert.equal(refused.json.code, 'not_found');
  const org = await organiser(sandbox);
  assert.equal((await raw(sandbox, 'DELETE', `${base}/${id}`, { token: org.session.token })).status, 403);

  const storedFiles = () => fs.readdirSync(path.join(sandbox.dataDir, 'documents')).length;
  const before = storedFiles();
  const deleted = await raw(sandbox, 'DELETE', `${base}/${id}`, { token });
  assert.equal(deleted.status, 204);
  assert.equal(storedFiles(), before - 1);
  assert.deepEqual((await raw(sandbox, 'GET', base, { token })).json.data, []);
  assert.equal((await raw(sandbox, 'GET', `${base}/${id}`, { token })).status, 404);
  assert.equal((await raw(sandbox, 'DELETE', `${base}/${id}`, { token })).status, 404);
  // The mayor's letter slot is free again.
  await upload(
    client,
    { applicationId: application.id, kind: 'mayor_letter', filename: 'lettre-v2.pdf' },
    pdfBytes(5000),
  );
});

test('the scanner hook refuses the EICAR test file: no document, no bytes', async () => {
  const { application, token, tus: client } = await agentWithDraft();
  const infected = Buffer.concat([
    Buffer.from('%PDF-1.7\n'),
    pdfBytes(300_000).subarray(9),
    Buffer.from(EICAR),
    Buffer.from('\n%%EOF\n'),
  ]);
  const created = await client.create(
    { applicationId: application.id, kind: 'mayor_letter', filename: 'lettre.pdf' },
    infected.length,
  );
  const refused = await client.patch(created.url!, 0, infected);
  assert.equal(refused.status, 422);
  assert.equal(refused.json.code, 'document_rejected');
  assert.match(refused.json.detail, /EICAR/);
  assert.deepEqual(
    (await raw(sandbox, 'GET', `/v1/applications/${application.id}/documents`, { token })).json.data,
    [],
  );
  const id = new URL(created.url!).pathname.split('/').pop()!;
  assert.equal(fs.existsSync(path.join(sandbox.dataDir, 'uploads', id)), false);
  assert.equal(fs.existsSync(path.join(sandbox.dataDir, 'documents', id)), false);
});

test('the dossier’s total size is capped across its documents', async () => {
  const small = { ...QMI_2, id: 'qmi-2-small', maxTotalDocumentBytes: 10_000 };
  const capped = await startTestSandbox({ calls: [small] });
  const agent = await applicant(capped);
  const application = await agent.applications.create(small.id, { commune: nextCommune() });
  const client = tusClient(capped, agent.session.token);
  await upload(client, { applicationId: application.id, kind: 'sector_sheet', filename: 'a.pdf' }, pdfBytes(6000));
  const over = await client.create({ applicationId: application.id, kind: 'sector_sheet', filename: 'b.pdf' }, 6000);
  assert.equal(over.status, 413);
  assert.equal(over.json.code, 'document_total_exceeded');
  assert.equal(over.json.maxTotalDocumentBytes, 10_000);
});

test('QMI 2 end to end: with every document uploaded the dossier is submitted, then no longer takes uploads', async () => {
  const { agent, application, token, tus: client } = await agentWithDraft(sandbox, true);
  const dossier = exampleDossier();
  dossier.partners = dossier.partners.map((partner) => ({ ...partner, supportLetter: true }));
  await agent.applications.update(application.id, dossier, { ifMatch: application.revision });

  const incomplete = await raw(sandbox, 'POST', `/v1/applications/${application.id}/submit`, { token });
  assert.equal(incomplete.status, 422);
  assert.equal(incomplete.json.code, 'incomplete_application');

  await upload(
    client,
    {
      applicationId: application.id,
      kind: 'mayor_letter',
      filename: 'Lettre du maire.pdf',
      filetype: 'application/pdf',
    },
    pdfBytes(200_000),
  );
  await upload(
    client,
    { applicationId: application.id, kind: 'sector_sheet', filename: 'Fiche Pleyel.png', filetype: 'image/png' },
    pngBytes(100_000),
  );
  for (const partner of dossier.partners) {
    await upload(
      client,
      {
        applicationId: application.id,
        kind: 'partner_support',
        filename: `Soutien ${partner.name}.pdf`,
        partnerId: partner.id,
      },
      pdfBytes(50_000),
    );
  }
  const current = await agent.applications.get(application.id);
  assert.equal(current.documents.length, 2 + dossier.partners.length);
  assert.deepEqual(
    current.documents
      .filter((d) => d.kind === 'partner_support')
      .map((d) => d.partnerId)
      .sort(),
    dossier.partners.map((p) => p.id).sort(),
  );

  const submitted = await agent.applications.submit(application.id, { ifMatch: current.revision });
  assert.equal(submitted.status, 'submitted');

  const late = await client.create(
    { applicationId: application.id, kind: 'sector_sheet', filename: 'annexe.pdf' },
    1000,
  );
  assert.equal(late.status, 409);
  assert.equal(late.json.code, 'not_editable');
  const remove = await raw(
    sandbox,
    'DELETE',
    `/v1/applications/${application.id}/documents/${submitted.documents[0]!.id}`,
    { token },
  );
  assert.equal(remove.status, 409);
  assert.equal(remove.json.code, 'not_editable');
});
