import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  assignReviewer,
  CALL_WITHOUT_DOCUMENTS,
  invitedReviewer,
  organiser,
  raw,
  rejection,
  startTestSandbox,
  submittedDossier,
} from './helpers.js';
import { fullRating } from './review-helpers.js';

const sandbox = await startTestSandbox();
// Two committee members, invited once (a real e-mail each), assigned to each test's own dossier.
const ademe = await invitedReviewer(sandbox, { organisation: 'ADEME' });
const ratp = await invitedReviewer(sandbox, { organisation: 'RATP' });
const CRITERIA = CALL_WITHOUT_DOCUMENTS.criteria.map((criterion) => criterion.id);

/** A submitted dossier with two reviewers assigned (ADEME and RATP) and the organiser. */
async function dossierUnderReview() {
  const { agent: owner, application: dossier } = await submittedDossier(sandbox);
  await assignReviewer(sandbox, dossier.id, ademe);
  await assignReviewer(sandbox, dossier.id, ratp);
  return { owner, dossier, ademe, ratp, instructor: await organiser(sandbox) };
}

test('a reviewer sees neither the other reviewer’s ratings nor the spread until they submit their own', async () => {
  const { dossier, ademe, ratp, instructor } = await dossierUnderReview();
  const first = await ademe.assessments.mine(dossier.id);
  await ademe.assessments.save(dossier.id, fullRating(4, 'Défi très pertinent pour le quartier.'), {
    ifMatch: first.revision,
  });
  await ademe.assessments.submit(dossier.id);
  await instructor.assessments.writeSynthesis(dossier.id, { text: 'Le comité retient la cohérence du projet.' });

  // RATP opens the dossier: only its own (empty) draft, nothing of ADEME's.
  const mine = await ratp.assessments.mine(dossier.id);
  assert.equal(mine.revision, 1);
  assert.equal(mine.status, 'draft');
  assert.deepEqual(mine.ratings, {});
  const before = await ratp.assessments.view(dossier.id);
  assert.equal(before.othersVisible, false);
  assert.deepEqual(
    before.assessments.map((assessment) => assessment.reviewerId),
    [ratp.session.account.id],
  );
  assert.deepEqual(before.spread, []);
  assert.equal(before.synthesis, undefined);
  assert.equal(before.submitted, 1);
  assert.equal(before.expected, 2);
  const { text } = await raw(sandbox, 'GET', `/v1/applications/${dossier.id}/assessments`, {
    token: ratp.session.token,
  });
  assert.ok(!text.includes('Défi très pertinent'), 'ADEME’s comment is not in the answer');

  // Once RATP submitted, both assessments, the spread and the synthesis are there.
  const saved = await ratp.assessments.save(dossier.id, fullRating(2), { ifMatch: mine.revision });
  await ratp.assessments.submit(dossier.id, { ifMatch: saved.revision });
  const after = await ratp.assessments.view(dossier.id);
  assert.equal(after.othersVisible, true);
  assert.equal(after.assessments.length, 2);
  assert.equal(after.assessments[0]!.ratings[CRITERIA[0]!]!.comment, 'Défi très pertinent pour le quartier.');
  assert.equal(after.synthesis?.text, 'Le comité retient la cohérence du projet.');
  assert.deepEqual(after.spread[0], { criterionId: CRITERIA[0], ratings: [4, 2], count: 2, min: 2, max: 4, median: 3 });
});

