import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A demo public agent as ProConnect describes one (its claims), with the organisation's name for the login page. */
export interface DevProConnectAgent {
  sub: string;
  email: string;
  given_name: string;
  usual_name: string;
  /** The agent's organisation: a commune's SIRET starts with the commune's SIREN. */
  siret: string;
  /** The identity provider the agent signed in with, within the federation. */
  idp_id: string;
  uid: string;
  /** Shown on the login page only. */
  organisation: string;
}

/**
 * The demo agents: three communes of the Métropole, one commune outside it, one State service. Their
 * SIRETs start with the real SIRENs (Saint-Denis 929939411, Paris 217500016, Montreuil 219300480,
 * Lyon 216901231, DINUM 130025265); the people and addresses are made up.
 */
export const DEV_PROCONNECT_AGENTS: readonly DevProConnectAgent[] = [
  {
    sub: 'demo-saint-denis',
    email: 'camille.martin@saint-denis.example',
    given_name: 'Camille',
    usual_name: 'Martin',
    siret: '92993941100013',
    idp_id: 'demo-idp-saint-denis',
    uid: 'cmartin',
    organisation: 'Mairie de Saint-Denis (93066)',
  },
  {
    sub: 'demo-paris',
    email: 'louise.bernard@paris.example',
    given_name: 'Louise',
    usual_name: 'Bernard',
    siret: '21750001600019',
    idp_id: 'demo-idp-paris',
    uid: 'lbernard',
    organisation: 'Ville de Paris (75056)',
  },
  {
    sub: 'demo-montreuil',
    email: 'karim.haddad@montreuil.example',
    given_name: 'Karim',
    usual_name: 'Haddad',
    siret: '21930048000018',
    idp_id: 'demo-idp-montreuil',
    uid: 'khaddad',
    organisation: 'Mairie de Montreuil (93048)',
  },
  {
    sub: 'demo-lyon',
    email: 'julie.roux@lyon.example',
    given_name: 'Julie',
    usual_name: 'Roux',
    siret: '21690123100011',
    idp_id: 'demo-idp-lyon',
    uid: 'jroux',
    organisation: 'Ville de Lyon (69123) : hors de la Métropole du Grand Paris',
  },
  {
    sub: 'demo-dinum',
    email: 'paul.lefebvre@numerique.gouv.example',
    given_name: 'Paul',
    usual_name: 'Lefebvre',
    siret: '13002526500013',
    idp_id: 'demo-idp-dinum',
    uid: 'plefebvre',
    organisation: 'DINUM, service de l’État : pas une commune',
  },
];

/** ProConnect's scopes, each named after the claim it releases. */
export const PROCONNECT_SCOPES = ['openid', 'email', 'given_name', 'usual_name', 'siret', 'idp_id', 'uid'] as const;

/**
 * A relying party registered with the local OpenID provider: its client id and secret, its redirect URIs, and
 * how its userinfo endpoint answers.
 */
export interface DevProConnectClient {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  /** How the userinfo endpoint answers: a signed JWT as ProConnect does (default), or plain JSON. */
  userinfo?: 'jwt' | 'json';
}

/**
 * A running local OpenID provider (`startDevProConnect`): its issuer URL, its port, its demo agents, and
 * `close`.
 */
export interface DevProConnect {
  /** The issuer URL, for QMI_PROCONNECT_ISSUER (discovery at /.well-known/openid-configuration). */
  issuer: string;
  port: number;
  agents: readonly DevProConnectAgent[];
  /** Stops the provider. */
  close(): Promise<void>;
}

// oidc-provider ships no types; only what is used here is described.
interface OidcProvider {
  callback(): (req: http.IncomingMessage, res: http.ServerResponse) => void;
  interactionDetails(
    req: http.IncomingMessage,
    res: http.ServerResponse,
  ): Promise<{ uid: string; prompt: { name: string } }>;
  interactionFinished(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    result: Record<string, unknown>,
    options?: { mergeWithLastSubmission?: boolean },
  ): Promise<void>;
  Grant: new (properties: { clientId: string; accountId: string }) => {
    addOIDCScope(scope: string): void;
    save(): Promise<string>;
  };
  proxy: boolean;
}
interface OidcContext {
  oidc: { client: { clientId: string }; session: { accountId: string }; result?: { login?: unknown } };
}
interface OidcProviderModule {
  Provider: new (issuer: string, configuration: Record<string, unknown>) => OidcProvider;
  interactionPolicy: {
    base(): { get(name: string): { checks: { add(check: unknown): void } } | undefined };
    Check: new (reason: string, description: string, check: (ctx: OidcContext) => boolean) => unknown;
  };
}

