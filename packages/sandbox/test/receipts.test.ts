import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applicationContent } from '@qmi/core';
import {
  CALL_WITHOUT_DOCUMENTS,
  invitedReviewer,
  nextCommune,
  organiser,
  raw,
  readyDossier,
  startTestSandbox,
  verifiedAgent,
} from './helpers.js';
import { canonicalSha256, pdfText, submittedWithDocuments } from './receipt-helpers.js';
import { assignedReviewer } from './review-helpers.js';
import { sha256 } from './upload-helpers.js';

const sandbox = await startTestSandbox();

test('at submission the commune receives its « récépissé de dépôt »: commune, Paris time, each document’s SHA-256, the content digest', async () => {
  const { agent, application, files } = await submittedWithDocuments(sandbox, '94068');

  const [receipt, ...others] = await agent.dossiers.receipts(application.id);
  assert.equal(others.length, 0);
  assert.equal(receipt!.commune, '94068');
  assert.equal(receipt!.communeName, 'Saint-Maur-des-Fossés');
  assert.equal(receipt!.submittedAt, application.submittedAt);
  assert.equal(receipt!.contentSha256, canonicalSha256(applicationContent(application)));
  // Each document's SHA-256 is that of the bytes the commune sent.
  assert.deepEqual(
    receipt!.documents.map((doc) => [doc.name, doc.size, doc.sha256]).sort(),
    files.map((file) => [file.filename, file.bytes.length, sha256(file.bytes)]).sort(),
  );

  const pdf = await agent.dossiers.receiptPdf(application.id, receipt!.id);
  assert.equal(pdf.type, 'application/pdf');
  const bytes = new Uint8Array(await pdf.blob.arrayBuffer());
  assert.equal(sha256(bytes), receipt!.pdfSha256);
  const text = await pdfText(bytes);
  assert.match(text, /Récépissé de dépôt/);
  assert.match(text, /Submission receipt/);
  assert.match(text, /Saint-Maur-des-Fossés \(94068\)/);
  assert.match(text, /Quartiers Métropolitains d’Innovation/);
  // The sandbox's clock starts at 09:00 UTC on 1 December: 10:00 in Paris (and runs on during the test).
  assert.match(text, /1 décembre 2023 à 10:0\d:\d\d \(heure de Paris\)/);
  assert.match(text, /1 December 2023 at 10:0\d:\d\d \(Paris time\)/);
  assert.match(text, new RegExp(agent.session.account.email.replace(/[.]/g, '\\.')));
  assert.ok(text.includes(receipt!.contentSha256), 'the content digest is printed');
  for (const file of files) {
    assert.ok(text.includes(sha256(file.bytes)), `the SHA-256 of ${file.filename} is printed`);
    assert.ok(text.includes(file.filename), `${file.filename} is named`);
  }
  assert.match(text, /sha256sum/);
});

test('the confirmation e-mail carries the receipt PDF, the same bytes as the one downloaded', async () => {
  const { agent, application } = await submittedWithDocuments(sandbox, '93008');
  const mail = await sandbox.mail!.waitFor(agent.session.account.email, /récépissé/i);
  assert.match(mail.subject, /Bobigny/);
  const [attachment] = mail.attachments;
  assert.ok(attachment, 'a file is attached');
  assert.equal(attachment.contentType, 'application/pdf');
  assert.equal(attachment.filename, 'recepisse-bobigny-2023-12-01.pdf');
  const [receipt] = await agent.dossiers.receipts(application.id);
  assert.equal(sha256(attachment.content), receipt!.pdfSha256);
  assert.match(await pdfText(attachment.content), /Bobigny \(93008\)/);
  // The same event in-app, for <qmi-notifications>.
  const notifications = await agent.notifications.list();
  assert.ok(notifications.some((n) => n.kind === 'submitted' && n.applicationId === application.id));
});

test('an English-speaking agent gets the e-mail in English, with the same bilingual receipt', async () => {
  const commune = nextCommune();
  const agent = await verifiedAgent(sandbox, commune);
  await agent.account.update({ lang: 'en' });
  const created = await agent.applications.create(CALL_WITHOUT_DOCUMENTS.id, { commune });
  const filled = await agent.applications.update(created.id, readyDossier(), { ifMatch: created.revision });
  await agent.applications.submit(filled.id, { ifMatch: filled.revision });
  const mail = await sandbox.mail!.waitFor(agent.session.account.email, /receipt/i);
  assert.match(mail.text, /submitted/);
  assert.equal(mail.attachments[0]?.contentType, 'application/pdf');
  assert.match(mail.attachments[0]!.filename, /^recepisse-.+-2023-12-01\.pdf$/);
});

