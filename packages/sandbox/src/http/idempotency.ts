import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.js';
import { ProblemError, say } from './problem.js';

const REPLAYED_HEADERS = ['content-type', 'etag', 'location'];

/**
 * Idempotency-Key on POST (as Stripe does): the first answer to a key is stored and replayed to any
 * retry with the same body, so a create that timed out can be sent again without making two.
 * Keys are scoped to the account; requests without an account (sign-up, sign-in) are not covered.
 * A key left "in progress" by a process that was killed is released after the claim timeout, and the
 * retry that comes next is executed (see store/idempotency.ts).
 */
export const idempotency: MiddlewareHandler<AppEnv> = async (c, next) => {
  const key = c.req.header('idempotency-key');
  const account = c.get('account');
  if (c.req.method !== 'POST' || !key || !account) return next();
  if (key.length > 255)
    throw new ProblemError('invalid_request', {
      detail: say(c, 'Idempotency-Key : 255 caractères au plus.', 'Idempotency-Key: 255 characters at most.'),
    });

  const { idempotency: keys } = c.get('deps').store;
  // Read whole to fingerprint it: limitBody (app.ts) has already refused anything over MAX_JSON_BYTES.
  const body = await c.req.text();
  const fingerprint = createHash('sha256')
    .update(`${c.req.method} ${new URL(c.req.url).pathname}\n${body}`)
    .digest('hex');
  const claim = keys.claim(account.id, key, fingerprint);
  if (claim.kind === 'mismatch') throw new ProblemError('idempotency_key_reused');
  if (claim.kind === 'in_progress') {
    // Retry-After says when to come back: at once for a request still running here, or when the claim
    // of a request that died with its process (kill -9) is released and the retry is executed.
    throw new ProblemError('rate_limited', {
      detail: say(c, 'La requête d’origine est encore en cours.', 'The original request is still being processed.'),
      headers: { 'retry-after': String(Math.ceil(claim.retryAfterMs / 1000)) },
    });
  }
  if (claim.kind === 'replay') {
    return new Response(claim.response.body || null, {
      status: claim.response.status,
      headers: { ...claim.response.headers, 'idempotent-replayed': 'true' },
    });
  }

  // Whatever happens, the claim is completed or released: a claim this process holds is never released by time.
  let completed = false;
  try {
    await next();
    // The route stored its answer with its write (answerOnce): nothing left to store.
    if (c.get('idempotentAnswerStored')) {
      completed = true;
      return;
    }
    // A 429 (throttled) did nothing and asks to come back later: the retry with this key is executed.
    if (c.res.status >= 500 || c.res.status === 429) return;
    const headers: Record<string, string> = {};
    for (const name of REPLAYED_HEADERS) {
      const value = c.res.headers.get(name);
      if (value) headers[name] = value;
    }
    keys.complete(account.id, key, { status: c.res.status, headers, body: await c.res.clone().text() });
    completed = true;
  } finally {
    // A request that failed on our side (an exception, a 5xx) or was throttled may be tried again with the same key.
    if (!completed) keys.release(account.id, key);
  }
};

/**
 * Answers a POST whose write must happen once per Idempotency-Key (a message): the write and the
 * answer stored for its key are committed in ONE transaction. Stored apart, a process killed between
 * the two (kill -9) leaves the write without its answer; once the dead claim is released, the retry
 * would write it a second time. The middleware above then has nothing left to store.
 */
export function answerOnce(c: Context<AppEnv>, status: 200 | 201, write: () => unknown): Response {
  const { store } = c.get('deps');
  const key = c.req.header('idempotency-key');
  const account = c.get('account');
  const headers = { 'content-type': 'application/json' };
  const body = store.transaction(() => {
    const text = JSON.stringify(write());
    // The middleware has claimed this key for this request (POST, an account, a key): complete it here.
    if (c.req.method === 'POST' && key && account) {
      store.idempotency.complete(account.id, key, { status, headers, body: text });
      c.set('idempotentAnswerStored', true);
    }
    return text;
  });
  return c.body(body, status, headers);
}
