import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ERROR_CODES } from '@qmi/core';
import { validate } from '@readme/openapi-parser';
import { raw, startTestSandbox } from './helpers.js';

const PARTNER = 'https://www.ville-partenaire.example';
const sandbox = await startTestSandbox({ allowedOrigins: [PARTNER] });

/** The routes the issue names as the contract. */
const CONTRACT = [
  'post /v1/accounts',
  'post /v1/sessions',
  'delete /v1/sessions/current',
  'get /v1/me',
  'get /v1/calls',
  'get /v1/calls/{callId}',
  'post /v1/calls/{callId}/applications',
  'get /v1/applications',
  'get /v1/applications/{id}',
  'patch /v1/applications/{id}',
  'post /v1/applications/{id}/submit',
  'post /v1/applications/{id}/withdraw',
  'get /v1/applications/{id}/messages',
  'post /v1/applications/{id}/messages',
  'post /v1/applications/{id}/decisions',
  // Issue 15: who speaks for a commune.
  'post /v1/commune-claims',
  'get /v1/commune-claims',
  'post /v1/commune-claims/{id}/decision',
  'post /v1/applications/{id}/join',
  'post /v1/applications/{id}/organiser-withdrawal',
  'post /v1/applications/{id}/reassignment',
  'get /v1/applications/{id}/history',
  // Issue 15: the account lifecycle.
  'post /v1/accounts/verification',
  'post /v1/me/verification-email',
  'post /v1/password-resets',
  'post /v1/password-resets/completion',
  'put /v1/me/password',
  'post /v1/me/email-change',
  'post /v1/me/email-change/confirmation',
  'patch /v1/me',
  'get /v1/me/export',
  'delete /v1/me',
  'get /openapi.json',
  // The organisers' side (issue 16).
  'post /v1/reviewers',
  'get /v1/reviewers',
  'post /v1/reviewers/acceptance',
  'delete /v1/reviewers/{id}',
  'get /v1/applications/{id}/assignments',
  'post /v1/applications/{id}/assignments',
  'delete /v1/applications/{id}/assignments/{reviewerId}',
  'post /v1/applications/{id}/conflict-of-interest',
  'get /v1/calls/{callId}/board',
  'get /v1/applications/{id}/assessments',
  'get /v1/applications/{id}/assessments/mine',
  'put /v1/applications/{id}/assessments/mine',
  'post /v1/applications/{id}/assessments/mine/submit',
  'put /v1/applications/{id}/synthesis',
  'get /v1/applications/{id}/annotations',
  'post /v1/applications/{id}/annotations',
  'delete /v1/applications/{id}/annotations/{annotationId}',
  'post /v1/applications/{id}/agreement',
  'get /v1/notifications',
  'post /v1/notifications/{id}/read',
  'post /v1/applications/{id}/advice-requests',
  'get /v1/applications/{id}/advice-requests',
  'get /v1/applications/{id}/section-comments',
  'post /v1/applications/{id}/section-comments',
  'post /v1/applications/{id}/section-comments/{commentId}/resolution',
  'get /v1/applications/{id}/receipts',
  'get /v1/applications/{id}/receipts/{receiptId}.pdf',
  'get /v1/applications/{id}/documents.zip',
  'get /v1/calls/{callId}/export.csv',
  'get /v1/calls/{callId}/export.xlsx',
  'get /healthz',
];

test('/openapi.json is OpenAPI 3.1 with every route of the contract and no dangling $ref', async () => {
  const { status, json: doc } = await raw(sandbox, 'GET', '/openapi.json');
  assert.equal(status, 200);
  assert.equal(doc.openapi, '3.1.0');
  const validation = await validate(structuredClone(doc));
  assert.deepEqual(validation, { valid: true, warnings: [], specification: 'OpenAPI' });
  const operations = Object.entries(doc.paths as Record<string, object>).flatMap(([path, methods]) =>
    Object.keys(methods).map((m) => `${m} ${path}`),
  );
  for (const route of CONTRACT) assert.ok(operations.includes(route), route);
  const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
  assert.ok(refs.length > 50);
  for (const name of new Set(refs)) assert.ok(doc.components.schemas[name], `missing schema ${name}`);
  assert.equal(
    doc.paths['/v1/applications/{id}'].patch.requestBody.content['application/merge-patch+json'].schema.$ref,
    '#/components/schemas/ApplicationDraftContent',
  );
  assert.ok(doc.components.schemas.Application.properties.partners);
});

test('the API reference page lists every operation and every error code', async () => {
  const page = await raw(sandbox, 'GET', '/docs');
  assert.equal(page.status, 200);
  assert.match(page.headers.get('content-type')!, /text\/html/);
  assert.match(page.text, /<html lang="en">/);
  assert.match(page.text, /\/v1\/applications\/\{id\}\/submit/);
  for (const code of Object.keys(ERROR_CODES)) assert.ok(page.text.includes(`id="problem-${code}"`), code);
});

test('the demo page says where the call stands at the sandbox clock, in French by default', async () => {
  const page = await raw(sandbox, 'GET', '/');
  assert.match(page.text, /<html lang="fr">/);
  assert.match(page.text, /candidatures ouvertes/);
  assert.match(page.text, /12 janvier 2024/);
  const en = await raw(sandbox, 'GET', '/', { headers: { 'accept-language': 'en' } });
  assert.match(en.text, /applications open/);
});

test('CORS: a partner origin on the allow-list may call the API; any other origin gets no CORS grant', async () => {
  const preflight = await raw(sandbox, 'OPTIONS', '/v1/calls/qmi-2', {
    headers: {
      origin: PARTNER,
      'access-control-request-method': 'PATCH',
      'access-control-request-headers': 'authorization,if-match,content-type',
    },
  });
  assert.equal(preflight.status, 204);
  assert.equal(preflight.headers.get('access-control-allow-origin'), PARTNER);
  assert.match(preflight.headers.get('access-control-allow-headers')!, /If-Match/i);
  const allowed = await raw(sandbox, 'GET', '/v1/calls/qmi-2', { headers: { origin: PARTNER } });
  assert.equal(allowed.headers.get('access-control-allow-origin'), PARTNER);
  assert.match(allowed.headers.get('access-control-expose-headers')!, /ETag/);
  const other = await raw(sandbox, 'GET', '/v1/calls/qmi-2', { headers: { origin: 'https://evil.example' } });
  assert.equal(other.headers.get('access-control-allow-origin'), null);
});

test('/healthz answers with the sandbox clock', async () => {
  const { json } = await raw(sandbox, 'GET', '/healthz');
  assert.equal(json.status, 'ok');
  assert.match(json.now, /^2023-12-01T09:0/);
});
