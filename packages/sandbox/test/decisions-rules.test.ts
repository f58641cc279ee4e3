import assert from 'node:assert/strict';
import { test } from 'node:test';
import { INSIDE_WINDOW, organiser, raw, rejection, startTestSandbox } from './helpers.js';
import { eligibleDossier, submittedDossier } from './decision-helpers.js';

const sandbox = await startTestSandbox();

test('asking for changes names what to change; the commune’s e-mail lists them by their form labels', async () => {
  const { agent, application } = await submittedDossier(sandbox);
  const org = await organiser(sandbox);

  const nothing = await rejection(org.applications.decide(application.id, { action: 'request_changes' }));
  assert.equal(nothing.status, 422);
  assert.equal(nothing.code, 'decision_incomplete');
  assert.deepEqual(
    nothing.fieldErrors.map((e: { path: string }) => e.path),
    ['fields'],
  );
  const unknown = await rejection(
    org.applications.decide(application.id, { action: 'request_changes', fields: ['challenge.title', 'budget'] }),
  );
  assert.equal(unknown.code, 'validation_failed');
  assert.deepEqual(
    unknown.fieldErrors.map((e: { path: string }) => e.path),
    ['fields.1'],
  );

  const { decision, application: back } = await org.applications.decide(application.id, {
    action: 'request_changes',
    fields: ['challenge.title', 'partners.0.role', 'documents'],
    comment: 'Précisez le rôle du bailleur.',
  });
  assert.equal(back.status, 'changes_requested');
  assert.deepEqual(decision.fields, ['challenge.title', 'partners.0.role', 'documents']);
  // The commune reads the same fields on the decisions it can list.
  const [seen] = await agent.applications.decisions(application.id);
  assert.deepEqual(seen!.fields, decision.fields);

  const mail = await sandbox.mail!.waitFor(agent.session.account.email, /modifications vous sont demandées/);
  assert.match(mail.text, /– Intitulé du défi \(Le défi et le quartier d’innovation\)/);
  assert.match(mail.text, /– Partenaires : Rôle dans la démarche \(Partenaires locaux\)/);
  assert.match(mail.text, /– Pièces du dossier/);
  assert.match(mail.text, /Message des organisateurs : Précisez le rôle du bailleur\./);
  assert.match(mail.html, /Intitulé du défi/);
});

test('declaring a dossier ineligible gives reasons; the commune’s e-mail lists them', async () => {
  const { agent, application } = await submittedDossier(sandbox);
  const org = await organiser(sandbox);
  const nothing = await rejection(org.applications.decide(application.id, { action: 'declare_ineligible' }));
  assert.equal(nothing.code, 'decision_incomplete');
  assert.deepEqual(
    nothing.fieldErrors.map((e: { path: string }) => e.path),
    ['reasons'],
  );
  const { decision } = await org.applications.decide(application.id, {
    action: 'declare_ineligible',
    reasons: ['La commune ne fait pas partie de la Métropole du Grand Paris.'],
  });
  assert.deepEqual(decision.reasons, ['La commune ne fait pas partie de la Métropole du Grand Paris.']);
  const mail = await sandbox.mail!.waitFor(agent.session.account.email, /non recevable/);
  assert.match(mail.text, /Motifs :\n\n– La commune ne fait pas partie de la Métropole du Grand Paris\./);
});

