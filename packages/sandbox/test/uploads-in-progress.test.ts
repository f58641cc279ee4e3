import { type CallDefinition, QMI_2 } from '@qmi/core';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { Sandbox } from '../src/index.js';
import { applicant, nextCommune, startTestSandbox } from './helpers.js';
import { MB, pdfBytes, pngBytes, tusClient } from './upload-helpers.js';
import { shareWith } from './sharing-helpers.js';

/** QMI 2 with a 3 MB total per dossier, so that the total is reached with a few small files. */
const SMALL_TOTAL: CallDefinition = { ...QMI_2, id: 'qmi-2-petit-total', maxTotalDocumentBytes: 3 * MB };
const sandbox = await startTestSandbox({ calls: [QMI_2, SMALL_TOTAL] });

/** An agent with a fresh draft, a co-editor it shared the draft with, and tus requests for both. */
async function dossierWithCoEditor(target: Sandbox = sandbox, callId = 'qmi-2') {
  const owner = await applicant(target);
  const application = await owner.applications.create(callId, { commune: nextCommune() });
  const colleague = await applicant(target);
  await shareWith(target, owner, application.id, colleague);
  return {
    owner,
    colleague,
    application,
    ownerTus: tusClient(target, owner.session.token),
    colleagueTus: tusClient(target, colleague.session.token),
  };
}

const mayorLetter = (applicationId: string) => ({
  applicationId,
  kind: 'mayor_letter',
  filename: 'lettre-du-maire.pdf',
  filetype: 'application/pdf',
});
const sectorSheet = (applicationId: string) => ({
  applicationId,
  kind: 'sector_sheet',
  filename: 'fiche-secteur.pdf',
  filetype: 'application/pdf',
});
const uploadIdOf = (url: string) => new URL(url).pathname.split('/').pop()!;
const uploadFiles = (target: { dataDir: string }) => fs.readdirSync(path.join(target.dataDir, 'uploads')).sort();
const filesOf = (target: { dataDir: string }, url: string) =>
  uploadFiles(target).filter((name) => name.startsWith(uploadIdOf(url)));

test('a 1-file kind takes one upload in progress: a second one on the dossier is refused before any byte', async () => {
  const { application, ownerTus, colleagueTus } = await dossierWithCoEditor();
  const first = await ownerTus.create(mayorLetter(application.id), 1000);
  assert.equal(first.status, 201);
  // Nothing sent yet, but the slot is taken: the co-editor cannot start another mayor's letter.
  const second = await colleagueTus.create(mayorLetter(application.id), 1000);
  assert.equal(second.status, 409);
  assert.equal(second.json.code, 'document_limit_reached');
  assert.equal(second.url, undefined);

  // Once the first one is given up, the slot is free again.
  assert.equal((await ownerTus.terminate(first.url!)).status, 204);
  const third = await colleagueTus.create(mayorLetter(application.id), 1000);
  assert.equal(third.status, 201);
  assert.equal((await colleagueTus.patch(third.url!, 0, pdfBytes(1000))).status, 204);
});

test('two co-editors starting the last mayor’s letter at the same instant: exactly one is accepted', async () => {
  for (let round = 0; round < 5; round++) {
    const { application, ownerTus, colleagueTus } = await dossierWithCoEditor();
    const answers = await Promise.all([
      ownerTus.create(mayorLetter(application.id), 1000),
      colleagueTus.create(mayorLetter(application.id), 1000),
    ]);
    assert.deepEqual(answers.map((answer) => answer.status).sort(), [201, 409]);
  }
});

test('bytes announced by unfinished uploads count against the dossier’s total', async () => {
  const { application, ownerTus, colleagueTus } = await dossierWithCoEditor(sandbox, SMALL_TOTAL.id);
  assert.equal((await ownerTus.create(sectorSheet(application.id), 2 * MB)).status, 201);
  const over = await colleagueTus.create(sectorSheet(application.id), 2 * MB);
  assert.equal(over.status, 413);
  assert.equal(over.json.code, 'document_total_exceeded');
  assert.equal(over.json.usedBytes, 2 * MB);
  assert.equal((await colleagueTus.create(sectorSheet(application.id), 1 * MB)).status, 201);
});

test('an agent who starts a 1-file document again from scratch replaces their own unfinished upload', async () => {
  const { application, ownerTus } = await dossierWithCoEditor();
  const file = pdfBytes(3000);
  const interrupted = await ownerTus.create(mayorLetter(application.id), file.length);
  assert.equal((await ownerTus.patch(interrupted.url!, 0, file.subarray(0, 1000))).status, 204);

  // The uploader forgot the first upload (another browser, cleared storage): it starts a new one.
  const again = await ownerTus.create(mayorLetter(application.id), file.length);
  assert.equal(again.status, 201, JSON.stringify(again.json));
  assert.equal((await ownerTus.head(interrupted.url!)).status, 404);
  assert.deepEqual(filesOf(sandbox, interrupted.url!), []);
  assert.equal((await ownerTus.patch(again.url!, 0, file)).status, 204);
});

