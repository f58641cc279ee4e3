import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { exampleDossier } from '@qmi/core/testing';
import { openDatabase } from '../src/db/database.js';
import { personalDataEraser } from '../src/retention/erase-personal-data.js';
import {
  applicant,
  CALL_WITHOUT_DOCUMENTS,
  nextCommune,
  organiser,
  raw,
  readyDossier,
  startTestSandbox,
  verifiedAgent,
} from './helpers.js';
import { shareWith } from './sharing-helpers.js';
import { pdfBytes, tusClient } from './upload-helpers.js';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const sandbox = await startTestSandbox();

/** `qmi-sandbox erase-personal-data` on the sandbox's data folder, at a platform time of `now`: its JSON report. */
async function erasePersonalData(now: string, ...args: string[]) {
  const { stdout } = await promisify(execFile)(process.execPath, [CLI, 'erase-personal-data', ...args], {
    env: { ...process.env, QMI_DATA_DIR: sandbox.dataDir, QMI_NOW: now, QMI_ORGANISERS: '' },
  });
  return JSON.parse(stdout) as { dryRun: boolean; now: string; erased: Array<{ applicationId: string }> };
}

test('a year after the deadline, the command erases the people from a draft never submitted: contacts, messages, documents, editors', async () => {
  const owner = await applicant(sandbox);
  const editor = await applicant(sandbox);
  const created = await owner.applications.create('qmi-2', { commune: nextCommune() });
  const dossier = exampleDossier();
  await owner.applications.update(created.id, dossier, { ifMatch: created.revision });
  await owner.messages.send(created.id, { body: 'Contact : Camille Martin, 06 12 34 56 78.' });
  await shareWith(sandbox, owner, created.id, editor);
  const tus = tusClient(sandbox, owner.session.token);
  const file = pdfBytes(20_000);
  const upload = await tus.create(
    { applicationId: created.id, kind: 'sector_sheet', filename: 'Fiche.pdf', filetype: 'application/pdf' },
    file.length,
  );
  const documentId = (await tus.patch(upload.url!, 0, file)).headers.get('qmi-document-id')!;
  const documentFiles = () => fs.readdirSync(path.join(sandbox.dataDir, 'documents'));
  assert.equal(documentFiles().length, 1);

  const before = await owner.applications.get(created.id);
  // QMI 2 closed on 2024-01-12 and keeps personal data 12 months: nothing is due before 2025-01-12.
  assert.deepEqual((await erasePersonalData('2024-12-01T00:00:00Z', '--dry-run')).erased, []);
  const preview = await erasePersonalData('2025-02-01T00:00:00Z', '--dry-run');
  assert.deepEqual(
    preview.erased.map((entry) => entry.applicationId),
    [created.id],
  );
  assert.equal((await owner.applications.get(created.id)).revision, before.revision, 'a dry run changes nothing');

  const report = await erasePersonalData('2025-02-01T00:00:00Z');
  assert.equal(report.dryRun, false);
  assert.deepEqual(
    report.erased.map((entry) => entry.applicationId),
    [created.id],
  );
  const after = await owner.applications.get(created.id);
  assert.equal(after.applicant?.contact, undefined);
  assert.equal(after.team?.agent, undefined);
  assert.ok(after.partners?.every((partner) => partner.contact === undefined));
  assert.equal(after.challenge?.title, dossier.challenge.title, 'the project itself stays');
  assert.deepEqual(await owner.messages.list(created.id), []);
  const documents = await raw(sandbox, 'GET', `/v1/applications/${created.id}/documents/${documentId}`, {
    token: owner.session.token,
    headers: { accept: 'application/json' },
  });
  assert.equal(documents.status, 404);
  assert.deepEqual(documentFiles(), [], 'the file is gone too');
  assert.equal(
    (await raw(sandbox, 'GET', `/v1/applications/${created.id}`, { token: editor.session.token })).status,
    404,
  );
  const history = await (await organiser(sandbox)).applications.history(created.id);
  assert.equal(history.at(-1)?.action, 'personal_data_erased');
  assert.equal(history.at(-1)?.actorRole, 'platform');
  // What happened stays (who acted, when); the addresses invited and the reasons given do not.
  assert.ok(history.some((entry) => entry.action === 'invitation_sent'));
  assert.ok(!JSON.stringify(history).includes(editor.session.account.email), 'no address left in the history');

  // Run again (monthly, from cron): each dossier is erased once.
  assert.deepEqual((await erasePersonalData('2025-03-01T00:00:00Z')).erased, []);
});

/** A dossier of CALL_WITHOUT_DOCUMENTS submitted by its commune's verified agent, then decided by the organiser. */
async function decidedDossier(...actions: Array<'declare_eligible' | 'select' | 'reject'>) {
  const commune = nextCommune();
  const agent = await verifiedAgent(sandbox, commune);
  const created = await agent.applications.create(CALL_WITHOUT_DOCUMENTS.id, { commune });
  const filled = await agent.applications.update(created.id, readyDossier(), { ifMatch: created.revision });
  let dossier = await agent.applications.submit(created.id, { ifMatch: filled.revision });
  const instructor = await organiser(sandbox);
  for (const action of actions)
    ({ application: dossier } = await instructor.applications.decide(dossier.id, { action }));
  return { agent, dossier };
}

test('a dossier not selected is erased a retention period after its decision; a selected one is kept', async () => {
  const notSelected = await decidedDossier('declare_eligible', 'reject');
  const selected = await decidedDossier('declare_eligible', 'select');
  assert.equal(notSelected.dossier.status, 'not_selected');
  const call = { ...CALL_WITHOUT_DOCUMENTS, personalDataRetentionMonths: 12 };
  const db = openDatabase(sandbox.dataDir);
  try {
    const retention = personalDataEraser(db);
    // Decided on the sandbox's clock (December 2023): due in December 2024.
    const ids = (now: string) =>
      retention
        .due([call], now)
        .map((entry) => entry.applicationId)
        .filter((id) => id === notSelected.dossier.id || id === selected.dossier.id);
    assert.deepEqual(ids('2024-11-01T00:00:00Z'), []);
    assert.deepEqual(ids('2025-01-01T00:00:00Z'), [notSelected.dossier.id]);
    retention.run([call], '2025-01-01T00:00:00Z');
  } finally {
    db.close();
  }
  assert.equal((await notSelected.agent.applications.get(notSelected.dossier.id)).applicant?.contact, undefined);
  assert.ok(
    (await selected.agent.applications.get(selected.dossier.id)).applicant?.contact,
    'the selected commune’s contacts stay',
  );
});
