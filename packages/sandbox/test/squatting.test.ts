import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  applicant,
  CALL_WITHOUT_DOCUMENTS,
  organiser,
  raw,
  readyDossier,
  rejection,
  startTestSandbox,
  verifiedAgent,
} from './helpers.js';

// The attack of issue 15: one account took the dossiers of Paris, Aubervilliers, Ivry-sur-Seine and
// five more; the real town halls then met 409 application_exists with no way forward.
const SQUATTED = ['75056', '93001', '94041', '93066', '93048', '92012', '94028', '92050'];
const CALL = CALL_WITHOUT_DOCUMENTS.id;

const sandbox = await startTestSandbox({ devMail: true });

/** Fills a draft with a complete dossier, so that only the commune rule can stop its submission. */
async function complete(client: Awaited<ReturnType<typeof applicant>>, id: string, revision: number) {
  return client.applications.update(id, readyDossier(), { ifMatch: revision });
}

test("an unverified account's drafts for eight communes do not stop Paris's verified agent from creating, editing and submitting Paris's dossier", async () => {
  const squatter = await applicant(sandbox);
  const squatted = [];
  for (const commune of SQUATTED) squatted.push(await squatter.applications.create(CALL, { commune }));
  assert.deepEqual(
    squatted.map((dossier) => dossier.holdsPlace),
    SQUATTED.map(() => false),
  );

  const paris = await verifiedAgent(sandbox, '75056');
  const created = await paris.applications.create(CALL, { commune: '75056' });
  assert.equal(created.holdsPlace, true);
  const edited = await complete(paris, created.id, created.revision);
  const submitted = await paris.applications.submit(created.id, { ifMatch: edited.revision });
  assert.equal(submitted.status, 'submitted');

  // The squatter's complete draft for Paris cannot be submitted in Paris's name.
  const draft = squatted[0]!;
  const filled = await complete(squatter, draft.id, draft.revision);
  const refused = await rejection(squatter.applications.submit(draft.id, { ifMatch: filled.revision }));
  assert.equal(refused.status, 403);
  assert.equal(refused.code, 'commune_not_verified');
  assert.equal((await squatter.applications.get(draft.id)).status, 'draft');
});

test("a second verified agent of the commune is pointed to the commune's dossier and joins it as editor", async () => {
  const first = await verifiedAgent(sandbox, '93001');
  const dossier = await first.applications.create(CALL, { commune: '93001' });
  const colleague = await verifiedAgent(sandbox, '93001');
  const conflict = await rejection(colleague.applications.create(CALL, { commune: '93001' }));
  assert.equal(conflict.code, 'application_exists');
  assert.equal(conflict.problem.existingApplicationId, dossier.id);
  assert.equal(conflict.problem.joinable, true);

  const joined = await colleague.applications.join(dossier.id);
  assert.equal(joined.id, dossier.id);
  const edited = await colleague.applications.update(
    dossier.id,
    { challenge: { title: 'Rues aux écoles' } },
    {
      ifMatch: joined.revision,
    },
  );
  assert.equal(edited.challenge?.title, 'Rues aux écoles');
  const history = await first.applications.history(dossier.id);
  assert.deepEqual(
    history.map((entry) => [entry.action, entry.actorId]),
    [
      ['created', first.session.account.id],
      ['editor_joined', colleague.session.account.id],
    ],
  );

  // An account not verified for the commune cannot join it, and learns why.
  const stranger = await applicant(sandbox);
  const refused = await rejection(stranger.applications.join(dossier.id));
  assert.equal(refused.code, 'commune_not_verified');
});

test('an account verified after it started its draft takes the free place and can submit; the decision arrives by e-mail', async () => {
  const agent = await applicant(sandbox);
  const draft = await agent.applications.create(CALL, { commune: '94041' });
  assert.equal(draft.holdsPlace, false);
  const filled = await complete(agent, draft.id, draft.revision);
  assert.equal(
    (await rejection(agent.applications.submit(draft.id, { ifMatch: filled.revision }))).code,
    'commune_not_verified',
  );

  const claim = await agent.communeClaims.create({
    commune: '94041',
    name: 'Inès Benali',
    townHallRole: 'Directrice de la transition écologique',
  });
  assert.equal(claim.status, 'pending');
  assert.equal((await rejection(agent.communeClaims.create({ ...claim }))).code, 'claim_exists');
  const decider = await organiser(sandbox);
  const pending = await decider.communeClaims.list({ status: 'pending', commune: '94041' });
  assert.deepEqual(
    pending.map((entry) => [entry.id, entry.email, entry.townHallRole]),
    [[claim.id, agent.session.account.email, 'Directrice de la transition écologique']],
  );
  const approved = await decider.communeClaims.decide(claim.id, { decision: 'approve' });
  assert.equal(approved.status, 'approved');

  const mail = await sandbox.mail!.waitFor(agent.session.account.email, /vérifié/);
  assert.match(mail.subject, /Ivry-sur-Seine \(94041\)/);
  assert.match(mail.html, /<html lang="fr">/);
  const now = await agent.applications.get(draft.id);
  assert.equal(now.holdsPlace, true);
  assert.equal((await agent.applications.submit(draft.id, { ifMatch: now.revision })).status, 'submitted');
  assert.deepEqual(
    (await agent.applications.history(draft.id)).map((entry) => entry.action),
    ['created', 'place_taken', 'submitted'],
  );
  assert.equal((await rejection(decider.communeClaims.decide(claim.id, { decision: 'approve' }))).status, 409);
});