test('a complete and admissible dossier is invited to the two-day training, in the commune’s language', async () => {
  const { agent, application } = await submittedDossier(sandbox, { lang: 'en' });
  const org = await organiser(sandbox);
  await org.applications.decide(application.id, { action: 'declare_eligible' });
  const mail = await sandbox.mail!.waitFor(agent.session.account.email, /complete and admissible/);
  assert.match(mail.text, /two-day training led by Paris&Co's experts/);
  assert.match(mail.text, /Your commune is invited/);
  const history = await org.applications.history(application.id);
  const decided = history.filter((entry) => entry.action === 'decided');
  assert.deepEqual(
    decided.map((entry) => entry.details),
    [{ action: 'declare_eligible' }],
  );
});

test('a fifth commune cannot be selected in QMI 2; the laureates know their agreement deadline', async () => {
  // Its own platform: the cap counts the call's selected dossiers, and the other tests select some too.
  const sandbox = await startTestSandbox();
  const org = await organiser(sandbox);
  const dossiers = await Promise.all([1, 2, 3, 4, 5].map(() => eligibleDossier(sandbox)));
  for (const { application } of dossiers.slice(0, 4)) {
    const { decision } = await org.applications.decide(application.id, { action: 'select' });
    // One month after the selection, at the platform's time (its clock runs on from 1 December 2023).
    assert.equal(decision.agreementDeadline, decision.decidedAt.replace('2023-12-01', '2024-01-01'));
  }
  const fifth = dossiers[4]!;
  const refused = await rejection(org.applications.decide(fifth.application.id, { action: 'select' }));
  assert.equal(refused.status, 409);
  assert.equal(refused.code, 'selection_cap_reached');
  assert.equal(refused.problem.maxSelected, 4);
  assert.equal(refused.problem.selected, 4);
  assert.equal((await org.applications.get(fifth.application.id)).status, 'eligible');

  const laureate = dossiers[0]!;
  const mail = await sandbox.mail!.waitFor(laureate.agent.session.account.email, /lauréate/);
  assert.match(mail.text, /dans un délai maximum d’un mois après cette notification/);
  assert.match(mail.text, /au plus tard le 1 janvier 2024 à 10:0\d:\d\d \(heure de Paris\)/);

  // Not selected: thanked, and offered the training.
  await org.applications.decide(fifth.application.id, { action: 'reject' });
  const regret = await sandbox.mail!.waitFor(fifth.agent.session.account.email, /non retenu/);
  assert.match(regret.text, /Merci pour votre candidature/);
  assert.match(regret.text, /formation gratuite de deux jours/);
});

test('a selection on 31 January must be followed by an agreement by 29 February, not 2 March', async () => {
  const { application } = await eligibleDossier(sandbox);
  const org = await organiser(sandbox);
  sandbox.clock.set('2024-01-31T10:00:00Z');
  try {
    const { decision } = await org.applications.decide(application.id, { action: 'select' });
    assert.equal(decision.agreementDeadline, decision.decidedAt.replace('2024-01-31', '2024-02-29'));
  } finally {
    sandbox.clock.set(INSIDE_WINDOW);
  }
});

test('organisers record the agreement’s signature of a selected dossier only, never in the future', async () => {
  const { agent, application } = await eligibleDossier(sandbox);
  const org = await organiser(sandbox);
  const early = await rejection(org.dossiers.recordAgreement(application.id, { signedAt: '2023-12-01T08:00:00Z' }));
  assert.equal(early.status, 409);
  assert.equal(early.code, 'invalid_transition');
  await org.applications.decide(application.id, { action: 'select' });
  const future = await rejection(org.dossiers.recordAgreement(application.id, { signedAt: '2023-12-20T08:00:00Z' }));
  assert.equal(future.code, 'validation_failed');
  const signed = await org.dossiers.recordAgreement(application.id, { signedAt: '2023-12-01T08:00:00Z' });
  assert.equal(signed.status, 'selected');
  const history = await org.applications.history(application.id);
  assert.deepEqual(history.at(-1)!.details, { signedAt: '2023-12-01T08:00:00Z' });
  assert.equal(history.at(-1)!.action, 'agreement_signed');
  // Applicants do not record it.
  const byCommune = await raw(sandbox, 'POST', `/v1/applications/${application.id}/agreement`, {
    token: agent.session.token,
    body: JSON.stringify({ signedAt: '2023-12-01T08:00:00Z' }),
    headers: { 'content-type': 'application/json' },
  });
  assert.equal(byCommune.status, 403);
});
