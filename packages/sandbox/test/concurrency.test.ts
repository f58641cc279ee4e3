import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConflictError, PreconditionFailedError } from '@qmi/core';
import { applicant, nextCommune, raw, rejection, startTestSandbox, verifiedAgent } from './helpers.js';

const sandbox = await startTestSandbox();

test('a save against a stale revision is refused with 412 and the current dossier, and changes nothing', async () => {
  const agent = await applicant(sandbox);
  const created = await agent.applications.create('qmi-2', { commune: nextCommune() });
  const mine = await agent.applications.update(
    created.id,
    { challenge: { title: 'Version de Camille' } },
    { ifMatch: 1 },
  );
  // A colleague's tab still holds revision 1.
  const error = await rejection(
    agent.applications.update(created.id, { challenge: { title: 'Version de Thomas' } }, { ifMatch: 1 }),
  );
  assert.ok(error instanceof PreconditionFailedError);
  assert.equal(error.status, 412);
  assert.equal(error.code, 'revision_mismatch');
  assert.equal((error.current as { revision: number }).revision, mine.revision);
  assert.equal((error.current as { challenge: { title: string } }).challenge.title, 'Version de Camille');
  assert.equal(error.headers.get('etag'), `"${mine.revision}"`);
  const stored = await agent.applications.get(created.id);
  assert.equal(stored.challenge?.title, 'Version de Camille');
});

test('a save without If-Match is refused with 428, so no write can blindly overwrite another', async () => {
  const agent = await applicant(sandbox);
  const created = await agent.applications.create('qmi-2', { commune: nextCommune() });
  const response = await raw(sandbox, 'PATCH', `/v1/applications/${created.id}`, {
    token: agent.session.token,
    headers: { 'content-type': 'application/merge-patch+json' },
    body: JSON.stringify({ challenge: { title: 'Sans précondition' } }),
  });
  assert.equal(response.status, 428);
  assert.equal(response.json.code, 'precondition_required');
  assert.equal(response.headers.get('content-type'), 'application/problem+json; charset=utf-8');
  assert.equal((await agent.applications.get(created.id)).challenge, undefined);
});

test('GET answers the revision as ETag and 304 when it has not changed', async () => {
  const agent = await applicant(sandbox);
  const created = await agent.applications.create('qmi-2', { commune: nextCommune() });
  const first = await raw(sandbox, 'GET', `/v1/applications/${created.id}`, { token: agent.session.token });
  assert.equal(first.headers.get('etag'), '"1"');
  const again = await raw(sandbox, 'GET', `/v1/applications/${created.id}`, {
    token: agent.session.token,
    headers: { 'if-none-match': '"1"' },
  });
  assert.equal(again.status, 304);
});

test('a save that changes nothing keeps the revision', async () => {
  const agent = await applicant(sandbox);
  const created = await agent.applications.create('qmi-2', { commune: nextCommune() });
  const saved = await agent.applications.update(created.id, { challenge: { title: 'Même titre' } }, { ifMatch: 1 });
  const same = await agent.applications.update(
    created.id,
    { challenge: { title: 'Même titre' } },
    { ifMatch: saved.revision },
  );
  assert.equal(same.revision, saved.revision);
});

test('null in a merge patch removes a field; arrays are replaced whole (RFC 7396)', async () => {
  const agent = await applicant(sandbox);
  const created = await agent.applications.create('qmi-2', { commune: nextCommune() });
  let app = await agent.applications.update(
    created.id,
    {
      challenge: { title: 'T', description: 'D' },
      sectors: [
        { id: 's1', name: 'Nord' },
        { id: 's2', name: 'Sud' },
      ],
    },
    { ifMatch: 1 },
  );
  app = await agent.applications.update(
    created.id,
    { challenge: { description: null }, sectors: [{ id: 's2', name: 'Sud' }] },
    { ifMatch: app.revision },
  );
  assert.deepEqual(app.challenge, { title: 'T' });
  assert.deepEqual(app.sectors, [{ id: 's2', name: 'Sud' }]);
});

test('a create retried with the same Idempotency-Key returns the first dossier instead of a conflict', async () => {
  const agent = await applicant(sandbox);
  const commune = nextCommune();
  const first = await agent.applications.create('qmi-2', { commune }, { idempotencyKey: 'create-once' });
  const retried = await agent.applications.create('qmi-2', { commune }, { idempotencyKey: 'create-once' });
  assert.deepEqual(retried, first);
  const replay = await raw(sandbox, 'POST', '/v1/calls/qmi-2/applications', {
    token: agent.session.token,
    headers: { 'content-type': 'application/json', 'idempotency-key': 'create-once' },
    body: JSON.stringify({ commune }),
  });
  assert.equal(replay.status, 201);
  assert.equal(replay.headers.get('idempotent-replayed'), 'true');
  // The same key for a different request is a client bug, said clearly.
  const reused = await rejection(
    agent.applications.create('qmi-2', { commune: nextCommune() }, { idempotencyKey: 'create-once' }),
  );
  assert.equal(reused.code, 'idempotency_key_reused');
  // Without the key, a second dossier for the same commune is a conflict that points to the first.
  const conflict = await rejection(agent.applications.create('qmi-2', { commune }));
  assert.ok(conflict instanceof ConflictError);
  assert.equal(conflict.code, 'application_exists');
  assert.equal(conflict.problem.existingApplicationId, first.id);
});

test('another account never learns whether a commune has a dossier; a verified colleague is pointed to it', async () => {
  const commune = nextCommune();
  const first = await verifiedAgent(sandbox, commune);
  const dossier = await first.applications.create('qmi-2', { commune });
  // An account not verified for the commune gets its own draft, the same answer as for a free commune.
  const stranger = await applicant(sandbox);
  const draft = await stranger.applications.create('qmi-2', { commune });
  assert.notEqual(draft.id, dossier.id);
  assert.equal(draft.holdsPlace, false);
  // A verified colleague may join the commune's dossier, so the conflict names it.
  const colleague = await verifiedAgent(sandbox, commune);
  const conflict = await rejection(colleague.applications.create('qmi-2', { commune }));
  assert.equal(conflict.code, 'application_exists');
  assert.equal(conflict.problem.existingApplicationId, dossier.id);
  assert.equal(conflict.problem.joinable, true);
});

test('32 concurrent saves on one dossier: each is applied once or refused with 412, none is lost silently', async () => {
  const agent = await applicant(sandbox);
  const created = await agent.applications.create('qmi-2', { commune: nextCommune() });
  const results = await Promise.allSettled(
    Array.from({ length: 32 }, (_, i) =>
      agent.applications.update(created.id, { challenge: { title: `save ${i}` } }, { ifMatch: 1 }),
    ),
  );
  const accepted = results.filter((r) => r.status === 'fulfilled');
  const refused = results.filter((r) => r.status === 'rejected');
  assert.equal(accepted.length, 1);
  assert.ok(refused.every((r) => (r as PromiseRejectedResult).reason instanceof PreconditionFailedError));
  const stored = await agent.applications.get(created.id);
  assert.equal(stored.revision, 2);
  assert.equal(
    stored.challenge?.title,
    (accepted[0] as PromiseFulfilledResult<{ challenge: { title: string } }>).value.challenge.title,
  );
});
