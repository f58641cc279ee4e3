import type { AuthMethods, ErrorCode, Session } from '@qmi/core';
import { problemBody } from '@qmi/core';
import * as oidc from 'openid-client';
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { isAllowedPage } from '../http/action-links.js';
import { readBody } from '../http/body.js';
import type { AppEnv, Deps } from '../http/env.js';
import { ProblemError, say } from '../http/problem.js';
import type { AccountRow } from '../store/accounts.js';
import { failurePage, popupPage, type ProConnectMessage } from './popup-page.js';
import { ProviderRefusal } from './relying-party.js';
import { signInWithProConnect } from './sign-in.js';
import type { OidcLogin } from './store.js';

/** Sign-in with ProConnect: the relying party's routes (see docs/operators/proconnect.md). */
export const proConnectRoutes = new Hono<AppEnv>();

export const CALLBACK_PATH = '/v1/auth/proconnect/callback';
/** Binds a login to the browser that started it: a callback URL sent to someone else signs nobody in (login CSRF). */
const BROWSER_COOKIE = 'qmi_proconnect';

const sessionFor = (c: Context<AppEnv>, account: AccountRow): Session => {
  const { store } = c.get('deps');
  const { token, expiresAt } = store.sessions.create(account.id);
  return { token, expiresAt, account: store.accounts.view(account) };
};

const relyingParty = (c: Context<AppEnv>) => {
  const rp = c.get('deps').proConnect;
  // Not configured is not an outage: 404, as for a route this platform does not have (503 is kept for a
  // provider out of reach, which is worth retrying).
  if (!rp)
    throw new ProblemError('not_found', {
      detail: say(
        c,
        'La connexion avec ProConnect n’est pas configurée sur cette plateforme.',
        'Signing in with ProConnect is not configured on this platform.',
      ),
    });
  return rp;
};

proConnectRoutes.get('/v1/auth/methods', (c) =>
  c.json({ password: true, proConnect: c.get('deps').proConnect !== undefined } satisfies AuthMethods),
);

/** An origin exactly (scheme, host, port), allowed to receive sessions. */
function allowedOrigin(deps: Deps, value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const origin = new URL(value).origin;
    return origin === value.replace(/\/$/, '') && isAllowedPage(deps, origin) ? origin : undefined;
  } catch {
    return undefined;
  }
}

