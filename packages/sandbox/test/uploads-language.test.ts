import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applicant, nextCommune, startTestSandbox } from './helpers.js';
import { pngBytes, tusClient } from './upload-helpers.js';
import { shareWith } from './sharing-helpers.js';

/** The platform's upload refusals, read by a person: in the language the client asked for (Accept-Language). */
const sandbox = await startTestSandbox();

async function draftWithTus() {
  const agent = await applicant(sandbox);
  const application = await agent.applications.create('qmi-2', { commune: nextCommune() });
  return { agent, application, tus: tusClient(sandbox, agent.session.token) };
}
const mayorLetter = (applicationId: string, filename = 'lettre.pdf') => ({
  applicationId,
  kind: 'mayor_letter',
  filename,
  filetype: 'application/pdf',
});

test('a PNG renamed .pdf is refused at its last byte with the same problem in French and in English', async () => {
  const answers: Record<string, { title: string; detail: string; code: string }> = {};
  for (const lang of ['fr', 'en']) {
    const { application, tus } = await draftWithTus();
    const created = await tus.create(mayorLetter(application.id), 5000, { 'accept-language': lang });
    const refused = await tus.patch(created.url!, 0, pngBytes(5000), { headers: { 'accept-language': lang } });
    assert.equal(refused.status, 415);
    answers[lang] = refused.json;
  }
  assert.equal(answers.fr!.code, answers.en!.code);
  assert.deepEqual(
    [answers.fr!.title, answers.fr!.detail],
    [
      'Le contenu du fichier ne correspond pas à son nom ou à son type.',
      'Ce fichier est un PNG, pas un PDF comme son nom l’indique.',
    ],
  );
  assert.deepEqual(
    [answers.en!.title, answers.en!.detail],
    ['The file’s content does not match its name or type.', 'This file is a PNG, not a PDF as its name says.'],
  );
});

test('a kind already taken by an upload in progress refuses another one at creation, explained in each language', async () => {
  for (const [lang, detail] of [
    ['fr', 'Ce document accepte 1 fichier(s) au plus : supprimez-en un pour le remplacer.'],
    ['en', 'This document takes at most 1 file(s): delete one to replace it.'],
  ] as const) {
    const { agent, application, tus } = await draftWithTus();
    const colleague = await applicant(sandbox);
    await shareWith(sandbox, agent, application.id, colleague);
    // The owner's letter is on its way, not finished: it already holds the kind's one place.
    const first = await tus.create(mayorLetter(application.id, 'lettre-1.pdf'), 1000);
    assert.equal(first.status, 201);
    const refused = await tusClient(sandbox, colleague.session.token).create(
      mayorLetter(application.id, 'lettre-2.pdf'),
      1000,
      { 'accept-language': lang },
    );
    assert.equal(refused.status, 409);
    assert.equal(refused.json.code, 'document_limit_reached');
    assert.equal(refused.json.detail, detail);
    assert.equal(refused.json.maxCount, 1);
  }
});
