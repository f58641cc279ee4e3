import assert from 'node:assert/strict';
import { test } from 'node:test';
import { apiErrorFor, ConflictError, PreconditionFailedError, problemBody, type Problem } from '../src/index.js';
import { exampleDossier } from '../src/testing/index.js';

// The bodies the platform sends (problemBody is what the sandbox answers with), read as the client reads them.
const headers = new Headers({ 'x-request-id': 'req-1' });
const errorOf = (problem: ReturnType<typeof problemBody>) => apiErrorFor(problem as Problem, headers);

const dossier = {
  ...exampleDossier(),
  id: 'app-1',
  callId: 'qmi-2',
  commune: '93066',
  status: 'draft',
  revision: 3,
  ownerId: 'acc-1',
  holdsPlace: true,
  documents: [],
  createdAt: '2023-12-01T09:00:00Z',
  updatedAt: '2023-12-01T09:30:00Z',
};

test('a 412 gives the server’s current dossier parsed, ready to merge', () => {
  const error = errorOf(
    problemBody('revision_mismatch', 'fr', '/v1/applications/app-1', 'req-1', { extra: { current: dossier } }),
  );
  assert.ok(error instanceof PreconditionFailedError);
  assert.equal(error.current?.revision, 3);
  assert.equal(error.current?.challenge?.title, dossier.challenge.title);
  // A body that is not a dossier (another version of the platform) is not handed over as one.
  const garbled = errorOf(
    problemBody('revision_mismatch', 'fr', '/v1/applications/app-1', 'req-1', {
      extra: { current: { ...dossier, revision: 'trois' } },
    }),
  );
  assert.ok(garbled instanceof PreconditionFailedError);
  assert.equal(garbled.current, undefined);
  // A 412 about something else than a dossier carries none.
  const tus = errorOf(problemBody('tus_resumable_required', 'fr', '/v1/uploads', 'req-2'));
  assert.ok(tus instanceof PreconditionFailedError);
  assert.equal(tus.current, undefined);
});

test('a 409 application_exists names the commune’s dossier; other conflicts do not', () => {
  const exists = errorOf(
    problemBody('application_exists', 'fr', '/v1/calls/qmi-2/applications', 'req-1', {
      extra: { existingApplicationId: 'app-1' },
    }),
  );
  assert.ok(exists instanceof ConflictError);
  assert.equal(exists.existingApplicationId, 'app-1');
  const hidden = errorOf(problemBody('application_exists', 'fr', '/v1/calls/qmi-2/applications', 'req-1'));
  assert.ok(hidden instanceof ConflictError);
  assert.equal(hidden.existingApplicationId, undefined);
  const closed = errorOf(
    problemBody('call_closed', 'fr', '/v1/applications/app-1', 'req-1', { extra: { existingApplicationId: 'app-1' } }),
  );
  assert.ok(closed instanceof ConflictError);
  assert.equal(closed.existingApplicationId, undefined);
});

test('an error’s code is one the client knows; anything else is http_error, with the raw code kept', () => {
  assert.equal(errorOf(problemBody('not_found', 'en', '/v1/calls/x', 'req-1')).code, 'not_found');
  const newer = apiErrorFor(
    { type: '/docs#problem-quota_exceeded', title: 'Quota exceeded.', status: 429, code: 'quota_exceeded' },
    headers,
  );
  assert.equal(newer.code, 'http_error');
  assert.equal(newer.problem.code, 'quota_exceeded');
  assert.equal(newer.requestId, 'req-1');
});
