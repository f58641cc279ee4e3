import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openDatabase } from '../src/db/database.js';
import { personalDataEraser } from '../src/retention/erase-personal-data.js';
import {
  applicant,
  CALL_WITHOUT_DOCUMENTS,
  nextCommune,
  organiser,
  PASSWORD,
  readyDossier,
  rejection,
  startTestSandbox,
  submittedDossier,
  verifiedAgent,
} from './helpers.js';
import { uploadFile } from './receipt-helpers.js';
import { assignedReviewer, fullRating } from './review-helpers.js';
import { shareWith } from './sharing-helpers.js';
import { pdfBytes } from './upload-helpers.js';

/*
 * GDPR on the organisers' side (issue 16): what the committee, the accompaniment, the receipts and the
 * notifications hold about a person is in their data export, and goes with their account or with
 * their dossier's retention period, as the rest of their data does.
 */
const sandbox = await startTestSandbox();
const org = await organiser(sandbox);

// Words that name people, as real texts would, distinctive enough to be searched for.
const ADVICE = 'Pouvez-vous relire ? Camille Martin-Okapi, 06 12 34 56 78';
const SECTION_COMMENT = 'Précisez le rôle de Mme Martin-Okapi dans le pilotage.';
const RATING_COMMENT = 'Le maire, M. Durand-Pangolin, porte le projet lui-même.';
const CONFLICT = 'Mon frère Durand-Pangolin est adjoint au maire.';
const ANNOTATION = 'Appelé M. Durand-Pangolin le 3 décembre.';
const SYNTHESIS = 'Le comité note l’engagement de M. Durand-Pangolin.';
const FILENAME = 'Lettre de Camille Martin-Okapi.pdf';
const NAMES = ['Martin-Okapi', 'Durand-Pangolin'];

/**
 * A commune's dossier that went through everything the organisers' side records: a request for advice
 * answered by a section comment, a document, a receipt at submission, a reviewer's assessment with a
 * comment, a second reviewer's conflict of interest, a private annotation, the committee's synthesis.
 */
async function examinedDossier() {
  const commune = nextCommune();
  const agent = await verifiedAgent(sandbox, commune);
  const created = await agent.applications.create(CALL_WITHOUT_DOCUMENTS.id, { commune });
  await agent.applications.update(created.id, readyDossier(), { ifMatch: created.revision });
  await uploadFile(sandbox, agent.session.token, created.id, {
    kind: 'mayor_letter',
    filename: FILENAME,
    bytes: pdfBytes(3000),
  });
  await agent.advice.request(created.id, { message: ADVICE });
  await org.advice.comment(created.id, { sectionId: 'challenge', text: SECTION_COMMENT });
  const current = await agent.applications.get(created.id);
  const application = await agent.applications.submit(created.id, { ifMatch: current.revision });
  const rater = await assignedReviewer(sandbox, application.id, 'ADEME');
  const draft = await rater.assessments.mine(application.id);
  await rater.assessments.save(application.id, fullRating(3, RATING_COMMENT), { ifMatch: draft.revision });
  await rater.assessments.submit(application.id);
  const conflicted = await assignedReviewer(sandbox, application.id, 'RATP');
  await conflicted.assignments.declareConflict(application.id, { reason: CONFLICT });
  const annotation = await org.annotations.create(application.id, { text: ANNOTATION });
  await org.assessments.writeSynthesis(application.id, { text: SYNTHESIS });
  return { agent, application, rater, conflicted, annotation };
}

type Exported = Record<string, Array<Record<string, unknown>>>;
const exportOf = async (client: { account: { exportData(): Promise<Record<string, unknown>> } }) =>
  (await client.account.exportData()) as unknown as Exported;

/** Rows of a table about an account or a dossier, read in the data folder (what no route shows any more). */
function countRows(sql: string, ...params: string[]): number {
  const db = openDatabase(sandbox.dataDir);
  try {
    return (db.prepare(sql).get(...params) as { n: number }).n;
  } finally {
    db.close();
  }
}

// The exports only read: one dossier serves them all.
const examined = await examinedDossier();

test('the commune’s data export holds its notifications, its requests for advice, the comments on its sections and its receipts', async () => {
  const { agent, application } = examined;
  const exported = await exportOf(agent);
  assert.ok(
    exported.notifications?.some((row) => row.applicationId === application.id && row.kind === 'advice_given'),
    'the notification of the organisers’ advice',
  );
  assert.ok(exported.adviceRequests?.some((row) => row.message === ADVICE));
  assert.ok(exported.sectionComments?.some((row) => row.text === SECTION_COMMENT && row.sectionId === 'challenge'));
  const [receipt] = await agent.dossiers.receipts(application.id);
  const exportedReceipt = exported.receipts?.find((row) => row.id === receipt!.id);
  assert.equal(exportedReceipt?.pdfSha256, receipt!.pdfSha256);
  assert.equal(exportedReceipt?.contentSha256, receipt!.contentSha256);
  assert.equal(exportedReceipt?.pdf, undefined, 'the metadata, not the PDF (downloadable on its own)');
  // What the committee wrote stays the organisers'.
  const text = JSON.stringify(exported);
  for (const secret of [RATING_COMMENT, CONFLICT, ANNOTATION, SYNTHESIS])
    assert.ok(!text.includes(secret), `no ${secret}`);
});

