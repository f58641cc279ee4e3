// What a browser must be able to rely on to show the platform's current state: its time on every
// answer (deadlines are the platform's, not the device's), and a dossier whose ETag changes whenever
// anything in it changes, documents included (a browser's HTTP cache revalidates with that ETag).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createClient } from '@qmi/core';
import { applicant, nextCommune, organiser, raw, startTestSandbox } from './helpers.js';
import { pdfBytes, tusClient } from './upload-helpers.js';

const PARTNER = 'https://mairie-partenaire.example';
const logs: Array<{ message: string; fields: Record<string, unknown> | undefined }> = [];
const sandbox = await startTestSandbox({
  allowedOrigins: [PARTNER],
  log: (_level, message, fields) => void logs.push({ message, fields }),
});

test('every answer states the platform’s time, readable from a partner page, and /v1/time answers it', async () => {
  const organiserClient = await organiser(sandbox);
  await raw(sandbox, 'PUT', '/v1/sandbox/clock', {
    token: organiserClient.session.token,
    body: JSON.stringify({ now: '2024-01-12T22:59:00Z' }),
    headers: { 'content-type': 'application/json' },
  });
  for (const [method, pathname] of [
    ['GET', '/v1/calls/qmi-2'],
    ['GET', '/v1/applications/app_missing'],
    ['GET', '/v1/time'],
    ['GET', '/healthz'],
  ] as const) {
    const answer = await raw(sandbox, method, pathname, { headers: { origin: PARTNER } });
    const stated = Date.parse(answer.headers.get('qmi-now') ?? '');
    assert.ok(
      Math.abs(stated - Date.parse('2024-01-12T22:59:00Z')) < 60_000,
      `${method} ${pathname} states the sandbox clock, got ${answer.headers.get('qmi-now')}`,
    );
    if (pathname.startsWith('/v1/'))
      assert.match(
        answer.headers.get('access-control-expose-headers') ?? '',
        /Qmi-Now/i,
        'a page on another origin may read it',
      );
  }
  const time = await raw(sandbox, 'GET', '/v1/time');
  assert.equal(time.status, 200);
  assert.ok(Math.abs(Date.parse(time.json.now) - Date.parse('2024-01-12T22:59:00Z')) < 60_000);

  // The client keeps the offset: its clock now reads the platform's time, not this machine's.
  const client = createClient({ baseUrl: sandbox.url });
  assert.equal(client.clock.known, false);
  const now = await client.syncClock();
  assert.equal(client.clock.known, true);
  assert.ok(
    Math.abs(now.getTime() - Date.parse('2024-01-12T22:59:00Z')) < 60_000,
    `client clock: ${now.toISOString()}`,
  );
  await raw(sandbox, 'PUT', '/v1/sandbox/clock', {
    token: organiserClient.session.token,
    body: JSON.stringify({ now: '2023-12-01T09:00:00Z' }),
    headers: { 'content-type': 'application/json' },
  });
});

test('an upload and a removal change the dossier’s revision, so a cached copy is never served as current', async () => {
  const agent = await applicant(sandbox);
  const created = await agent.applications.create('qmi-2', { commune: nextCommune() });
  const tus = tusClient(sandbox, agent.session.token);
  const file = pdfBytes(20_000);
  const upload = await tus.create(
    { applicationId: created.id, kind: 'mayor_letter', filename: 'lettre.pdf', filetype: 'application/pdf' },
    file.length,
  );
  const done = await tus.patch(upload.url!, 0, file);
  assert.equal(done.status, 204);
  const documentId = done.headers.get('qmi-document-id')!;

  // What a browser's HTTP cache does with the copy it holds: revalidate with its ETag.
  const revalidated = await raw(sandbox, 'GET', `/v1/applications/${created.id}`, {
    token: agent.session.token,
    headers: { 'if-none-match': `"${created.revision}"` },
  });
  assert.equal(revalidated.status, 200, 'the dossier changed: not 304');
  assert.deepEqual(
    revalidated.json.documents.map((d: { id: string }) => d.id),
    [documentId],
  );
  assert.equal(revalidated.headers.get('etag'), `"${created.revision + 1}"`);

  await agent.documents.remove(created.id, documentId);
  const afterRemoval = await raw(sandbox, 'GET', `/v1/applications/${created.id}`, {
    token: agent.session.token,
    headers: { 'if-none-match': revalidated.headers.get('etag')! },
  });
  assert.equal(afterRemoval.status, 200);
  assert.deepEqual(afterRemoval.json.documents, []);

  // An autosave written against the revision before the upload meets 412 with the current dossier.
  const stale = await raw(sandbox, 'PATCH', `/v1/applications/${created.id}`, {
    token: agent.session.token,
    headers: { 'if-match': `"${created.revision}"`, 'content-type': 'application/merge-patch+json' },
    body: JSON.stringify({ challenge: { title: 'Rues aux écoles' } }),
  });
  assert.equal(stale.status, 412);
  assert.deepEqual(stale.json.current.documents, []);
});

test('a page on an origin that is not allowed gets no CORS grant, and the platform says so once in its log', async () => {
  const stranger = 'https://autre-site.example';
  for (let i = 0; i < 3; i++) {
    const answer = await raw(sandbox, 'GET', '/v1/calls/qmi-2', { headers: { origin: stranger } });
    assert.equal(answer.headers.get('access-control-allow-origin'), null);
  }
  const said = logs.filter((line) => line.message === 'origin refused' && line.fields?.origin === stranger);
  assert.equal(said.length, 1);
  assert.match(String(said[0]!.fields?.hint), /QMI_ALLOWED_ORIGINS/);
});