const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** The login page: the demo agents to choose from (no password: this provider is for development only). */
function loginPage(uid: string, agents: readonly DevProConnectAgent[]): string {
  const choices = agents
    .map(
      (agent) => `<li><button type="submit" name="agent" value="${escape(agent.sub)}">
  <strong>${escape(`${agent.given_name} ${agent.usual_name}`)}</strong>
  <span>${escape(agent.organisation)}</span>
  <span>SIRET ${escape(agent.siret)} · ${escape(agent.email)}</span></button></li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Choisir un agent : ProConnect de démonstration</title>
<style>
body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; color: #161616; }
ul { list-style: none; padding: 0; }
li { margin: 0 0 .75rem; }
button { display: grid; gap: .25rem; width: 100%; text-align: left; padding: .75rem 1rem; font: inherit;
  background: #fff; color: #161616; border: 1px solid #3a3a3a; border-radius: .25rem; cursor: pointer; }
button:hover { background: #eee; }
button:focus-visible { outline: 3px solid #0a76f6; outline-offset: 2px; }
.cancel { display: inline-block; width: auto; }
</style>
</head>
<body>
<main>
<h1>ProConnect de démonstration</h1>
<p>Ce fournisseur d’identité local sert au développement et aux tests : il n’y a pas de mot de passe.
Choisissez l’agent avec lequel vous connecter.</p>
<form method="post" action="/interaction/${escape(uid)}/login">
<ul aria-label="Agents de démonstration">
${choices}
</ul>
</form>
<form method="post" action="/interaction/${escape(uid)}/abort">
<button type="submit" class="cancel">Annuler</button>
</form>
</main>
</body>
</html>`;
}

async function formBody(req: http.IncomingMessage): Promise<URLSearchParams> {
  let text = '';
  for await (const chunk of req) {
    text += String(chunk);
    if (text.length > 10_000) throw new Error('form too large');
  }
  return new URLSearchParams(text);
}

/**
 * A real OpenID provider (oidc-provider, the certified Node implementation) on plain http://127.0.0.1,
 * configured as ProConnect is: the scopes named after their claims, the claims released by the
 * userinfo endpoint (a signed JWT by default), authorization code with PKCE, client_secret_post. Its
 * login page lists the demo agents. For development and tests only: no passwords, keys made at start.
 * Needs `oidc-provider` (a development dependency of @qmi/sandbox), loaded only when started.
 */
export async function startDevProConnect(options: {
  port?: number;
  host?: string;
  clients: DevProConnectClient[];
  agents?: readonly DevProConnectAgent[];
}): Promise<DevProConnect> {
  // A specifier in a variable: the package has no types, and it must stay out of the bundle.
  const specifier = 'oidc-provider';
  const { Provider, interactionPolicy } = (await import(specifier).catch((error: unknown) => {
    throw new Error(
      `The local ProConnect needs the package oidc-provider (npm install oidc-provider): ${String(error)}`,
    );
  })) as OidcProviderModule;
  const agents = options.agents ?? DEV_PROCONNECT_AGENTS;
  const host = options.host ?? '127.0.0.1';

  let handler: (req: http.IncomingMessage, res: http.ServerResponse) => void = (_req, res) => res.writeHead(503).end();
  const server = http.createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const issuer = `http://${host}:${port}`;

  // The agent is asked to choose at every sign-in, so that a demo can switch agents.
  const policy = interactionPolicy.base();
  policy
    .get('login')
    ?.checks.add(
      new interactionPolicy.Check(
        'dev_choose_agent',
        'the demo asks which agent every time',
        (ctx) => !ctx.oidc.result?.login,
      ),
    );

  const provider = new Provider(issuer, {
    clients: options.clients.map((client) => ({
      client_id: client.clientId,
      client_secret: client.clientSecret,
      redirect_uris: client.redirectUris,
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_post',
      ...(client.userinfo === 'json' ? {} : { userinfo_signed_response_alg: 'RS256' }),
    })),
    claims: Object.fromEntries(PROCONNECT_SCOPES.map((scope) => [scope, scope === 'openid' ? ['sub'] : [scope]])),
    scopes: [...PROCONNECT_SCOPES],
    features: {
      devInteractions: { enabled: false },
      jwtUserinfo: { enabled: true },
      userinfo: { enabled: true },
    },
    pkce: { required: () => true },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    interactions: { policy, url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx: unknown, sub: string) {
      const agent = agents.find((candidate) => candidate.sub === sub);
      if (!agent) return undefined;
      return {
        accountId: sub,
        claims: () => {
          const { organisation: _, ...claims } = agent;
          return claims;
        },
      };
    },
    // Every scope asked is granted: the demo has no consent screen, as ProConnect has none for its partners.
    async loadExistingGrant(ctx: OidcContext) {
      const grant = new provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
      grant.addOIDCScope(PROCONNECT_SCOPES.join(' '));
      await grant.save();
      return grant;
    },
    ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
  });

  const callback = provider.callback();
  const interaction = /^\/interaction\/([\w-]+)(?:\/(login|abort))?$/;
  handler = (req, res) => {
    const match = interaction.exec(new URL(req.url ?? '/', issuer).pathname);
    if (!match) return callback(req, res);
    void (async () => {
      try {
        const details = await provider.interactionDetails(req, res);
        if (req.method === 'GET' && !match[2]) {
          res.writeHead(200, {
            'content-type': 'text/html; charset=utf-8',
            'cache-control': 'no-store',
            'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
          });
          return res.end(loginPage(details.uid, agents));
        }
        if (req.method !== 'POST') return res.writeHead(405).end();
        if (match[2] === 'abort') {
          const result = { error: 'access_denied', error_description: 'The agent cancelled the sign-in' };
          return await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
        }
        const sub = (await formBody(req)).get('agent');
        if (!agents.some((agent) => agent.sub === sub)) return res.writeHead(400).end('Unknown agent');
        await provider.interactionFinished(req, res, { login: { accountId: sub } }, { mergeWithLastSubmission: false });
      } catch (error) {
        if (!res.headersSent) res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(`Sign-in failed: ${String(error)}`);
      }
    })();
  };

  return {
    issuer,
    port,
    agents,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