test('a refused claim tells the person why, in English when they chose English, and verifies nothing', async () => {
  const agent = await applicant(sandbox, { lang: 'en' });
  await agent.account.update({ lang: 'en' });
  const claim = await agent.communeClaims.create({ commune: '93066', name: 'John Smith', townHallRole: 'Consultant' });
  const decider = await organiser(sandbox);
  const refused = await decider.communeClaims.decide(claim.id, {
    decision: 'refuse',
    reason: 'The town hall does not know this person.',
  });
  assert.equal(refused.status, 'refused');
  const mail = await sandbox.mail!.waitFor(agent.session.account.email, /not accepted/);
  assert.match(mail.text, /Reason: The town hall does not know this person\./);
  assert.deepEqual(
    (await agent.communeClaims.list()).map((entry) => entry.status),
    ['refused'],
  );
  const draft = await agent.applications.create(CALL, { commune: '93066' });
  assert.equal(draft.holdsPlace, false);
});

test('claims are for communes of the Métropole, and only organisers decide them', async () => {
  const agent = await applicant(sandbox);
  const lyon = await rejection(
    agent.communeClaims.create({ commune: '69123', name: 'Jeanne Roux', townHallRole: 'Maire adjointe' }),
  );
  assert.equal(lyon.code, 'commune_not_eligible');
  const claim = await agent.communeClaims.create({
    commune: '92012',
    name: 'Jeanne Roux',
    townHallRole: 'Maire adjointe',
  });
  const selfApproval = await rejection(agent.communeClaims.decide(claim.id, { decision: 'approve' }));
  assert.equal(selfApproval.status, 403);
  // Another applicant sees only their own claims.
  assert.deepEqual(await (await applicant(sandbox)).communeClaims.list(), []);
});

test("organisers see the competing drafts and the claims of a commune, withdraw the squatter's draft with a reason and reassign a dossier, each recorded in its history", async () => {
  const squatter = await applicant(sandbox);
  const squatted = await squatter.applications.create(CALL, { commune: '93010' });
  const agent = await verifiedAgent(sandbox, '93010');
  const commune = await agent.applications.create(CALL, { commune: '93010' });
  const decider = await organiser(sandbox);

  const listed = await raw(sandbox, 'GET', `/v1/applications?call=${CALL}&commune=93010`, {
    token: decider.session.token,
  });
  assert.equal(listed.status, 200);
  assert.deepEqual(
    listed.json.data.map((dossier: { id: string; holdsPlace: boolean }) => [dossier.id, dossier.holdsPlace]),
    [
      [squatted.id, false],
      [commune.id, true],
    ],
  );
  assert.deepEqual(
    (await decider.communeClaims.list({ commune: '93010' })).map((claim) => [claim.email, claim.status]),
    [[agent.session.account.email, 'approved']],
  );

  const reason = 'Ce compte ne représente pas la mairie de Bondy.';
  const withdrawn = await decider.applications.withdrawByOrganiser(squatted.id, { reason });
  assert.equal(withdrawn.status, 'withdrawn');
  const notice = await sandbox.mail!.waitFor(squatter.session.account.email, /retiré/);
  assert.match(notice.text, new RegExp(reason));
  const entry = (await squatter.applications.history(squatted.id)).at(-1)!;
  assert.equal(entry.action, 'withdrawn_by_organiser');
  assert.equal(entry.actorId, decider.session.account.id);
  assert.equal(entry.actorRole, 'organiser');
  assert.equal(entry.reason, reason);

  // A draft started by someone who left, given to the town hall's verified agent: it takes the free place.
  const leaver = await applicant(sandbox);
  const started = await leaver.applications.create(CALL, { commune: '92026' });
  const courbevoie = await verifiedAgent(sandbox, '92026');
  const why = 'Départ de l’agent ; le dossier revient au service.';
  const reassigned = await decider.applications.reassign(started.id, {
    accountId: courbevoie.session.account.id,
    reason: why,
  });
  assert.equal(reassigned.ownerId, courbevoie.session.account.id);
  assert.equal(reassigned.holdsPlace, true);
  assert.equal((await rejection(leaver.applications.get(started.id))).status, 404);
  assert.equal((await courbevoie.applications.get(started.id)).id, started.id);
  await sandbox.mail!.waitFor(courbevoie.session.account.email, /vous a été confié/);
  await sandbox.mail!.waitFor(leaver.session.account.email, /confié à une autre personne/);
  const last = (await courbevoie.applications.history(started.id)).at(-1)!;
  assert.deepEqual(
    [last.action, last.reason, last.details],
    ['reassigned', why, { fromAccountId: leaver.session.account.id, toAccountId: courbevoie.session.account.id }],
  );

  // Applicants neither withdraw others' dossiers nor reassign them.
  assert.equal(
    (await rejection(agent.applications.reassign(commune.id, { accountId: agent.session.account.id, reason: 'x' })))
      .status,
    403,
  );
});

test("when the commune's dossier is withdrawn, a verified colleague's own draft takes the place", async () => {
  const early = await applicant(sandbox);
  const earlyDraft = await early.applications.create(CALL, { commune: '94028' });
  const holder = await verifiedAgent(sandbox, '94028');
  const held = await holder.applications.create(CALL, { commune: '94028' });
  // Verified while the place is held: the draft stays beside the commune's dossier.
  const claim = await early.communeClaims.create({
    commune: '94028',
    name: 'Paul Lemoine',
    townHallRole: 'Chargé de mission',
  });
  await (await organiser(sandbox)).communeClaims.decide(claim.id, { decision: 'approve' });
  assert.equal((await early.applications.get(earlyDraft.id)).holdsPlace, false);

  await holder.applications.withdraw(held.id);
  assert.equal((await early.applications.get(earlyDraft.id)).holdsPlace, true);
});
