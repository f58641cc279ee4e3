import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applicant, nextCommune, raw, startTestSandbox } from './helpers.js';

const sandbox = await startTestSandbox();
const agent = await applicant(sandbox);
const app = await agent.applications.create('qmi-2', { commune: nextCommune() });
const token = agent.session.token;
const patch = (body: string, headers: Record<string, string> = {}) =>
  raw(sandbox, 'PATCH', `/v1/applications/${app.id}`, {
    token,
    body,
    headers: { 'content-type': 'application/merge-patch+json', 'if-match': `"${app.revision}"`, ...headers },
  });

const isProblem = (response: Awaited<ReturnType<typeof raw>>) => {
  assert.equal(response.headers.get('content-type'), 'application/problem+json; charset=utf-8');
  assert.equal(typeof response.json.code, 'string');
  assert.equal(response.json.status, response.status);
  assert.ok(response.json.type && response.json.title && response.json.requestId);
  assert.doesNotMatch(response.text, /at .*\.(ts|js):\d+/, 'no stack trace');
};

test('malformed JSON is a 400 problem, not a 500', async () => {
  const response = await patch('{"challenge": {"title": ');
  assert.equal(response.status, 400);
  assert.equal(response.json.code, 'malformed_json');
  isProblem(response);
});

test('wrong types are a 422 with the path of every field at fault', async () => {
  const response = await patch(
    JSON.stringify({ challenge: { title: 12 }, partners: [{ id: 'p1', type: 'voisin' }], sectors: 'nord' }),
  );
  assert.equal(response.status, 422);
  assert.equal(response.json.code, 'validation_failed');
  assert.deepEqual(response.json.errors.map((e: { path: string }) => e.path).sort(), [
    'challenge.title',
    'partners.0.type',
    'sectors',
  ]);
  assert.match(response.json.errors[0].message, /attendu|invalide/);
  isProblem(response);
});

test('server-owned fields and unknown fields are refused, never silently dropped', async () => {
  const readOnly = await patch(JSON.stringify({ status: 'selected', revision: 99 }));
  assert.equal(readOnly.status, 422);
  assert.deepEqual(
    readOnly.json.errors.map((e: { path: string; code: string }) => [e.path, e.code]),
    [
      ['status', 'read_only'],
      ['revision', 'read_only'],
    ],
  );
  const unknown = await patch(JSON.stringify({ challenge: { titre: 'faute de frappe' } }));
  assert.equal(unknown.status, 422);
  assert.equal(unknown.json.errors[0].path, 'challenge');
});

test('a body that is not an object, the wrong media type, or too large is refused clearly', async () => {
  const array = await patch('[1,2]');
  assert.equal(array.status, 422);
  const text = await patch('title=x', { 'content-type': 'text/plain' });
  assert.equal(text.status, 415);
  assert.equal(text.json.code, 'unsupported_media_type');
  const huge = await patch(JSON.stringify({ motivations: { text: 'x'.repeat(1_100_000) } }));
  assert.equal(huge.status, 413);
  isProblem(huge);
});

test('titles follow Accept-Language: French by default, English on request', async () => {
  const fr = await raw(sandbox, 'GET', '/v1/applications/app_inconnu', { token });
  assert.equal(fr.json.title, 'Ressource introuvable.');
  const en = await raw(sandbox, 'GET', '/v1/applications/app_inconnu', {
    token,
    headers: { 'accept-language': 'en-GB,en;q=0.9' },
  });
  assert.equal(en.json.title, 'Resource not found.');
});

test('unknown routes are 404 and known routes with another method are 405 with Allow', async () => {
  const missing = await raw(sandbox, 'GET', '/v1/nothing-here');
  assert.equal(missing.status, 404);
  isProblem(missing);
  const method = await raw(sandbox, 'DELETE', '/v1/calls/qmi-2');
  assert.equal(method.status, 405);
  assert.equal(method.headers.get('allow'), 'GET');
});

test('a battery of hostile inputs never produces a 500', async () => {
  const bodies = [
    '',
    'null',
    '"x"',
    '0',
    'true',
    '{}',
    '{"commune":null}',
    '{"commune":"ABCDE"}',
    '{"commune":["93066"]}',
    '\u0000',
    '{"a":'.repeat(50),
    JSON.stringify({ commune: '9'.repeat(10_000) }),
  ];
  const routes: Array<[string, string]> = [
    ['POST', '/v1/accounts'],
    ['POST', '/v1/sessions'],
    ['POST', '/v1/calls/qmi-2/applications'],
    ['POST', `/v1/applications/${app.id}/messages`],
    ['POST', `/v1/applications/${app.id}/invitations`],
    ['POST', `/v1/applications/${app.id}/ownership`],
    ['POST', '/v1/invitations/acceptance'],
    ['POST', `/v1/applications/${app.id}/decisions`],
    ['PATCH', `/v1/applications/${app.id}`],
    ['POST', '/v1/calls/..%2F..%2Fetc/applications'],
    ['GET', '/v1/applications?limit=-1&cursor=%%%'],
  ];
  for (const [method, path] of routes) {
    for (const body of bodies) {
      const response = await raw(sandbox, method, path, {
        token,
        ...(method === 'GET' ? {} : { body }),
        headers: {
          'content-type': method === 'PATCH' ? 'application/merge-patch+json' : 'application/json',
          'if-match': '"1"',
        },
      });
      assert.ok(response.status < 500, `${method} ${path} ${JSON.stringify(body).slice(0, 40)} -> ${response.status}`);
      if (response.status >= 400) isProblem(response);
    }
  }
});
