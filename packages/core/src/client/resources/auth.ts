import type { Credentials, Session } from '../../schemas/account.js';
import type { PasswordResetCompletion, PasswordResetRequest, SignUpRequest } from '../../schemas/identity.js';
import type { Http, RequestOptions } from '../http.js';
import { get, once, remove } from '../requests.js';
import { validate } from '../lazy-schema.js';
import { accountSchema } from './account-schema.js';

const SessionSchema = accountSchema('Session');
const Account = accountSchema('Account');
const AuthMethods = accountSchema('AuthMethods');
const EmailSent = accountSchema('EmailSent');

/** Where `<qmi-session>` opens ProConnect: a popup (the page stays) or a redirect (it comes back to `returnTo`). */
export interface ProConnectStart {
  /** The origin of the page that receives the session (it must be allowed by the platform). */
  origin: string;
  mode: 'popup' | 'redirect';
  /** For `redirect`: the page to come back to (on an allowed origin). */
  returnTo?: string | undefined;
}

/** Signing up, in and out; each way in makes the client use the new session's token. */
export const authResource = (http: Http) => {
  /** Sign-in is sent once (it has no idempotency key) and makes the client use the new token. */
  const signInWith = async (path: string, json: unknown, opts: RequestOptions): Promise<Session> => {
    const session = await once(http, path, json, SessionSchema, opts);
    http.setToken(session.token);
    return session;
  };
  /** Signing out (this session, or all of the account's): then the client no longer sends the token. */
  const endSessions = async (path: string, opts: RequestOptions): Promise<void> => {
    await remove(http, path, opts);
    http.setToken(undefined);
  };
  return {
    /**
     * Creates an applicant account. It does not sign in: the platform e-mails a link to confirm the
     * address (to `continueUrl`, a page of an allowed origin), whose token `verifyEmail` takes. The
     * answer is the same whether or not the address already has an account (its owner gets an e-mail).
     */
    signUp: async (request: SignUpRequest, opts: RequestOptions = {}) =>
      once(http, '/v1/accounts', request, EmailSent, opts),
    /** Confirms the address with the token of the e-mail's link and signs the client in. */
    verifyEmail: async (token: string, opts: RequestOptions = {}) =>
      signInWith('/v1/accounts/verification', { token }, opts),
    /** Sends the confirmation e-mail again (signed in, address not yet confirmed). */
    resendVerification: async (body: { continueUrl?: string } = {}, opts: RequestOptions = {}) =>
      once(http, '/v1/me/verification-email', body, EmailSent, opts),
    /** E-mails a link to choose a new password; the same answer whether or not the address has an account. */
    requestPasswordReset: async (request: PasswordResetRequest, opts: RequestOptions = {}) =>
      once(http, '/v1/password-resets', request, EmailSent, opts),
    /** Sets the new password with the token of the e-mail's link, ends every other session and signs in. */
    resetPassword: async (completion: PasswordResetCompletion, opts: RequestOptions = {}) =>
      signInWith('/v1/password-resets/completion', completion, opts),
    /** Which ways to sign in the platform offers (ProConnect only when configured). */
    methods: async (opts: RequestOptions = {}) => get(http, '/v1/auth/methods', AuthMethods, opts),
    /** The address that starts a ProConnect sign-in (open it in a popup, or navigate to it). */
    proConnectUrl: (start: ProConnectStart): string => {
      const url = new URL(`${http.url}/v1/auth/proconnect/start`);
      url.searchParams.set('origin', start.origin);
      url.searchParams.set('mode', start.mode);
      if (start.returnTo) url.searchParams.set('returnTo', start.returnTo);
      return url.href;
    },
    /** After a ProConnect redirect: exchanges the one-time code of the URL's fragment for a session. */
    exchangeProConnectCode: async (code: string, opts: RequestOptions = {}) =>
      signInWith('/v1/auth/proconnect/exchange', { code }, opts),
    /** Uses a session obtained elsewhere (a ProConnect popup's message). */
    useSession: (session: Session): Session => {
      http.setToken(session.token);
      return session;
    },
    /**
     * A session handed over by another window (ProConnect's popup posts it to the page): checked against
     * the session's schema (loaded as for an answer), then used; undefined when it is not a session.
     */
    receiveSession: async (value: unknown): Promise<Session | undefined> => {
      const parsed = await validate(await SessionSchema(), value);
      if (!parsed.success) return undefined;
      http.setToken(parsed.data.token);
      return parsed.data;
    },
    /** Signs in and makes the client use the new token. */
    signIn: async (credentials: Credentials, opts: RequestOptions = {}) =>
      signInWith('/v1/sessions', credentials, opts),
    /** Ends the current session on the server and forgets its token. */
    signOut: async (opts: RequestOptions = {}) => endSessions('/v1/sessions/current', opts),
    /**
     * Ends every session of this account on the server (every device and browser signed in with it,
     * this one included) and forgets this client's token: for a lost or shared device, or after a
     * password leak. The other devices' next request answers 401.
     */
    signOutEverywhere: async (opts: RequestOptions = {}) => endSessions('/v1/sessions', opts),
    /** The signed-in account (`GET /v1/me`): its role, e-mail, language, names and verified communes. */
    me: async (opts: RequestOptions = {}) => get(http, '/v1/me', Account, opts),
  };
};
