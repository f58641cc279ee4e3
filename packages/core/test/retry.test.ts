import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  ApiError,
  backoffDelay,
  ConnectionError,
  isRetryable,
  retryAfterMs,
  retryDelay,
  TimeoutError,
} from '../src/index.js';

const problem = (status: number) => ({
  type: 'about:blank',
  title: 't',
  status,
  code: 'rate_limited',
  instance: '/x',
  requestId: 'r',
});

test('the backoff doubles from the first delay up to the cap, and its jitter never brings a retry below half of it', () => {
  const low = () => 0;
  const high = () => 0.999_999;
  assert.deepEqual(
    [0, 1, 2, 3, 10].map((n) => backoffDelay(n, { initialMs: 1000, maxMs: 5000 }, low)),
    [500, 1000, 2000, 2500, 2500],
  );
  assert.ok(backoffDelay(2, { initialMs: 1000, maxMs: 5000 }, high) < 4000);
  assert.ok(backoffDelay(2, { initialMs: 1000, maxMs: 5000 }, high) > 3999);
});

test('Retry-After is read in seconds or as an HTTP date, and ignored when unreadable', () => {
  const now = Date.parse('2026-03-01T10:00:00Z');
  assert.equal(retryAfterMs('3'), 3000);
  assert.equal(retryAfterMs(new Headers({ 'retry-after': 'Sun, 01 Mar 2026 10:00:30 GMT' }), now), 30_000);
  assert.equal(retryAfterMs('soon'), undefined);
  assert.equal(retryAfterMs(new Headers()), undefined);
});

test('a platform asking to wait longer than the backoff is obeyed, up to the cap', () => {
  const limited = new ApiError(problem(429), new Headers({ 'retry-after': '20' }));
  assert.ok(retryDelay(limited, 0) >= 20_000);
  assert.equal(
    retryDelay(new ApiError(problem(429), new Headers({ 'retry-after': '3600' })), 0, { maxRetryAfterMs: 60_000 }),
    60_000,
  );
  assert.ok(retryDelay(new ConnectionError('down'), 0, { initialMs: 1000 }) <= 1000);
});

test('no answer, a timeout and the passing statuses are retried; conflicts and refusals are not', () => {
  assert.ok(isRetryable(new ConnectionError('down')));
  assert.ok(isRetryable(new TimeoutError('slow')));
  for (const status of [408, 423, 429, 500, 502, 503, 504])
    assert.ok(isRetryable(new ApiError(problem(status), new Headers())), String(status));
  for (const status of [400, 401, 403, 404, 409, 412, 413, 422, 501])
    assert.ok(!isRetryable(new ApiError(problem(status), new Headers())), String(status));
  assert.ok(!isRetryable(new Error('bug')));
});
