// Reading a dossier: its answer is assembled from the bytes its sections are stored as, never parsed and
// serialised again (store/applications.ts `json`). What a page reads must still be exactly the dossier it
// saved, whatever it holds, with its ETag, its 304, and the grant of a partner's origin.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import type { ApplicationContent } from '@qmi/core';
import { applicant, nextCommune, raw, startTestSandbox } from './helpers.js';

const PARTNER = 'https://mairie-partenaire.example';
const sandbox = await startTestSandbox({ allowedOrigins: [PARTNER] });
after(() => sandbox.close());
const DOSSIER = '../../../bench/dossier.mjs';
const { fullDossier } = (await import(DOSSIER)) as { fullDossier: () => ApplicationContent };

test('a full dossier reads back exactly as it was saved: accents, quotes, line separators and emoji included', async () => {
  const agent = await applicant(sandbox);
  const created = await agent.applications.create('qmi-2', { commune: nextCommune() });
  const dossier = fullDossier();
  // What JSON must escape or encode on several bytes, in a section and in a list item.
  const tricky = 'L’école « Jean-Zay » : "cour oasis"\\ \u2028 ligne ; 🌳 ; café';
  dossier.challenge.title = tricky;
  dossier.partners![3]!.name = tricky;
  const saved = await agent.applications.update(created.id, dossier, { ifMatch: created.revision });

  const answer = await raw(sandbox, 'GET', `/v1/applications/${created.id}`, { token: agent.session.token });
  assert.equal(answer.status, 200);
  assert.match(answer.headers.get('content-type') ?? '', /^application\/json/);
  assert.equal(answer.headers.get('etag'), `"${saved.revision}"`);
  assert.deepEqual(answer.json, saved, 'the same dossier as the save answered');
  // As saved: the platform keeps a line separator as a line break (input hygiene), the rest as typed.
  const kept = tricky.replace('\u2028', '\n');
  assert.equal(answer.json.challenge?.title, kept);
  assert.equal(answer.json.partners?.[3]?.name, kept);
  // Each key once: its content's sections, then what the platform says about it.
  const keys = Object.keys(answer.json);
  assert.deepEqual(keys.slice(0, 3), ['applicant', 'challenge', 'sectors']);
  assert.deepEqual(keys.slice(-3), ['documents', 'createdAt', 'updatedAt']);
  assert.equal(Number(answer.headers.get('content-length')), Buffer.byteLength(JSON.stringify(saved)));

  // The client's own read agrees, and a page that holds this revision gets a 304 without a body.
  assert.deepEqual(await agent.applications.get(created.id), saved);
  const unchanged = await raw(sandbox, 'GET', `/v1/applications/${created.id}`, {
    token: agent.session.token,
    headers: { 'if-none-match': `"${saved.revision}"` },
  });
  assert.equal(unchanged.status, 304);
  assert.equal(unchanged.headers.get('etag'), `"${saved.revision}"`);
});

test('a dossier with nothing filled in yet reads as valid JSON; another account gets a 404', async () => {
  const agent = await applicant(sandbox);
  const created = await agent.applications.create('qmi-2', { commune: nextCommune() });
  const answer = await raw(sandbox, 'GET', `/v1/applications/${created.id}`, { token: agent.session.token });
  assert.equal(answer.status, 200);
  assert.deepEqual(answer.json, created);

  const stranger = await applicant(sandbox);
  const refused = await raw(sandbox, 'GET', `/v1/applications/${created.id}`, { token: stranger.session.token });
  assert.equal(refused.status, 404);
  assert.match(refused.headers.get('content-type') ?? '', /^application\/problem\+json/);
});

test('a partner’s page reads the dossier across origins: granted with the headers it may read; another origin is not', async () => {
  const agent = await applicant(sandbox);
  const created = await agent.applications.create('qmi-2', { commune: nextCommune() });
  const path = `/v1/applications/${created.id}`;
  const granted = await raw(sandbox, 'GET', path, { token: agent.session.token, headers: { origin: PARTNER } });
  assert.equal(granted.status, 200);
  assert.equal(granted.headers.get('access-control-allow-origin'), PARTNER);
  assert.match(granted.headers.get('access-control-expose-headers') ?? '', /ETag/i);
  assert.match(granted.headers.get('vary') ?? '', /Origin/);
  // An error answer is granted too: the page must be able to read why.
  const missing = await raw(sandbox, 'GET', '/v1/applications/app_missing', {
    token: agent.session.token,
    headers: { origin: PARTNER },
  });
  assert.equal(missing.status, 404);
  assert.equal(missing.headers.get('access-control-allow-origin'), PARTNER);

  const other = await raw(sandbox, 'GET', path, {
    token: agent.session.token,
    headers: { origin: 'https://ailleurs.example' },
  });
  assert.equal(other.headers.get('access-control-allow-origin'), null);
  assert.equal(other.headers.get('access-control-expose-headers'), null);
  assert.match(other.headers.get('vary') ?? '', /Origin/);
});
