import Database from 'better-sqlite3';
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { startTestSandbox } from './helpers.js';

const PARTNER = 'https://partenaire.example';
type Sandbox = Awaited<ReturnType<typeof startTestSandbox>>;

/** A browser's cookie jar, enough for one sign-in: every cookie set, sent back to every request (as on 127.0.0.1). */
function browser() {
  const jar = new Map<string, string>();
  return async (url: string, init: RequestInit = {}) => {
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: {
        ...(init.headers as Record<string, string>),
        cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
      },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      if (/max-age=0/i.test(line)) jar.delete(pair.slice(0, at));
      else jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return response;
  };
}

/**
 * What an agent does: the partner page opens the start URL, ProConnect shows its login page, the agent
 * chooses who they are; answers the sandbox's callback response and the callback URL.
 */
async function signIn(sandbox: Sandbox, agent: string, query: Record<string, string> = { origin: PARTNER }) {
  const go = browser();
  const start = await go(`${sandbox.url}/v1/auth/proconnect/start?${new URLSearchParams(query)}`);
  assert.equal(start.status, 302, await start.clone().text());
  const authorize = new URL(start.headers.get('location')!);
  assert.equal(authorize.searchParams.get('code_challenge_method'), 'S256');
  assert.match(authorize.searchParams.get('scope')!, /openid email given_name usual_name siret idp_id/);
  let response = await go(authorize.href);
  const loginPage = new URL(response.headers.get('location')!, authorize).href;
  response = await go(loginPage);
  const html = await response.text();
  assert.match(html, /<html lang="fr">/);
  assert.match(html, new RegExp(`value="${agent}"`), 'the login page lists the demo agent');
  response = await go(`${loginPage}/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ agent }).toString(),
  });
  let location = new URL(response.headers.get('location')!, authorize).href;
  while (!location.startsWith(sandbox.url)) {
    response = await go(location);
    location = new URL(response.headers.get('location')!, location).href;
  }
  return { callback: await go(location), callbackUrl: location, go };
}

/** The message the popup page posts, and where it posts it. */
function popupMessage(html: string): { origin: string; message: { type: string; session?: any; problem?: any } } {
  const data = /<script type="application\/json" id="qmi-proconnect">(.*?)<\/script>/s.exec(html)?.[1];
  assert.ok(data, html);
  return JSON.parse(data);
}

const me = async (sandbox: Sandbox, token: string) =>
  (await fetch(`${sandbox.url}/v1/me`, { headers: { authorization: `Bearer ${token}` } })).json();

const accountsWithEmail = (sandbox: Sandbox, email: string) => {
  const db = new Database(path.join(sandbox.dataDir, 'qmi.sqlite'), { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM accounts WHERE email = ?').get(email) as { n: number }).n;
  } finally {
    db.close();
  }
};

// One sandbox with its local provider for the file (started at the top level: the helper stops it after the file).
const sandbox = await startTestSandbox({ devProConnect: true, allowedOrigins: [PARTNER] });

describe('sign-in with ProConnect through the local provider', () => {
  test('the platform says ProConnect is offered', async () => {
    const methods = await (await fetch(`${sandbox.url}/v1/auth/methods`)).json();
    assert.deepEqual(methods, { password: true, proConnect: true });
  });

  test('a Saint-Denis agent lands signed in, verified for Saint-Denis, and the popup posts only to the partner page', async () => {
    const { callback } = await signIn(sandbox, 'demo-saint-denis');
    assert.equal(callback.status, 200);
    const csp = callback.headers.get('content-security-policy')!;
    assert.match(csp, /script-src 'nonce-[^']+'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    assert.equal(callback.headers.get('cache-control'), 'no-store');
    const html = await callback.text();
    assert.match(html, /window\.opener\.postMessage\(data\.message, data\.origin\)/);
    assert.doesNotMatch(html, /postMessage\([^)]*'\*'/);
    const { origin, message } = popupMessage(html);
    assert.equal(origin, PARTNER);
    assert.equal(message.type, 'qmi:proconnect');
    const account = await me(sandbox, message.session.token);
    assert.equal(account.email, 'camille.martin@saint-denis.example');
    assert.equal(account.emailVerified, true);
    assert.equal(account.hasPassword, false);
    assert.equal(account.givenName, 'Camille');
    assert.equal(account.usualName, 'Martin');
    assert.deepEqual(
      account.communes.map((entry: { commune: string; source: string }) => [entry.commune, entry.source]),
      [['93066', 'proconnect']],
    );
  });

  test('signing in again is the same account', async () => {
    const first = popupMessage(await (await signIn(sandbox, 'demo-montreuil')).callback.text());
    const second = popupMessage(await (await signIn(sandbox, 'demo-montreuil')).callback.text());
    assert.equal(first.message.session.account.id, second.message.session.account.id);
    assert.equal(accountsWithEmail(sandbox, 'karim.haddad@montreuil.example'), 1);
  });

  test('a Paris agent signs in by redirect: a one-time code in the fragment, exchanged once for a session', async () => {
    const returnTo = `${PARTNER}/candidature?etape=1`;
    const { callback } = await signIn(sandbox, 'demo-paris', { mode: 'redirect', origin: PARTNER, returnTo });
    assert.equal(callback.status, 302);
    const landing = new URL(callback.headers.get('location')!);
    assert.equal(`${landing.origin}${landing.pathname}${landing.search}`, returnTo);
    const code = new URLSearchParams(landing.hash.slice(1)).get('qmi-proconnect')!;
    assert.ok(code);
    const exchange = (body: unknown) =>
      fetch(`${sandbox.url}/v1/auth/proconnect/exchange`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: PARTNER },
        body: JSON.stringify(body),
      });
    const first = await exchange({ code });
    assert.equal(first.status, 201);
    const session = await first.json();
    const account = await me(sandbox, session.token);
    assert.deepEqual(
      account.communes.map((entry: { commune: string; source: string }) => [entry.commune, entry.source]),
      [['75056', 'proconnect']],
    );
    const again = await exchange({ code });
    assert.equal(again.status, 410, 'a handoff code works once');
    assert.equal((await again.json()).code, 'token_invalid');
  });

  for (const [agent, siret, email] of [
    ['demo-lyon', '21690123100011', 'julie.roux@lyon.example'],
    ['demo-dinum', '13002526500013', 'paul.lefebvre@numerique.gouv.example'],
  ] as const) {
    test(`${agent}: an organisation that is not a commune of the Métropole is refused, naming its SIRET, and no account is made`, async () => {
      const { callback } = await signIn(sandbox, agent);
      assert.equal(callback.status, 403);
      const { origin, message } = popupMessage(await callback.text());
      assert.equal(origin, PARTNER);
      assert.equal(message.session, undefined);
      assert.equal(message.problem.code, 'organisation_not_commune');
      assert.equal(message.problem.status, 403);
      assert.match(message.problem.detail, new RegExp(`SIRET ${siret}`));
      assert.match(message.problem.detail, /n’est pas une commune de la Métropole du Grand Paris/);
      assert.equal(accountsWithEmail(sandbox, email), 0);
    });
  }

  test('a replayed callback signs nobody in', async () => {
    const { callback, callbackUrl, go } = await signIn(sandbox, 'demo-montreuil');
    assert.equal(callback.status, 200);
    const replay = await go(callbackUrl);
    assert.equal(replay.status, 400);
    assert.doesNotMatch(await replay.text(), /qmi_/, 'no session token in the page');
  });

  test('a callback with a state this browser did not start is refused', async () => {
    const { callbackUrl } = await signIn(sandbox, 'demo-montreuil');
    const forged = new URL(callbackUrl);
    forged.searchParams.set('state', 'not-the-state');
    const response = await fetch(forged);
    assert.equal(response.status, 400);
    assert.doesNotMatch(await response.text(), /qmi_/);
  });

  test('the callback link sent to another browser (no login cookie) signs nobody in', async () => {
    const go = browser();
    const start = await go(`${sandbox.url}/v1/auth/proconnect/start?origin=${encodeURIComponent(PARTNER)}`);
    const state = new URL(start.headers.get('location')!).searchParams.get('state')!;
    const response = await fetch(`${sandbox.url}/v1/auth/proconnect/callback?code=whatever&state=${state}`);
    assert.equal(response.status, 400);
  });

  test('a start from an origin that is not allowed is refused before ProConnect is reached', async () => {
    for (const query of <Array<Record<string, string>>>[
      { origin: 'https://attaquant.example' },
      { mode: 'redirect', origin: PARTNER, returnTo: 'https://attaquant.example/' },
      { mode: 'redirect', returnTo: 'javascript:alert(1)' },
    ]) {
      const response = await fetch(`${sandbox.url}/v1/auth/proconnect/start?${new URLSearchParams(query)}`, {
        redirect: 'manual',
      });
      assert.equal(response.status, 400, JSON.stringify(query));
      assert.equal((await response.json()).code, 'invalid_request');
    }
  });
});

test('without ProConnect configured, the platform says so and its start answers 404 saying it is not configured', async () => {
  const sandbox = await startTestSandbox();
  assert.deepEqual(await (await fetch(`${sandbox.url}/v1/auth/methods`)).json(), { password: true, proConnect: false });
  const start = await fetch(`${sandbox.url}/v1/auth/proconnect/start?origin=${encodeURIComponent(sandbox.url)}`, {
    redirect: 'manual',
  });
  assert.equal(start.status, 404);
  const problem = await start.json();
  assert.equal(problem.code, 'not_found');
  assert.match(problem.detail, /ProConnect n’est pas configurée/);
});

test('a provider out of reach answers 503 proconnect_unavailable', async () => {
  const sandbox = await startTestSandbox({
    proConnect: { issuer: 'http://127.0.0.1:9/unreachable', clientId: 'qmi', clientSecret: 'secret' },
  });
  const start = await fetch(`${sandbox.url}/v1/auth/proconnect/start?origin=${encodeURIComponent(sandbox.url)}`, {
    redirect: 'manual',
  });
  assert.equal(start.status, 503);
  assert.equal((await start.json()).code, 'proconnect_unavailable');
});