proConnectRoutes.get('/v1/auth/proconnect/start', async (c) => {
  const deps = c.get('deps');
  const rp = relyingParty(c);
  const mode = c.req.query('mode') ?? 'popup';
  const returnTo = c.req.query('returnTo');
  const bad = (fr: string, en: string) => new ProblemError('invalid_request', { detail: say(c, fr, en) });
  if (mode !== 'popup' && mode !== 'redirect')
    throw bad('Le paramètre mode vaut popup ou redirect.', 'The mode parameter is popup or redirect.');
  const origin = allowedOrigin(deps, c.req.query('origin') ?? (returnTo ? safeOrigin(returnTo) : undefined));
  if (!origin)
    throw bad(
      'L’origine de la page (paramètre origin) n’est pas autorisée à recevoir une session : ajoutez-la à QMI_ALLOWED_ORIGINS.',
      'The page’s origin (origin parameter) is not allowed to receive a session: add it to QMI_ALLOWED_ORIGINS.',
    );
  if (
    mode === 'redirect' &&
    !(returnTo && safeOrigin(returnTo) === origin && /^https?:$/.test(new URL(returnTo).protocol))
  )
    throw bad(
      'Le paramètre returnTo doit être une adresse de la page autorisée (même origine).',
      'The returnTo parameter must be an address on the allowed page (same origin).',
    );
  const login: OidcLogin = {
    state: oidc.randomState(),
    nonce: oidc.randomNonce(),
    codeVerifier: oidc.randomPKCECodeVerifier(),
    origin,
    mode,
    returnTo: mode === 'redirect' ? new URL(returnTo!).href.replace(/#.*$/, '') : null,
  };
  const target = await rp.authorizationUrl(login);
  deps.store.proConnect.startLogin(login);
  const secure = rp.redirectUri.startsWith('https:') ? '; Secure' : '';
  return c.body(null, 302, {
    location: target.href,
    'cache-control': 'no-store',
    // Lax: sent on the provider's top-level redirect back to the callback, not on cross-site subrequests.
    'set-cookie': `${BROWSER_COOKIE}=${login.state}; Path=${CALLBACK_PATH}; Max-Age=600; HttpOnly; SameSite=Lax${secure}`,
  });
});

const safeOrigin = (url: string) => {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
};

const cookie = (c: Context<AppEnv>, name: string) =>
  (c.req.header('cookie') ?? '')
    .split(';')
    .map((part) => part.trim().split('='))
    .find(([key]) => key === name)?.[1];

proConnectRoutes.get(CALLBACK_PATH, async (c) => {
  const deps = c.get('deps');
  const rp = relyingParty(c);
  const lang = c.get('lang');
  const state = c.req.query('state') ?? '';
  const clearCookie = `${BROWSER_COOKIE}=; Path=${CALLBACK_PATH}; Max-Age=0; HttpOnly; SameSite=Lax`;
  // The login is taken once: a replayed callback, a late one or a forged state finds nothing.
  const login = state && cookie(c, BROWSER_COOKIE) === state ? deps.store.proConnect.takeLogin(state) : undefined;
  if (!login) {
    const page = failurePage(lang);
    return c.body(page.html, 400, { ...page.headers, 'set-cookie': clearCookie });
  }
  const answer = (message: ProConnectMessage, code?: ErrorCode) => {
    if (login.mode === 'popup') {
      const page = popupPage(login.origin, message, lang);
      return c.body(page.html, 'session' in message ? 200 : 403, { ...page.headers, 'set-cookie': clearCookie });
    }
    const target = new URL(login.returnTo!);
    target.hash = new URLSearchParams({ 'qmi-proconnect-error': code ?? 'token_invalid' }).toString();
    return c.body(null, 302, { location: target.href, 'cache-control': 'no-store', 'set-cookie': clearCookie });
  };
  const problem = (code: ErrorCode, options: ConstructorParameters<typeof ProblemError>[1] = {}) =>
    answer(
      { type: 'qmi:proconnect', problem: problemBody(code, lang, CALLBACK_PATH, c.get('requestId'), options) },
      code,
    );

  // The URL the provider redirected to, rebuilt from the registered redirect URI (never from the Host header).
  const callbackUrl = new URL(rp.redirectUri);
  callbackUrl.search = new URL(c.req.url).search;
  try {
    const identity = await rp.identify(callbackUrl, login);
    const outcome = await signInWithProConnect(deps.store, identity, deps.clock.now().toISOString());
    if ('notCommune' in outcome) {
      const siret = outcome.notCommune.siret;
      return problem('organisation_not_commune', {
        detail: siret
          ? say(
              c,
              `L’organisation de SIRET ${siret} avec laquelle vous vous êtes connecté n’est pas une commune de la Métropole du Grand Paris : seules ses communes peuvent candidater. Connectez-vous avec le compte ProConnect de votre mairie, ou créez un compte avec votre adresse e-mail et demandez à représenter votre commune.`,
              `The organisation with SIRET ${siret} you signed in with is not a commune of the Métropole du Grand Paris: only its communes may apply. Sign in with your town hall’s ProConnect account, or create an account with your e-mail address and ask to represent your commune.`,
            )
          : say(
              c,
              'ProConnect n’a pas indiqué votre organisation (SIRET) : la plateforme ne peut pas savoir pour quelle commune vous parlez.',
              'ProConnect did not give your organisation (SIRET): the platform cannot tell which commune you speak for.',
            ),
        extra: { siret: siret ?? null },
      });
    }
    // A redirect hands over a one-time code, exchanged for the session later: no session is opened before.
    if (login.mode === 'redirect') {
      const target = new URL(login.returnTo!);
      target.hash = new URLSearchParams({
        'qmi-proconnect': deps.store.proConnect.issueHandoff(outcome.account.id),
      }).toString();
      return c.body(null, 302, { location: target.href, 'cache-control': 'no-store', 'set-cookie': clearCookie });
    }
    return answer({ type: 'qmi:proconnect', session: sessionFor(c, outcome.account) });
  } catch (error) {
    if (error instanceof ProviderRefusal)
      return problem('token_invalid', {
        detail: say(
          c,
          `ProConnect n’a pas terminé la connexion (${error.error}).`,
          `ProConnect did not complete the sign-in (${error.error}).`,
        ),
      });
    if (!(error instanceof ProblemError)) throw error;
    deps.log('warn', 'ProConnect sign-in failed', {
      requestId: c.get('requestId'),
      code: error.code,
      cause: String((error as { cause?: unknown }).cause),
    });
    return problem(error.code, error.options);
  }
});

proConnectRoutes.post('/v1/auth/proconnect/exchange', async (c) => {
  const { code } = await readBody(c, z.object({ code: z.string().min(1).max(200) }));
  const { store } = c.get('deps');
  const accountId = store.proConnect.takeHandoff(code);
  const account = accountId ? store.accounts.byId(accountId) : undefined;
  if (!account) throw new ProblemError('token_invalid');
  return c.json(sessionFor(c, account), 201);
});
