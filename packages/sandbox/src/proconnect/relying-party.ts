import * as oidc from 'openid-client';
import { ProblemError } from '../http/problem.js';

/** How the platform is registered at ProConnect (QMI_PROCONNECT_*). */
export interface ProConnectOptions {
  /** The issuer, e.g. https://auth.agentconnect.gouv.fr/api/v2 (integration: https://fca.integ01.dev-agentconnect.fr/api/v2). */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Default `${publicUrl}/v1/auth/proconnect/callback`: the URL to register at ProConnect. */
  redirectUri?: string | undefined;
}

/** The scopes ProConnect documents, each releasing the claim of its name. */
export const PROCONNECT_SCOPE = 'openid email given_name usual_name siret idp_id';

/** What the callback keeps of an agent's identity. */
export interface ProConnectIdentity {
  issuer: string;
  sub: string;
  email: string;
  givenName: string | undefined;
  usualName: string | undefined;
  siret: string | undefined;
  idpId: string | undefined;
}

export interface ProConnectRelyingParty {
  redirectUri: string;
  /** The provider's authorization URL for a login in flight (code + PKCE S256, state, nonce). */
  authorizationUrl(login: { state: string; nonce: string; codeVerifier: string }): Promise<URL>;
  /**
   * The provider's answer at the callback: the code exchanged (PKCE), the ID token checked (signature,
   * issuer, audience, expiry, nonce), then the userinfo read (a signed JWT as ProConnect sends it, or JSON).
   */
  identify(
    callbackUrl: URL,
    login: { state: string; nonce: string; codeVerifier: string },
  ): Promise<ProConnectIdentity>;
}

/** Thrown when the provider answered the agent with an error (they cancelled, or it refused). */
export class ProviderRefusal extends Error {
  constructor(readonly error: string) {
    super(error);
  }
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/**
 * The relying party, with openid-client: the provider's metadata is discovered on first use and kept;
 * a provider out of reach answers 503 `proconnect_unavailable` and is asked again at the next sign-in.
 */
export function proConnectRelyingParty(options: ProConnectOptions & { redirectUri: string }): ProConnectRelyingParty {
  const issuer = new URL(options.issuer);
  // Plain http is for the local provider of development only (http://127.0.0.1).
  const execute = issuer.protocol === 'http:' ? [oidc.allowInsecureRequests] : [];
  let discovered: Promise<oidc.Configuration> | undefined;
  const configuration = () =>
    (discovered ??= oidc
      .discovery(issuer, options.clientId, undefined, oidc.ClientSecretPost(options.clientSecret), {
        execute,
        timeout: 10,
      })
      .catch((error: unknown) => {
        discovered = undefined;
        throw unavailable(error);
      }));

  return {
    redirectUri: options.redirectUri,
    async authorizationUrl(login) {
      const config = await configuration();
      return oidc.buildAuthorizationUrl(config, {
        redirect_uri: options.redirectUri,
        response_type: 'code',
        scope: PROCONNECT_SCOPE,
        state: login.state,
        nonce: login.nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(login.codeVerifier),
        code_challenge_method: 'S256',
      });
    },
    async identify(callbackUrl, login) {
      const error = callbackUrl.searchParams.get('error');
      if (error) throw new ProviderRefusal(error);
      const config = await configuration();
      let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
      try {
        tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
          pkceCodeVerifier: login.codeVerifier,
          expectedState: login.state,
          expectedNonce: login.nonce,
          idTokenExpected: true,
        });
      } catch (error) {
        throw isUnreachable(error) ? unavailable(error) : refused(error);
      }
      const sub = tokens.claims()!.sub;
      const claims = await oidc.fetchUserInfo(config, tokens.access_token, sub).catch((error: unknown) => {
        throw isUnreachable(error) ? unavailable(error) : refused(error);
      });
      const email = text(claims.email)?.toLowerCase();
      if (!email) throw refused(new Error('no email claim'));
      return {
        issuer: config.serverMetadata().issuer,
        sub,
        email,
        givenName: text(claims.given_name),
        usualName: text(claims.usual_name),
        siret: text(claims.siret),
        idpId: text(claims.idp_id),
      };
    },
  };
}

/** A network failure or a 5xx from the provider, as opposed to an answer that fails its checks. */
function isUnreachable(error: unknown): boolean {
  if (error instanceof oidc.ResponseBodyError || error instanceof oidc.AuthorizationResponseError) return false;
  const status = (error as { status?: number }).status;
  if (typeof status === 'number') return status >= 500;
  const code = (error as { code?: string }).code;
  return error instanceof TypeError || code === 'OAUTH_TIMEOUT' || (error as Error).name === 'TimeoutError';
}

// The cause is kept for the log, never shown: it may describe the provider's internals.
const unavailable = (error: unknown) => Object.assign(new ProblemError('proconnect_unavailable'), { cause: error });
const refused = (error: unknown) => Object.assign(new ProblemError('token_invalid'), { cause: error });
