import assert from 'node:assert/strict';
import { test } from 'node:test';
import { QMI_2, ValidationError } from '@qmi/core';
import { exampleDossier } from '@qmi/core/testing';
import { evaluate } from '@qmi/validators';
import { applicant, INSIDE_WINDOW, rejection, startTestSandbox, verifiedAgent } from './helpers.js';

const sandbox = await startTestSandbox();

test('a commune outside the Métropole du Grand Paris cannot open a dossier (Versailles, 78646)', async () => {
  const agent = await applicant(sandbox);
  const error = await rejection(agent.applications.create('qmi-2', { commune: '78646' }));
  assert.ok(error instanceof ValidationError);
  assert.equal(error.code, 'commune_not_eligible');
  assert.deepEqual(
    error.issues.map((i: { rule: string }) => i.rule),
    ['commune.in-territory'],
  );
  assert.match(error.issues[0]!.message, /n’est pas celui d’une commune de la Métropole du Grand Paris/);
});

test('an edition-1 laureate is told why it cannot apply again, in the reader’s language', async () => {
  const agent = await applicant(sandbox);
  const fr = await rejection(agent.applications.create('qmi-2', { commune: '92048' }));
  assert.deepEqual(
    fr.issues.map((i: { rule: string }) => i.rule),
    ['commune.not-excluded'],
  );
  assert.equal(
    fr.fieldErrors[0].message,
    'Meudon est déjà lauréate de la 1re édition (2022) : cette 2e édition sélectionne de nouvelles communes.',
  );
  const english = await applicant(sandbox, { lang: 'en' });
  const en = await rejection(english.applications.create('qmi-2', { commune: '93005' }));
  assert.equal(
    en.fieldErrors[0].message,
    'Aulnay-sous-Bois is already a laureate of the 1st edition (2022): this 2nd edition selects new communes.',
  );
});

test('Pierrefitte-sur-Seine’s former code (93059) opens the dossier of Saint-Denis (93066)', async () => {
  const agent = await applicant(sandbox);
  const app = await agent.applications.create('qmi-2', { commune: '93059' });
  assert.equal(app.commune, '93066');
  // One dossier per commune: Saint-Denis by its own code is now taken.
  const again = await rejection(agent.applications.create('qmi-2', { commune: '93066' }));
  assert.equal(again.code, 'application_exists');
});

test('QMI 2 refuses a complete form without its documents, with the same rule ids as the browser', async () => {
  // Verified for Paris, so that only the missing documents stop the submission.
  const agent = await verifiedAgent(sandbox, '75056');
  const draft = await agent.applications.create('qmi-2', { commune: '75056' });
  const filled = await agent.applications.update(draft.id, exampleDossier(), { ifMatch: draft.revision });
  const error = await rejection(agent.applications.submit(filled.id));
  assert.equal(error.code, 'incomplete_application');
  const server = error.issues.map((i: { rule: string; path: string }) => `${i.rule} ${i.path}`);
  assert.deepEqual(server, [
    'documents.count documents.mayor_letter',
    'documents.count documents.sector_sheet',
    'documents.count documents.partner_support',
    'partners.support-letter partners.0.supportLetter',
    'partners.support-letter partners.1.supportLetter',
  ]);
  const browser = evaluate(filled, QMI_2, { now: new Date(INSIDE_WINDOW) });
  assert.deepEqual(
    browser.issues.filter((i) => i.severity === 'error').map((i) => `${i.rule} ${i.path}`),
    server,
  );
  assert.equal((await agent.applications.get(draft.id)).status, 'draft');
});