test('organisers download the receipt; an agent of another commune cannot even see that it exists', async () => {
  const { agent, application } = await submittedWithDocuments(sandbox, '92063');
  const [receipt] = await agent.dossiers.receipts(application.id);
  const org = await organiser(sandbox);
  assert.deepEqual(await org.dossiers.receipts(application.id), [receipt]);
  const answer = await raw(sandbox, 'GET', `/v1/applications/${application.id}/receipts/${receipt!.id}.pdf`, {
    token: org.session.token,
  });
  assert.equal(answer.status, 200);
  assert.equal(answer.headers.get('content-type'), 'application/pdf');
  assert.match(answer.headers.get('content-disposition')!, /^attachment; filename="recepisse-/);
  assert.match(answer.headers.get('cache-control')!, /no-store/);

  const stranger = await verifiedAgent(sandbox, nextCommune());
  for (const path of [`/receipts`, `/receipts/${receipt!.id}.pdf`]) {
    const refused = await raw(sandbox, 'GET', `/v1/applications/${application.id}${path}`, {
      token: stranger.session.token,
    });
    assert.equal(refused.status, 404, path);
  }
  const unknown = await raw(sandbox, 'GET', `/v1/applications/${application.id}/receipts/rcp_nope.pdf`, {
    token: agent.session.token,
  });
  assert.equal(unknown.status, 404);
  assert.equal(unknown.json.code, 'not_found');
});

test('each submission issues its own receipt: after changes were requested, the second one lists what was resubmitted', async () => {
  const { agent, application } = await submittedWithDocuments(sandbox, '94017');
  const org = await organiser(sandbox);
  await org.applications.decide(application.id, {
    action: 'request_changes',
    comment: 'Précisez le défi.',
    fields: ['challenge.title'],
  });
  const back = await agent.applications.get(application.id);
  const changed = await agent.applications.update(
    application.id,
    { challenge: { ...back.challenge, title: 'Un défi revu' } },
    { ifMatch: back.revision },
  );
  const resubmitted = await agent.applications.submit(application.id, { ifMatch: changed.revision });
  const receipts = await agent.dossiers.receipts(application.id);
  assert.equal(receipts.length, 2);
  assert.equal(receipts[1]!.submittedAt, resubmitted.submittedAt);
  assert.notEqual(receipts[0]!.contentSha256, receipts[1]!.contentSha256);
  assert.equal(receipts[1]!.contentSha256, canonicalSha256(applicationContent(resubmitted)));
});

test('a dossier never submitted has no receipt', async () => {
  const commune = nextCommune();
  const agent = await verifiedAgent(sandbox, commune);
  const draft = await agent.applications.create(CALL_WITHOUT_DOCUMENTS.id, { commune });
  assert.deepEqual(await agent.dossiers.receipts(draft.id), []);
});

test('a reviewer assigned to the dossier reads its receipt and ZIP; after declaring a conflict of interest, neither', async () => {
  const { application } = await submittedWithDocuments(sandbox, '93055');
  const reviewer = await assignedReviewer(sandbox, application.id);
  const [receipt] = await reviewer.dossiers.receipts(application.id);
  const pdf = await reviewer.dossiers.receiptPdf(application.id, receipt!.id);
  assert.equal(sha256(new Uint8Array(await pdf.blob.arrayBuffer())), receipt!.pdfSha256);
  assert.equal((await reviewer.dossiers.zip(application.id)).type, 'application/zip');

  const outsider = await invitedReviewer(sandbox);
  const hidden = await raw(sandbox, 'GET', `/v1/applications/${application.id}/receipts`, {
    token: outsider.session.token,
  });
  assert.equal(hidden.status, 404);

  await reviewer.assignments.declareConflict(application.id, { reason: 'Ancien employeur.' });
  for (const path of ['/receipts', `/receipts/${receipt!.id}.pdf`, '/documents.zip']) {
    const refused = await raw(sandbox, 'GET', `/v1/applications/${application.id}${path}`, {
      token: reviewer.session.token,
    });
    assert.equal(refused.status, 403, path);
    assert.equal(refused.json.code, 'conflict_of_interest');
  }
});
