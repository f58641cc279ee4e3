import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AssessmentDraft, BoardRow } from '@qmi/core';
import { MGP } from '@qmi/validators';
import {
  applicant,
  CALL_WITHOUT_DOCUMENTS,
  invitedReviewer,
  nextCommune,
  organiser,
  rejection,
  startTestSandbox,
  submittedDossier,
} from './helpers.js';

const sandbox = await startTestSandbox({ devMail: true });
const org = await organiser(sandbox);
const CALL = CALL_WITHOUT_DOCUMENTS.id;

const rowOf = async (id: string): Promise<BoardRow | undefined> =>
  (await org.board.get(CALL)).rows.find((row) => row.id === id);

/** Every criterion of the call rated at the top of its scale: what a reviewer submits. */
const fullRatings = (): AssessmentDraft => {
  const top = Math.max(...CALL_WITHOUT_DOCUMENTS.assessmentScale!.map((level) => level.value));
  return {
    ratings: Object.fromEntries(
      CALL_WITHOUT_DOCUMENTS.criteria.map((criterion) => [criterion.id, { rating: top, comment: 'Convaincant.' }]),
    ),
  };
};

test('the organisers’ board lists every dossier of the call with its commune, completeness and eligibility; withdrawn ones are only counted', async () => {
  const before = await org.board.get(CALL);
  const agent = await applicant(sandbox);
  const draft = await agent.applications.create(CALL, { commune: nextCommune() });
  const { application: submitted } = await submittedDossier(sandbox);
  const leaver = await applicant(sandbox);
  const withdrawn = await leaver.applications.create(CALL, { commune: nextCommune() });
  await leaver.applications.withdraw(withdrawn.id);
  // A dossier of another call is on that call's board, not this one.
  const other = await (await applicant(sandbox)).applications.create('qmi-2', { commune: nextCommune() });

  const board = await org.board.get(CALL);
  assert.equal(board.callId, CALL);
  const ids = board.rows.map((row) => row.id);
  assert.ok(ids.includes(draft.id) && ids.includes(submitted.id));
  assert.ok(!ids.includes(withdrawn.id) && !ids.includes(other.id));
  const count = (status: string) => (board.counts[status] ?? 0) - (before.counts[status] ?? 0);
  assert.deepEqual([count('draft'), count('submitted'), count('withdrawn')], [1, 1, 1]);
  assert.equal(board.maxSelected, 4);

  const sent = board.rows.find((row) => row.id === submitted.id)!;
  assert.deepEqual(
    {
      commune: sent.commune,
      communeName: sent.communeName,
      status: sent.status,
      holdsPlace: sent.holdsPlace,
      complete: sent.complete,
      missing: sent.missing,
      eligible: sent.eligible,
      eligibilityIssues: sent.eligibilityIssues,
      submittedAt: sent.submittedAt,
      reviewers: sent.reviewers,
      assessments: sent.assessments,
      adviceRequested: sent.adviceRequested,
    },
    {
      commune: submitted.commune,
      communeName: MGP.find(submitted.commune)!.commune.name,
      status: 'submitted',
      holdsPlace: true,
      complete: true,
      missing: 0,
      eligible: true,
      eligibilityIssues: [],
      submittedAt: submitted.submittedAt,
      reviewers: [],
      assessments: { submitted: 0, expected: 0 },
      adviceRequested: false,
    },
  );
  // The draft just begun misses what the applicant's form says it misses.
  const begun = board.rows.find((row) => row.id === draft.id)!;
  assert.equal(begun.complete, false);
  assert.ok(begun.missing > 5, `missing ${begun.missing}`);
  assert.equal(begun.submittedAt, undefined);
});

