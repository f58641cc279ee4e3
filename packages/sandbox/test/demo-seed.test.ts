import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { createClient, QMI_2 } from '@qmi/core';
import { DEMO_REVIEWER_PASSWORD, DEMO_REVIEWERS } from '../src/demo-seed.js';
import { organiser, startTestSandbox } from './helpers.js';

const DEMO = { email: 'mairie.demo@qmi.example', password: 'commune-demo-2023' };

test('npm start’s demo opens the organisers’ board on dossiers in every state, with two reviewers who can sign in', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmi-demo-seed-'));
  const first = await startTestSandbox({ dataDir, demoAccount: DEMO, demoCommune: '93066', demoDossiers: true });
  const board = await (await organiser(first)).board.get(QMI_2.id);
  // The demo commune's own draft (Saint-Denis) besides the seeded ones.
  assert.deepEqual(board.counts, { draft: 3, submitted: 2, changes_requested: 1, eligible: 1, selected: 1 });
  assert.equal(board.selected, 1);
  const eligible = board.rows.find((row) => row.status === 'eligible')!;
  assert.deepEqual(eligible.assessments, { submitted: 2, expected: 2 });
  assert.deepEqual(
    eligible.reviewers.map((reviewer) => reviewer.organisation),
    ['ADEME', 'RATP'],
  );
  assert.ok(board.rows.find((row) => row.status === 'selected')!.agreementDeadline);

  const expert = createClient({ baseUrl: first.url });
  const session = await expert.auth.signIn({ email: DEMO_REVIEWERS[0].email, password: DEMO_REVIEWER_PASSWORD });
  assert.equal(session.account.role, 'reviewer');
  const theirs = await expert.board.get(QMI_2.id);
  assert.deepEqual(theirs.counts, { submitted: 1, eligible: 1, selected: 1 });
  await first.close();

  // A database that holds dossiers is left as it is at the next start.
  const second = await startTestSandbox({ dataDir, demoAccount: DEMO, demoCommune: '93066', demoDossiers: true });
  assert.deepEqual((await (await organiser(second)).board.get(QMI_2.id)).counts, board.counts);
});

test('npm start’s demo dossiers past the draft are complete on the board, with documents that open and receipts that list their real SHA-256', async () => {
  const sandbox = await startTestSandbox({ demoDossiers: true });
  const client = await organiser(sandbox);
  const board = await client.board.get(QMI_2.id);
  const sent = board.rows.filter((row) => row.status !== 'draft');
  assert.equal(sent.length, 5);
  assert.deepEqual(
    sent.map((row) => [row.status, row.complete, row.missing]),
    sent.map((row) => [row.status, true, 0]),
    'every dossier sent to the organisers is complete',
  );
  for (const row of sent) {
    const documents = await client.documents.list(row.id);
    // The mayor's letter, the sector sheet and one support letter per declared partner.
    assert.deepEqual(documents.map((doc) => doc.kind).sort(), [
      'mayor_letter',
      'partner_support',
      'partner_support',
      'sector_sheet',
    ]);
    const [receipt, ...others] = await client.dossiers.receipts(row.id);
    assert.equal(others.length, 0, 'one receipt per submission');
    assert.equal(receipt!.submittedAt, row.submittedAt);
    for (const doc of documents) {
      const file = await fetch(`${sandbox.url}/v1/applications/${row.id}/documents/${doc.id}`, {
        headers: { authorization: `Bearer ${client.session.token}` },
      });
      assert.equal(file.status, 200, `${doc.filename} opens`);
      const bytes = Buffer.from(await file.arrayBuffer());
      assert.equal(bytes.subarray(0, 5).toString(), '%PDF-', `${doc.filename} is a PDF`);
      const digest = createHash('sha256').update(bytes).digest('hex');
      assert.equal(doc.sha256, digest);
      assert.equal(receipt!.documents.find((listed) => listed.id === doc.id)?.sha256, digest);
    }
    const pdf = await client.dossiers.receiptPdf(row.id, receipt!.id);
    assert.equal(pdf.type, 'application/pdf');
  }
});
