import assert from 'node:assert/strict';
import { test } from 'node:test';
import { organiser, startTestSandbox, submittedDossier } from './helpers.js';
import { assignedReviewer, fullRating } from './review-helpers.js';

/*
 * The committee works behind the commune's back on purpose: who examines its dossier, who stood
 * aside and why, when an assessment came in. The dossier's history as the commune reads it (the
 * route and its data export) leaves those lines out; organisers read everything.
 */
const sandbox = await startTestSandbox();

const REVIEWER_ACTIONS = ['reviewer_assigned', 'reviewer_unassigned', 'conflict_declared', 'assessment_submitted'];
const CONFLICT = 'Ma-belle-soeur-est-adjointe-Tamarin-6620';

const { agent, application } = await submittedDossier(sandbox);
const org = await organiser(sandbox);
const rater = await assignedReviewer(sandbox, application.id, 'ADEME');
const draft = await rater.assessments.mine(application.id);
await rater.assessments.save(application.id, fullRating(3), { ifMatch: draft.revision });
await rater.assessments.submit(application.id);
const conflicted = await assignedReviewer(sandbox, application.id, 'RATP');
await conflicted.assignments.declareConflict(application.id, { reason: CONFLICT });
const removed = await assignedReviewer(sandbox, application.id, 'Bpifrance');
await org.assignments.unassign(application.id, removed.session.account.id);
const reviewerTraces = [
  CONFLICT,
  ...[rater, conflicted, removed].flatMap((reviewer) => [reviewer.session.account.email, reviewer.session.account.id]),
];

test('the commune reads its dossier’s history without the committee’s lines: no reviewer, no conflict, no assessment', async () => {
  const history = await agent.applications.history(application.id);
  assert.ok(
    history.some((entry) => entry.action === 'submitted'),
    'its own actions are there',
  );
  assert.deepEqual(
    history.filter((entry) => REVIEWER_ACTIONS.includes(entry.action)),
    [],
  );
  const text = JSON.stringify(history);
  for (const trace of reviewerTraces) assert.ok(!text.includes(trace), `no trace of ${trace}`);
});

test('the commune’s data export holds its dossier’s history, without the committee’s lines', async () => {
  const exported = JSON.stringify(await agent.account.exportData());
  const dossiers = JSON.parse(exported).dossiers as Array<{ id: string; history?: Array<{ action: string }> }>;
  const history = dossiers.find((dossier) => dossier.id === application.id)?.history;
  assert.ok(
    history?.some((entry) => entry.action === 'submitted'),
    'the history is in the export',
  );
  for (const action of REVIEWER_ACTIONS) assert.ok(!exported.includes(action), `no ${action} in the export`);
  for (const trace of reviewerTraces) assert.ok(!exported.includes(trace), `no trace of ${trace}`);
});

test('organisers read the whole history: assignments, the conflict and its reason, the assessment submitted', async () => {
  const history = await org.applications.history(application.id);
  for (const action of REVIEWER_ACTIONS)
    assert.ok(
      history.some((entry) => entry.action === action),
      `${action} is in the organisers’ history`,
    );
  assert.equal(history.find((entry) => entry.action === 'conflict_declared')?.reason, CONFLICT);
});
