import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startTestSandbox } from './helpers.js';

test('a request answered before its body was read does not break the next request on the same connection', async () => {
  const sandbox = await startTestSandbox();
  // Answered without reading the body (an unknown path; a route that wants a token first), then a plain
  // request: fetch reuses kept-alive connections, as browsers and partner back-ends do.
  const body = 'a'.repeat(900 * 1024);
  const requests = [
    { path: '/v1/nowhere', method: 'POST', body, status: 404 },
    { path: '/v1/applications/app_x/messages', method: 'POST', body, status: 401 },
    { path: '/healthz', method: 'GET', status: 200 },
  ];
  const failures: string[] = [];
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let round = 0; round < 15; round++) {
        for (const request of requests) {
          try {
            const response = await fetch(sandbox.url + request.path, {
              method: request.method,
              ...(request.body ? { body: request.body, headers: { 'content-type': 'application/json' } } : {}),
            });
            await response.arrayBuffer();
            assert.equal(response.status, request.status);
          } catch (error) {
            failures.push(`${request.method} ${request.path}: ${String((error as Error).cause ?? error)}`);
          }
        }
      }
    }),
  );
  assert.deepEqual(failures, [], 'every request is answered, none meets a connection closed under it');
});