test('a reviewer’s data export holds their assignments, the conflicts they declared and their assessments', async () => {
  const { application, rater, conflicted } = examined;
  const rated = await exportOf(rater);
  assert.ok(rated.assignments?.some((row) => row.applicationId === application.id));
  const assessment = rated.assessments?.find((row) => row.applicationId === application.id);
  assert.equal(assessment?.status, 'submitted');
  assert.ok(JSON.stringify(assessment?.ratings).includes(RATING_COMMENT));
  const declared = await exportOf(conflicted);
  assert.deepEqual(
    declared.conflictsDeclared?.map((row) => [row.applicationId, row.reason]),
    [[application.id, CONFLICT]],
  );
});

test('an organiser’s data export holds the annotations and the section comments they wrote', async () => {
  const { application, annotation } = examined;
  const exported = await exportOf(org);
  assert.ok(exported.annotationsWritten?.some((row) => row.id === annotation.id && row.text === ANNOTATION));
  assert.ok(
    exported.sectionCommentsWritten?.some(
      (row) => row.applicationId === application.id && row.text === SECTION_COMMENT,
    ),
  );
});

test('a reviewer who deletes their account leaves their submitted ratings to the committee, without their name or their conflicts', async () => {
  const { application, rater, conflicted } = await examinedDossier();
  const gone = [rater, conflicted].map((reviewer) => reviewer.session.account);
  for (const [reviewer, account] of [
    [rater, gone[0]!],
    [conflicted, gone[1]!],
  ] as const)
    await reviewer.account.delete({ confirmEmail: account.email, password: PASSWORD });

  const view = await org.assessments.view(application.id);
  assert.equal(view.submitted, 1, 'the submitted assessment stays on the committee’s record');
  assert.deepEqual(view.assessments[0]!.ratings, fullRating(3, RATING_COMMENT).ratings);
  assert.equal(view.assessments[0]!.organisation, '', 'no organisation left to single them out');
  const seen = JSON.stringify([
    view,
    await org.assignments.list(application.id),
    await org.applications.history(application.id),
    await org.reviewers.list(),
  ]);
  for (const account of gone) assert.ok(!seen.includes(account.email), `no ${account.email}`);
  assert.ok(!seen.includes(CONFLICT), 'the reason of the conflict is gone');
  for (const account of gone)
    assert.equal(countRows('SELECT count(*) AS n FROM notifications WHERE account_id = ?', account.id), 0);
  assert.equal(countRows('SELECT count(*) AS n FROM reviewer_invitations WHERE email = ?', gone[0]!.email), 0);
});

test('a commune’s editor who deletes their account takes their notifications with them', async () => {
  const { agent, application } = await submittedDossier(sandbox);
  const editor = await applicant(sandbox);
  await shareWith(sandbox, agent, application.id, editor);
  await org.messages.send(application.id, { body: 'Bonjour, une question sur votre budget.' });
  const id = editor.session.account.id;
  assert.ok((await editor.notifications.list()).length > 0, 'the editor was notified');
  await editor.account.delete({ confirmEmail: editor.session.account.email, password: PASSWORD });
  assert.equal(countRows('SELECT count(*) AS n FROM notifications WHERE account_id = ?', id), 0);
});

test('a retention period after a dossier was not selected, the committee’s and the accompaniment’s words about people go; ratings and the receipt’s hashes stay', async () => {
  const { agent, application } = await examinedDossier();
  const receiptsBefore = await agent.dossiers.receipts(application.id);
  await org.applications.decide(application.id, { action: 'declare_eligible' });
  await org.applications.decide(application.id, { action: 'reject' });
  assert.ok((await agent.notifications.list()).some((row) => row.applicationId === application.id));

  const db = openDatabase(sandbox.dataDir);
  try {
    // Decided on the sandbox's clock (December 2023), kept 12 months.
    const erased = personalDataEraser(db).run(
      [{ ...CALL_WITHOUT_DOCUMENTS, personalDataRetentionMonths: 12 }],
      '2025-01-01T00:00:00Z',
    );
    assert.ok(erased.dossiers.some((dossier) => dossier.applicationId === application.id));
  } finally {
    db.close();
  }

  // The receipt still proves the deposit: the same hashes, of the content, of each file and of the PDF sent.
  const receipts = await agent.dossiers.receipts(application.id);
  assert.deepEqual(
    receipts.map(({ id, contentSha256, pdfSha256, documents }) => ({
      id,
      contentSha256,
      pdfSha256,
      files: documents.map((document) => [document.kind, document.size, document.sha256]),
    })),
    receiptsBefore.map(({ id, contentSha256, pdfSha256, documents }) => ({
      id,
      contentSha256,
      pdfSha256,
      files: documents.map((document) => [document.kind, document.size, document.sha256]),
    })),
  );
  const pdf = await rejection(agent.dossiers.receiptPdf(application.id, receipts[0]!.id));
  assert.equal(pdf.status, 404, 'the PDF, which named the submitter and the files, is gone');

  const view = await org.assessments.view(application.id);
  assert.deepEqual(
    Object.values(view.assessments[0]!.ratings).map((rating) => rating.rating),
    CALL_WITHOUT_DOCUMENTS.criteria.map(() => 3),
    'the ratings stay for the call’s statistics',
  );
  assert.deepEqual(await org.annotations.list(application.id), []);
  assert.ok(!(await agent.notifications.list()).some((row) => row.applicationId === application.id));
  assert.ok(!(await org.notifications.list()).some((row) => row.applicationId === application.id));
  const left = JSON.stringify([
    receipts,
    view,
    await org.assignments.list(application.id),
    await org.advice.list(application.id),
    await org.advice.comments(application.id),
    await org.applications.history(application.id),
  ]);
  assert.ok(!left.includes('Camille'), 'no file name naming someone');
  for (const name of NAMES) assert.ok(!left.includes(name), `no ${name} left`);
});