test('the board shows who reviews each dossier and how many of the expected assessments are in', async () => {
  const { application } = await submittedDossier(sandbox);
  const ademe = await invitedReviewer(sandbox, { organisation: 'ADEME' });
  const ratp = await invitedReviewer(sandbox, { organisation: 'RATP' });
  const cerema = await invitedReviewer(sandbox, { organisation: 'Cerema' });
  for (const expert of [ademe, ratp, cerema]) await org.assignments.assign(application.id, expert.session.account.id);
  assert.deepEqual((await rowOf(application.id))!.assessments, { submitted: 0, expected: 3 });

  // A conflict of interest: still listed (flagged), no longer expected.
  await cerema.assignments.declareConflict(application.id, { reason: 'Ancien employeur de la commune.' });
  const mine = await ademe.assessments.mine(application.id);
  await ademe.assessments.save(application.id, fullRatings(), { ifMatch: mine.revision });
  await ademe.assessments.submit(application.id);

  const row = (await rowOf(application.id))!;
  assert.deepEqual(row.assessments, { submitted: 1, expected: 2 });
  assert.deepEqual(row.reviewers.map((reviewer) => [reviewer.organisation, reviewer.conflict]).sort(), [
    ['ADEME', false],
    ['Cerema', true],
    ['RATP', false],
  ]);
});

test('a reviewer’s board shows only the submitted dossiers assigned to them, without those they stepped aside from', async () => {
  const expert = await invitedReviewer(sandbox);
  const { application: assigned } = await submittedDossier(sandbox);
  const { application: stepAside } = await submittedDossier(sandbox);
  await submittedDossier(sandbox);
  await org.assignments.assign(assigned.id, expert.session.account.id);
  await org.assignments.assign(stepAside.id, expert.session.account.id);
  await expert.assignments.declareConflict(stepAside.id, { reason: 'Élu de cette commune.' });

  const board = await expert.board.get(CALL);
  assert.deepEqual(
    board.rows.map((row) => row.id),
    [assigned.id],
  );
  assert.deepEqual(board.counts, { submitted: 1 });
  // Where their own assessment stands: not started, a draft, then sent.
  assert.equal(board.rows[0]!.myAssessment, 'not_started');
  const draft = await expert.assessments.mine(assigned.id);
  assert.equal((await expert.board.get(CALL)).rows[0]!.myAssessment, 'draft');
  await expert.assessments.save(assigned.id, fullRatings(), { ifMatch: draft.revision });
  await expert.assessments.submit(assigned.id);
  assert.equal((await expert.board.get(CALL)).rows[0]!.myAssessment, 'submitted');
  // Organisers' rows do not carry it.
  assert.equal((await org.board.get(CALL)).rows.find((row) => row.id === assigned.id)!.myAssessment, undefined);
});

test('a selected dossier shows the deadline of its agreement, then the date it was signed', async () => {
  const { application } = await submittedDossier(sandbox);
  const selectedBefore = (await org.board.get(CALL)).selected;
  const eligible = await org.applications.decide(application.id, { action: 'declare_eligible' });
  await org.applications.decide(application.id, { action: 'select' }, { ifMatch: eligible.application.revision });
  const board = await org.board.get(CALL);
  assert.equal(board.selected, selectedBefore + 1);
  const row = board.rows.find((entry) => entry.id === application.id)!;
  assert.equal(row.status, 'selected');
  // One calendar month after the decision (the sandbox clock runs from 2023-12-01T09:00:00Z).
  const decision = (await org.dossiers.decisions(application.id)).find((entry) => entry.action === 'select')!;
  assert.equal(row.agreementDeadline, decision.agreementDeadline);
  assert.match(decision.decidedAt, /^2023-12-01T/);
  assert.equal(row.agreementDeadline!.slice(0, 10), '2024-01-01');
  assert.equal(row.agreementSignedAt, undefined);
  // Signed three weeks later, in time.
  sandbox.clock.set('2023-12-21T09:00:00Z');
  await org.dossiers.recordAgreement(application.id, { signedAt: '2023-12-20T10:00:00Z' });
  assert.equal((await rowOf(application.id))!.agreementSignedAt, '2023-12-20T10:00:00Z');
});

test('applicants cannot read the board; an unknown call has none', async () => {
  const agent = await applicant(sandbox);
  assert.equal((await rejection(agent.board.get(CALL))).status, 403);
  assert.equal((await rejection(org.board.get('no-such-call'))).status, 404);
});
