import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  CALL_WITHOUT_DOCUMENTS,
  applicant,
  nextCommune,
  organiser,
  raw,
  readyDossier,
  startTestSandbox,
  verifiedAgent,
} from './helpers.js';
import { assignedReviewer, fullRating } from './review-helpers.js';
import { shareWith } from './sharing-helpers.js';

/*
 * The promise: "an applicant cannot read annotations or assessments on any route". Rather than
 * list today's routes, the test walks every GET of the OpenAPI document (so a route added tomorrow is
 * walked too) as the dossier's owner and as its editor, and reads every e-mail the commune received.
 */
const sandbox = await startTestSandbox();

// Distinctive words, found nowhere else: the note, a reviewer's comment, the committee's synthesis.
const ANNOTATION = 'Note-privee-Zebulon-4471';
const COMMENT = 'Commentaire-evaluateur-Quetzal-8812';
const SYNTHESIS = 'Synthese-comite-Ornithorynque-5530';
const PER_CRITERION = 'Synthese-critere-Axolotl-2209';
const ASSESSMENT_SECRETS = [COMMENT, SYNTHESIS, PER_CRITERION];

const commune = nextCommune();
const owner = await verifiedAgent(sandbox, commune);
const editor = await applicant(sandbox);
const created = await owner.applications.create(CALL_WITHOUT_DOCUMENTS.id, { commune });
await shareWith(sandbox, owner, created.id, editor);
const filled = await owner.applications.update(created.id, readyDossier(), { ifMatch: created.revision });
const dossier = await owner.applications.submit(created.id, { ifMatch: filled.revision });

const instructor = await organiser(sandbox);
const reviewer = await assignedReviewer(sandbox, dossier.id, 'ADEME');
const draft = await reviewer.assessments.mine(dossier.id);
await reviewer.assessments.save(dossier.id, fullRating(3, COMMENT), { ifMatch: draft.revision });
await reviewer.assessments.submit(dossier.id);
const firstCriterion = CALL_WITHOUT_DOCUMENTS.criteria[0]!.id;
await instructor.assessments.writeSynthesis(dossier.id, {
  text: SYNTHESIS,
  perCriterion: { [firstCriterion]: PER_CRITERION },
});
const annotation = await instructor.annotations.create(dossier.id, { text: ANNOTATION });
// The commune is told of a decision too: its e-mail must not carry the committee's words either.
await instructor.applications.decide(dossier.id, { action: 'declare_eligible' });

/** Every GET path of the OpenAPI document, its parameters replaced by the ids of this dossier's world. */
async function everyGetRoute(): Promise<string[]> {
  const { json: doc } = await raw(sandbox, 'GET', '/openapi.json');
  const receipts = await raw(sandbox, 'GET', `/v1/applications/${dossier.id}/receipts`, {
    token: instructor.session.token,
  });
  const ids: Record<string, string> = {
    id: dossier.id,
    callId: CALL_WITHOUT_DOCUMENTS.id,
    reviewerId: reviewer.session.account.id,
    annotationId: annotation.id,
    receiptId: receipts.json?.data?.[0]?.id ?? 'none',
  };
  const paths = Object.entries(doc.paths as Record<string, Record<string, unknown>>)
    .filter(([, methods]) => 'get' in methods)
    .map(([path]) => path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(ids[name] ?? 'none')));
  // Parameters of the query that widen an answer: the board's export of this very dossier.
  return [...paths, `/v1/calls/${CALL_WITHOUT_DOCUMENTS.id}/export.csv?ids=${dossier.id}`];
}

/** What `token` reads on each route, status and body (as text: a JSON, a CSV, a PDF's bytes…). */
async function walk(token: string) {
  const answers: { path: string; status: number; text: string }[] = [];
  for (const path of await everyGetRoute()) {
    const { status, text } = await raw(sandbox, 'GET', path, { token });
    answers.push({ path, status, text });
  }
  return answers;
}

const leaks = (answers: { path: string; text: string }[], secrets: string[]) =>
  answers.flatMap(({ path, text }) =>
    secrets.filter((secret) => text.includes(secret)).map((secret) => `${path}: ${secret}`),
  );

test('organisers read the notes, the assessments and the synthesis on the routes walked (the walk reaches them)', async () => {
  const answers = await walk(instructor.session.token!);
  const found = new Set(leaks(answers, [ANNOTATION, ...ASSESSMENT_SECRETS]).map((leak) => leak.split(': ')[1]));
  assert.deepEqual([...found].sort(), [ANNOTATION, ...ASSESSMENT_SECRETS].sort());
  assert.ok(answers.some(({ path }) => path === `/v1/applications/${dossier.id}/annotations`));
});

for (const [role, person] of [
  ['owner', owner],
  ['editor', editor],
] as const) {
  test(`the dossier's ${role} reads no private note and no assessment on any GET route of the API`, async () => {
    const answers = await walk(person.session.token!);
    // The walk did reach the dossier itself (it is theirs) and their data export.
    assert.equal(answers.find(({ path }) => path === `/v1/applications/${dossier.id}`)?.status, 200);
    assert.equal(answers.find(({ path }) => path === '/v1/me/export')?.status, 200);
    assert.deepEqual(leaks(answers, [ANNOTATION, ...ASSESSMENT_SECRETS]), []);
    for (const route of ['assessments', 'annotations']) {
      assert.equal(answers.find(({ path }) => path === `/v1/applications/${dossier.id}/${route}`)?.status, 404);
    }
  });
}

test('no e-mail to the commune’s people carries a private note or an assessment', async () => {
  const mails = [owner, editor].flatMap((person) => sandbox.mail!.messages(person.session.account.email));
  assert.ok(mails.length >= 2, 'they did receive e-mails (verification, invitation…)');
  const texts = mails.map((mail) => ({
    path: mail.subject,
    text: [mail.subject, mail.text, mail.html, ...mail.attachments.map((file) => file.content.toString('latin1'))].join(
      '\n',
    ),
  }));
  assert.deepEqual(leaks(texts, [ANNOTATION, ...ASSESSMENT_SECRETS]), []);
});

test('a reviewer of the dossier reads no private note on any GET route of the API', async () => {
  const answers = await walk(reviewer.session.token!);
  // They do read the assessments (theirs is submitted): the walk reaches what they may see.
  assert.ok(leaks(answers, [COMMENT]).length > 0);
  assert.deepEqual(leaks(answers, [ANNOTATION]), []);
  assert.equal(answers.find(({ path }) => path === `/v1/applications/${dossier.id}/annotations`)?.status, 404);
});