test('organisers see every assessment, drafts included, and the spread per criterion in the call’s order', async () => {
  const { dossier, ademe, ratp, instructor } = await dossierUnderReview();
  const draft = await ademe.assessments.mine(dossier.id);
  await ademe.assessments.save(
    dossier.id,
    { ratings: { [CRITERIA[1]!]: { rating: 3, comment: 'En cours de lecture.' } } },
    { ifMatch: draft.revision },
  );
  const ratpDraft = await ratp.assessments.mine(dossier.id);
  await ratp.assessments.save(dossier.id, fullRating(1), { ifMatch: ratpDraft.revision });
  await ratp.assessments.submit(dossier.id);

  const seen = await instructor.assessments.view(dossier.id);
  assert.equal(seen.othersVisible, true);
  assert.equal(seen.expected, 2);
  assert.equal(seen.submitted, 1);
  // The submitted one first (the spread's ratings follow that order), then the draft.
  assert.deepEqual(
    seen.assessments.map((assessment) => [assessment.organisation, assessment.status]),
    [
      ['RATP', 'submitted'],
      ['ADEME', 'draft'],
    ],
  );
  assert.deepEqual(
    seen.spread.map((spread) => spread.criterionId),
    CRITERIA,
  );
  // A draft's ratings do not count: the committee weighs what reviewers stand by.
  assert.deepEqual(seen.spread[1], { criterionId: CRITERIA[1], ratings: [1], count: 1, min: 1, max: 1, median: 1 });
  // A reviewer who declares a conflict of interest is no longer expected.
  await ademe.assignments.declareConflict(dossier.id, { reason: 'Ancien employeur de l’expert' });
  assert.equal((await instructor.assessments.view(dossier.id)).expected, 1);
});

test('a draft is saved against its revision, criterion by criterion, on the call’s scale only', async () => {
  const { dossier, ademe } = await dossierUnderReview();
  const first = await ademe.assessments.mine(dossier.id);
  const path = `/v1/applications/${dossier.id}/assessments/mine`;
  const body = JSON.stringify(fullRating(3));
  const json = { 'content-type': 'application/json' };

  const noIfMatch = await raw(sandbox, 'PUT', path, { token: ademe.session.token, body, headers: json });
  assert.equal(noIfMatch.status, 428);
  assert.equal(noIfMatch.json.code, 'precondition_required');

  const one = await ademe.assessments.save(
    dossier.id,
    { ratings: { [CRITERIA[0]!]: { rating: 2, comment: 'Premier avis.' } } },
    { ifMatch: first.revision },
  );
  assert.equal(one.revision, 2);
  const two = await ademe.assessments.save(
    dossier.id,
    { ratings: { [CRITERIA[1]!]: { rating: 4, comment: '' } } },
    { ifMatch: one.revision },
  );
  assert.deepEqual(Object.keys(two.ratings).sort(), [CRITERIA[0], CRITERIA[1]].sort(), 'the first criterion is kept');

  // A second tab still at revision 2 is told, with the assessment as saved.
  const stale = await raw(sandbox, 'PUT', path, {
    token: ademe.session.token,
    body,
    headers: { ...json, 'if-match': '"2"' },
  });
  assert.equal(stale.status, 412);
  assert.equal(stale.json.code, 'revision_mismatch');
  assert.equal(stale.json.current.revision, 3);

  const unknown = await rejection(
    ademe.assessments.save(dossier.id, { ratings: { budget: { rating: 2, comment: '' } } }, { ifMatch: two.revision }),
  );
  assert.equal(unknown.status, 422);
  assert.equal(unknown.problem.code, 'validation_failed');
  assert.deepEqual(
    unknown.problem.errors.map((error: { path: string }) => error.path),
    ['ratings.budget'],
  );
  const offScale = await rejection(
    ademe.assessments.save(
      dossier.id,
      { ratings: { [CRITERIA[2]!]: { rating: 7, comment: '' } } },
      { ifMatch: two.revision },
    ),
  );
  assert.equal(offScale.status, 422);
  assert.ok(offScale.problem.errors[0].path.startsWith(`ratings.${CRITERIA[2]}`));
  assert.match(offScale.problem.errors[0].message, /1, 2, 3, 4/);
});