test('a refused creation leaves nothing in the uploads folder and does not hold the slot', async () => {
  const { application, ownerTus, owner } = await dossierWithCoEditor();
  const before = uploadFiles(sandbox);
  const token = owner.session.token;
  const createWithBody = (metadata: Record<string, string>, length: number, body: Buffer) =>
    fetch(`${sandbox.url}/v1/uploads`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'tus-resumable': '1.0.0',
        'upload-length': String(length),
        'content-type': 'application/offset+octet-stream',
        'upload-metadata': Object.entries(metadata)
          .map(([key, value]) => `${key} ${Buffer.from(value).toString('base64')}`)
          .join(','),
      },
      body: new Uint8Array(body),
    });

  // More bytes than announced, in the creation request itself.
  const overflow = await createWithBody(mayorLetter(application.id), 1000, pdfBytes(2000));
  assert.equal(overflow.status, 413);
  assert.equal((await overflow.json()).code, 'upload_length_exceeded');
  // A PNG named .pdf, sent whole with the creation.
  const png = await createWithBody(mayorLetter(application.id), 1000, pngBytes(1000));
  assert.equal(png.status, 415);
  // Refused by the rules before anything is stored.
  const unknownKind = await ownerTus.create({ ...mayorLetter(application.id), kind: 'cv' }, 100);
  assert.equal(unknownKind.status, 422);
  const tooBig = await ownerTus.create(mayorLetter(application.id), 11 * MB);
  assert.equal(tooBig.status, 413);

  assert.deepEqual(uploadFiles(sandbox), before);
  // None of them holds the mayor's letter's one slot.
  assert.equal((await ownerTus.create(mayorLetter(application.id), 1000)).status, 201);
});

test('a co-editor removed from the dossier can no longer send chunks, and their bytes are not kept', async () => {
  const { application, owner, colleague, ownerTus, colleagueTus } = await dossierWithCoEditor();
  const file = pdfBytes(3000);
  const created = await colleagueTus.create(mayorLetter(application.id), file.length);
  assert.equal((await colleagueTus.patch(created.url!, 0, file.subarray(0, 1000))).status, 204);

  await owner.applications.collaborators.remove(application.id, colleague.session.account.id);
  const chunk = await colleagueTus.patch(created.url!, 1000, file.subarray(1000, 2000));
  assert.equal(chunk.status, 404);
  assert.equal(chunk.json.code, 'not_found');
  assert.equal((await colleagueTus.head(created.url!)).status, 404);
  assert.deepEqual(filesOf(sandbox, created.url!), []);
  // Their unfinished upload no longer holds the slot either.
  assert.equal((await ownerTus.create(mayorLetter(application.id), 1000)).status, 201);
});

test('no more chunks once the dossier is withdrawn: the same refusal as a new upload', async () => {
  const { application, owner, ownerTus } = await dossierWithCoEditor();
  const file = pdfBytes(3000);
  const created = await ownerTus.create(sectorSheet(application.id), file.length);
  assert.equal((await ownerTus.patch(created.url!, 0, file.subarray(0, 1000))).status, 204);
  await owner.applications.withdraw(application.id);

  const creation = await ownerTus.create(sectorSheet(application.id), 1000);
  const chunk = await ownerTus.patch(created.url!, 1000, file.subarray(1000));
  assert.equal(chunk.status, creation.status);
  assert.equal(chunk.json.code, creation.json.code);
  assert.equal(chunk.json.code, 'not_editable');
  // The agent may still look at it and give it up.
  assert.equal((await ownerTus.head(created.url!)).offset, 1000);
  assert.equal((await ownerTus.terminate(created.url!)).status, 204);
});

test('unfinished uploads say when they expire (24 h by default)', async () => {
  const { application, ownerTus } = await dossierWithCoEditor();
  const created = await ownerTus.create(sectorSheet(application.id), 1000);
  const expires = Date.parse(created.headers.get('upload-expires')!);
  const hours = (expires - Date.now()) / 3_600_000;
  assert.ok(hours > 23.9 && hours <= 24, `Upload-Expires in ${hours} h`);
});

test('an unfinished upload expires after the configured time: gone, its files removed, its slot free', async () => {
  const quick = await startTestSandbox({ uploadExpirationMs: 600 });
  const { application, ownerTus, colleagueTus } = await dossierWithCoEditor(quick);
  const created = await ownerTus.create(mayorLetter(application.id), 3000);
  assert.equal(created.status, 201);
  assert.equal((await ownerTus.patch(created.url!, 0, pdfBytes(3000).subarray(0, 1000))).status, 204);
  assert.equal(filesOf(quick, created.url!).length, 2);

  await new Promise((resolve) => setTimeout(resolve, 900));
  // Removed by the sweep, without anyone asking.
  assert.deepEqual(filesOf(quick, created.url!), []);
  assert.ok([404, 410].includes((await ownerTus.head(created.url!)).status));
  assert.equal((await colleagueTus.create(mayorLetter(application.id), 1000)).status, 201);
});
