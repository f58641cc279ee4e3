import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ApiError, AuthenticationError, ConnectionError, TimeoutError } from '../src/index.js';
import { failureOf, statusOf, type StatusFacts } from '../src/autosave/status.js';

/** Nothing pending, nothing failed: the facts of a dossier the server holds entirely. */
const calm: StatusFacts = {
  conflicts: 0,
  sendable: 0,
  inFlight: false,
  pending: 0,
  error: undefined,
  lastFailure: undefined,
};
const problem = (status: number, code: string) => ({ type: 'about:blank', title: 't', status, code });

test('a dossier with nothing to send is saved; edits waiting for the pause are pending; a save on its way is saving', () => {
  assert.equal(statusOf(calm), 'saved');
  assert.equal(statusOf({ ...calm, pending: 2, sendable: 2 }), 'pending');
  assert.equal(statusOf({ ...calm, pending: 2, sendable: 2, inFlight: true }), 'saving');
});

test('a conflict with nothing else to send asks the person to choose, even over a standing failure', () => {
  const offline = new ConnectionError('down');
  assert.equal(statusOf({ ...calm, conflicts: 1, pending: 1 }), 'conflict');
  assert.equal(statusOf({ ...calm, conflicts: 1, pending: 1, error: offline, lastFailure: 'offline' }), 'conflict');
  // Other edits still to send: a save on its way shows first, the conflict between saves.
  assert.equal(statusOf({ ...calm, conflicts: 1, pending: 2, sendable: 1, inFlight: true }), 'saving');
  assert.equal(statusOf({ ...calm, conflicts: 1, pending: 2, sendable: 1 }), 'conflict');
});

test('a standing failure says why the edits wait, even while a save is tried again', () => {
  const refused = new ApiError(problem(409, 'call_closed'), new Headers());
  assert.equal(statusOf({ ...calm, pending: 1, sendable: 1, error: refused, lastFailure: 'error' }), 'error');
  assert.equal(
    statusOf({
      ...calm,
      pending: 1,
      sendable: 1,
      inFlight: true,
      error: new ConnectionError('down'),
      lastFailure: 'offline',
    }),
    'offline',
  );
  // A failure that no longer stands (cleared by a retry or a save) says nothing.
  assert.equal(statusOf({ ...calm, pending: 1, sendable: 1, error: undefined, lastFailure: 'offline' }), 'pending');
  assert.equal(statusOf({ ...calm, pending: 1, sendable: 1, error: refused, lastFailure: undefined }), 'pending');
});

test('each failure has its status: no answer is offline, a 401 asks to sign in, any other refusal is an error', () => {
  assert.equal(failureOf(new ConnectionError('down')), 'offline');
  assert.equal(failureOf(new TimeoutError('slow')), 'offline');
  assert.equal(failureOf(new AuthenticationError(problem(401, 'unauthenticated'), new Headers())), 'unauthenticated');
  assert.equal(failureOf(new ApiError(problem(409, 'call_closed'), new Headers())), 'error');
  assert.equal(failureOf(new Error('bug')), 'error');
});