test('submitting names every criterion left unrated; once submitted, the assessment no longer changes', async () => {
  const { dossier, ademe, instructor } = await dossierUnderReview();
  const first = await ademe.assessments.mine(dossier.id);
  const partial = await ademe.assessments.save(
    dossier.id,
    { ratings: { [CRITERIA[0]!]: { rating: 3, comment: '' }, [CRITERIA[1]!]: { rating: null, comment: 'À voir' } } },
    { ifMatch: first.revision },
  );
  const incomplete = await rejection(ademe.assessments.submit(dossier.id));
  assert.equal(incomplete.status, 422);
  assert.equal(incomplete.problem.code, 'assessment_incomplete');
  assert.deepEqual(
    incomplete.problem.errors.map((error: { path: string }) => error.path),
    CRITERIA.slice(1).map((id) => `ratings.${id}`),
  );

  const complete = await ademe.assessments.save(dossier.id, fullRating(3), { ifMatch: partial.revision });
  const submitted = await ademe.assessments.submit(dossier.id);
  assert.equal(submitted.status, 'submitted');
  assert.ok(submitted.submittedAt);
  const again = await rejection(ademe.assessments.save(dossier.id, fullRating(1), { ifMatch: submitted.revision }));
  assert.equal(again.status, 409);
  assert.equal(again.problem.code, 'assessment_submitted');
  assert.equal((await rejection(ademe.assessments.submit(dossier.id))).problem.code, 'assessment_submitted');
  assert.ok(complete.revision < submitted.revision);

  // The organisers' history names it, and they are told in the platform (no e-mail).
  const history = await instructor.applications.history(dossier.id);
  const entry = history.find((event) => event.action === 'assessment_submitted');
  assert.equal(entry?.actorRole, 'reviewer');
  assert.equal(entry?.actorId, ademe.session.account.id);
  const notifications = await instructor.notifications.list();
  assert.ok(
    notifications.some((notice) => notice.kind === 'assessment_submitted' && notice.applicationId === dossier.id),
  );
});

test('once the organisers decided on the dossier, reviewers can no longer assess it', async () => {
  const { dossier, ademe, instructor } = await dossierUnderReview();
  const draft = await ademe.assessments.mine(dossier.id);
  // Still assessed while eligibility is declared; no longer once selected.
  await instructor.applications.decide(dossier.id, { action: 'declare_eligible' });
  const eligible = await ademe.assessments.save(dossier.id, fullRating(3), { ifMatch: draft.revision });
  await instructor.applications.decide(dossier.id, { action: 'select' });
  const closed = await rejection(ademe.assessments.save(dossier.id, fullRating(2), { ifMatch: eligible.revision }));
  assert.equal(closed.status, 409);
  assert.equal(closed.problem.code, 'assessment_closed');
});

test('only assigned reviewers without a conflict, and organisers, reach assessments; the commune never does', async () => {
  const { owner, dossier, ademe, instructor } = await dossierUnderReview();
  const stranger = await invitedReviewer(sandbox, { organisation: 'Cerema' });
  assert.equal((await rejection(stranger.assessments.view(dossier.id))).status, 404);
  assert.equal((await rejection(stranger.assessments.mine(dossier.id))).status, 404);
  // Organisers write the synthesis; they have no assessment of their own.
  assert.equal((await rejection(instructor.assessments.mine(dossier.id))).status, 403);
  assert.equal((await rejection(ademe.assessments.writeSynthesis(dossier.id, { text: 'x' }))).status, 403);
  for (const call of [
    () => owner.assessments.view(dossier.id),
    () => owner.assessments.mine(dossier.id),
    () => owner.assessments.save(dossier.id, fullRating(4), { ifMatch: 1 }),
    () => owner.assessments.submit(dossier.id),
    () => owner.assessments.writeSynthesis(dossier.id, { text: 'x' }),
  ]) {
    assert.equal((await rejection(call())).status, 404);
  }
  await ademe.assignments.declareConflict(dossier.id, { reason: 'Ancien employeur de l’expert' });
  const conflict = await rejection(ademe.assessments.mine(dossier.id));
  assert.equal(conflict.status, 403);
  assert.equal(conflict.problem.code, 'conflict_of_interest');
});
