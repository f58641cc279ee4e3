import * as z from 'zod';
import { Account, Collaborator, type Credentials, Session } from '../schemas/account.js';
import {
  AuthMethods,
  type ChangeEmailRequest,
  type ChangePasswordRequest,
  CommuneClaim,
  type CommuneClaimDecision,
  type CommuneClaimRequest,
  type CommuneClaimStatus,
  type DeleteAccountRequest,
  EmailSent,
  HistoryEntry,
  Invitation,
  type InvitationRequest,
  type OrganiserWithdrawalRequest,
  type PasswordResetCompletion,
  type PasswordResetRequest,
  type ReassignRequest,
  type SignUpRequest,
  type UpdateAccountRequest,
} from '../schemas/identity.js';
import {
  Application,
  type ApplicationPatch,
  type CreateApplicationRequest,
  DocumentRef,
} from '../schemas/application.js';
import { CallDefinition, CallSummary } from '../schemas/call.js';
import { Decision, type DecisionRequest, type ApplicationStatus } from '../schemas/lifecycle.js';
import { Message, type SendMessageRequest } from '../schemas/message.js';
import { pageOf, type Page } from '../schemas/problem.js';
import type { Lang } from '../lang.js';
import { Instant } from '../time.js';
import { Http, type ClientOptions, type CreateOptions, type RequestOptions } from './http.js';
import { path } from './paths.js';
import { reviewResources } from './review.js';

export interface UpdateOptions extends RequestOptions {
  /** The revision the patch was written against (the ETag). Required: a stale revision fails with 412. */
  ifMatch: number;
}

export interface GuardedOptions extends CreateOptions {
  /** When given, the action fails with 412 if the dossier changed since this revision. */
  ifMatch?: number | undefined;
}

export interface ListApplicationsParams {
  callId?: string | undefined;
  status?: ApplicationStatus | undefined;
  /** One commune's dossiers (INSEE code): organisers see the one holding the place and any other drafts. */
  commune?: string | undefined;
  /** Page size, 1 to 100 (default 20). */
  limit?: number | undefined;
}

/** Where `<qmi-session>` opens ProConnect: a popup (the page stays) or a redirect (it comes back to `returnTo`). */
export interface ProConnectStart {
  /** The origin of the page that receives the session (it must be allowed by the platform). */
  origin: string;
  mode: 'popup' | 'redirect';
  /** For `redirect`: the page to come back to (on an allowed origin). */
  returnTo?: string | undefined;
}

const ApplicationPage = pageOf(Application);
const PlatformTime = z.object({ now: Instant });
const newKey = () => globalThis.crypto.randomUUID();
const etag = (revision: number) => `"${revision}"`;

/**
 * A typed client of the QMI platform API. Every answer is validated against its schema; every
 * error is a typed `ApiError` subclass carrying the problem+json body.
 *
 * ```ts
 * const qmi = createClient({ baseUrl: 'http://127.0.0.1:8787' });
 * await qmi.auth.signIn({ email, password });
 * const app = await qmi.applications.create('qmi-2', { commune: '93066' });
 * await qmi.applications.update(app.id, { challenge: { title: 'Rues aux écoles' } }, { ifMatch: app.revision });
 * ```
 */
export function createClient(options: ClientOptions) {
  const http = new Http(options);

  /** A read: safe to retry. */
  const get = <S extends z.ZodType>(path: string, schema: S, opts: RequestOptions) =>
    http.send({ method: 'get', path, schema, signal: opts.signal, retryable: true });
  /** A read of a `{ data: [...] }` list. */
  const getList = <S extends z.ZodType>(path: string, item: S, opts: RequestOptions) =>
    get(path, z.object({ data: z.array(item) }), opts).then((r) => r.data);
  /** A create or an action: it carries an Idempotency-Key, generated once and reused by its retries. */
  const post = <S extends z.ZodType>(path: string, json: unknown, schema: S, opts: GuardedOptions) =>
    http.send({
      method: 'post',
      path,
      json,
      headers: {
        'idempotency-key': opts.idempotencyKey ?? newKey(),
        ...(opts.ifMatch !== undefined ? { 'if-match': etag(opts.ifMatch) } : {}),
      },
      schema,
      signal: opts.signal,
      retryable: true,
    });
  /** Sign-up and sign-in are sent once (they have no idempotency key) and make the client use the new token. */
  const openSession = async (path: string, credentials: Credentials, opts: RequestOptions): Promise<Session> => {
    const session = await http.send({
      method: 'post',
      path,
      json: credentials,
      schema: Session,
      signal: opts.signal,
      retryable: false,
    });
    http.setToken(session.token);
    return session;
  };

  /** Signing out (this session, or all of the account's): then the client no longer sends the token. */
  const endSessions = async (path: string, opts: RequestOptions): Promise<void> => {
    await http.send({ method: 'delete', path, schema: undefined, signal: opts.signal, retryable: true });
    http.setToken(undefined);
  };

  /** An action sent once (no Idempotency-Key): sign-up, a token from an e-mail, a reset. */
  const once = <S extends z.ZodType>(path: string, json: unknown, schema: S, opts: RequestOptions) =>
    http.send({ method: 'post', path, json, schema, signal: opts.signal, retryable: false });
  /** A token from an e-mail's link or ProConnect that signs in: the client then uses the new session. */
  const signInWith = async (path: string, json: unknown, opts: RequestOptions): Promise<Session> => {
    const session = await once(path, json, Session, opts);
    http.setToken(session.token);
    return session;
  };

  const auth = {
    /**
     * Creates an applicant account. It does not sign in: the platform e-mails a link to confirm the
     * address (to `continueUrl`, a page of an allowed origin), whose token `verifyEmail` takes. The
     * answer is the same whether or not the address already has an account (its owner gets an e-mail).
     */
    signUp: async (request: SignUpRequest, opts: RequestOptions = {}) => once('/v1/accounts', request, EmailSent, opts),
    /** Confirms the address with the token of the e-mail's link and signs the client in. */
    verifyEmail: async (token: string, opts: RequestOptions = {}) =>
      signInWith('/v1/accounts/verification', { token }, opts),
    /** Sends the confirmation e-mail again (signed in, address not yet confirmed). */
    resendVerification: async (body: { continueUrl?: string } = {}, opts: RequestOptions = {}) =>
      once('/v1/me/verification-email', body, EmailSent, opts),
    /** E-mails a link to choose a new password; the same answer whether or not the address has an account. */
    requestPasswordReset: async (request: PasswordResetRequest, opts: RequestOptions = {}) =>
      once('/v1/password-resets', request, EmailSent, opts),
    /** Sets the new password with the token of the e-mail's link, ends every other session and signs in. */
    resetPassword: async (completion: PasswordResetCompletion, opts: RequestOptions = {}) =>
      signInWith('/v1/password-resets/completion', completion, opts),
    /** Which ways to sign in the platform offers (ProConnect only when configured). */
    methods: async (opts: RequestOptions = {}) => get('/v1/auth/methods', AuthMethods, opts),
    /** The address that starts a ProConnect sign-in (open it in a popup, or navigate to it). */
    proConnectUrl: (start: ProConnectStart): string => {
      const url = new URL(`${String(options.baseUrl).replace(/\/+$/, '')}/v1/auth/proconnect/start`);
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
    /** Signs in and makes the client use the new token. */
    signIn: async (credentials: Credentials, opts: RequestOptions = {}) =>
      openSession('/v1/sessions', credentials, opts),
    /** Ends the current session on the server and forgets its token. */
    signOut: async (opts: RequestOptions = {}) => endSessions('/v1/sessions/current', opts),
    /**
     * Ends every session of this account on the server (every device and browser signed in with it,
     * this one included) and forgets this client's token: for a lost or shared device, or after a
     * password leak. The other devices' next request answers 401.
     */
    signOutEverywhere: async (opts: RequestOptions = {}) => endSessions('/v1/sessions', opts),
    me: async (opts: RequestOptions = {}) => get('/v1/me', Account, opts),
  };

  const calls = {
    list: async (opts: RequestOptions = {}) => getList('/v1/calls', CallSummary, opts),
    get: async (callId: string, opts: RequestOptions = {}) => get(path`/v1/calls/${callId}`, CallDefinition, opts),
  };

  async function* pages(
    params: ListApplicationsParams = {},
    opts: RequestOptions = {},
  ): AsyncGenerator<Page<Application>> {
    let cursor: string | undefined;
    do {
      const page = await http.send({
        method: 'get',
        path: '/v1/applications',
        searchParams: {
          call: params.callId,
          status: params.status,
          commune: params.commune,
          limit: params.limit,
          cursor,
        },
        schema: ApplicationPage,
        signal: opts.signal,
        retryable: true,
      });
      yield page;
      cursor = page.nextCursor;
    } while (cursor);
  }

  const applications = {
    /** Starts the dossier of a commune for a call. Safe to retry: it carries an Idempotency-Key. */
    create: async (callId: string, body: CreateApplicationRequest, opts: CreateOptions = {}) =>
      post(path`/v1/calls/${callId}/applications`, body, Application, opts),
    get: async (id: string, opts: RequestOptions = {}) => get(path`/v1/applications/${id}`, Application, opts),
    /** The dossiers this account may see (its own and those shared with it; all of them for organisers), page by page. */
    pages,
    /** Every dossier this account may see, fetched page by page as you iterate. */
    async *list(params: ListApplicationsParams = {}, opts: RequestOptions = {}): AsyncGenerator<Application> {
      for await (const page of pages(params, opts)) yield* page.data;
    },
    /**
     * Saves a JSON Merge Patch (RFC 7396) of the dossier's content: name only what changed, `null` removes.
     * Typed as the draft: a misspelt field or a value of the wrong type does not compile.
     * Guarded by `ifMatch`, so a retry after a lost answer cannot overwrite someone else's edit.
     */
    update: async (id: string, patch: ApplicationPatch, opts: UpdateOptions) =>
      http.send({
        method: 'patch',
        path: path`/v1/applications/${id}`,
        json: patch,
        contentType: 'application/merge-patch+json',
        headers: { 'if-match': etag(opts.ifMatch) },
        schema: Application,
        signal: opts.signal,
        keepalive: opts.keepalive,
        retryable: true,
      }),
    /** Submits a complete dossier; refused with 422 and every missing field otherwise. */
    submit: async (id: string, opts: GuardedOptions = {}) =>
      post(`${path`/v1/applications/${id}`}/submit`, undefined, Application, opts),
    withdraw: async (id: string, opts: GuardedOptions = {}) =>
      post(`${path`/v1/applications/${id}`}/withdraw`, undefined, Application, opts),
    /** Organisers: record a decision (request changes, eligibility, selection). */
    decide: async (id: string, decision: DecisionRequest, opts: GuardedOptions = {}) =>
      post(
        path`/v1/applications/${id}/decisions`,
        decision,
        z.object({ decision: Decision, application: Application }),
        opts,
      ),
    decisions: async (id: string, opts: RequestOptions = {}) =>
      getList(path`/v1/applications/${id}/decisions`, Decision, opts),
    /** A verified agent of the commune joins the dossier holding its place, as editor. */
    join: async (id: string, opts: GuardedOptions = {}) =>
      post(path`/v1/applications/${id}/join`, undefined, Application, opts),
    /** Who did what to the dossier, when and why (owner, editors, organisers). */
    history: async (id: string, opts: RequestOptions = {}) =>
      getList(path`/v1/applications/${id}/history`, HistoryEntry, opts),
    /** Owner only: gives the dossier to one of its editors, who becomes owner; the owner becomes editor. */
    transferOwnership: async (id: string, accountId: string, opts: GuardedOptions = {}) =>
      post(path`/v1/applications/${id}/ownership`, { accountId }, Application, opts),
    /** Organisers: withdraw a dossier (a squatted one, say), with the reason kept in its history. */
    withdrawByOrganiser: async (id: string, body: OrganiserWithdrawalRequest, opts: GuardedOptions = {}) =>
      post(path`/v1/applications/${id}/organiser-withdrawal`, body, Application, opts),
    /** Organisers: give a dossier to another account (a verified agent of the commune), with the reason. */
    reassign: async (id: string, body: ReassignRequest, opts: GuardedOptions = {}) =>
      post(path`/v1/applications/${id}/reassignment`, body, Application, opts),
    invitations: {
      /** Pending invitations to the dossier (owner and editors see them). */
      list: async (id: string, opts: RequestOptions = {}) =>
        getList(path`/v1/applications/${id}/invitations`, Invitation, opts),
      /**
       * Owner only: invites someone by e-mail to edit the dossier. The answer is the same whether or
       * not the address has an account; the e-mail tells them how to accept (creating an account if needed).
       */
      create: async (id: string, body: InvitationRequest, opts: CreateOptions = {}) =>
        post(path`/v1/applications/${id}/invitations`, body, Invitation, opts),
      revoke: async (id: string, invitationId: string, opts: RequestOptions = {}) =>
        http.send({
          method: 'delete',
          path: path`/v1/applications/${id}/invitations/${invitationId}`,
          schema: undefined,
          signal: opts.signal,
          retryable: true,
        }),
    },
    collaborators: {
      list: async (id: string, opts: RequestOptions = {}) =>
        getList(path`/v1/applications/${id}/collaborators`, Collaborator, opts),
      /** The owner removes an editor; an editor removes themself (leaves the dossier). */
      remove: async (id: string, accountId: string, opts: RequestOptions = {}) =>
        http.send({
          method: 'delete',
          path: path`/v1/applications/${id}/collaborators/${accountId}`,
          schema: undefined,
          signal: opts.signal,
          retryable: true,
        }),
    },
  };

  const messages = {
    list: async (applicationId: string, opts: RequestOptions = {}) =>
      getList(path`/v1/applications/${applicationId}/messages`, Message, opts),
    /** Sends a message to the organisers (or, for an organiser, to the commune). Safe to retry. */
    send: async (applicationId: string, body: SendMessageRequest, opts: CreateOptions = {}) =>
      post(path`/v1/applications/${applicationId}/messages`, body, Message, opts),
  };

  const documents = {
    list: async (applicationId: string, opts: RequestOptions = {}) =>
      getList(path`/v1/applications/${applicationId}/documents`, DocumentRef, opts),
    /** A document's metadata (uploads go through `startUpload`, over tus). */
    get: async (applicationId: string, documentId: string, opts: RequestOptions = {}) =>
      get(path`/v1/applications/${applicationId}/documents/${documentId}`, DocumentRef, opts),
    /** A document's bytes, as uploaded (with the bearer token: a plain link cannot carry it). */
    content: async (applicationId: string, documentId: string, opts: RequestOptions = {}) =>
      http.download(path`/v1/applications/${applicationId}/documents/${documentId}`, {}, opts.signal),
    remove: async (applicationId: string, documentId: string, opts: RequestOptions = {}) =>
      http.send({
        method: 'delete',
        path: path`/v1/applications/${applicationId}/documents/${documentId}`,
        schema: undefined,
        signal: opts.signal,
        retryable: true,
      }),
  };

  /** The signed-in person's own account: settings, address, password, data export, deletion (GDPR). */
  const account = {
    update: async (body: UpdateAccountRequest, opts: RequestOptions = {}) =>
      http.send({ method: 'patch', path: '/v1/me', json: body, schema: Account, signal: opts.signal, retryable: true }),
    /** Changes the password; every other session of the account ends. */
    changePassword: async (body: ChangePasswordRequest, opts: RequestOptions = {}) =>
      http.send({
        method: 'put',
        path: '/v1/me/password',
        json: body,
        schema: undefined,
        signal: opts.signal,
        retryable: false,
      }),
    /** Asks to change the address: a link goes to the new one, which `confirmEmailChange` takes. */
    changeEmail: async (body: ChangeEmailRequest, opts: RequestOptions = {}) =>
      once('/v1/me/email-change', body, EmailSent, opts),
    confirmEmailChange: async (token: string, opts: RequestOptions = {}) =>
      once('/v1/me/email-change/confirmation', { token }, Account, opts),
    /** Everything the platform holds about the person, as JSON (GDPR articles 15 and 20). */
    exportData: async (opts: RequestOptions = {}) => get('/v1/me/export', z.record(z.string(), z.unknown()), opts),
    /** Deletes the account (GDPR article 17); refused while it is the only owner of a submitted dossier. */
    delete: async (body: DeleteAccountRequest, opts: RequestOptions = {}) => {
      await http.send({
        method: 'delete',
        path: '/v1/me',
        json: body,
        schema: undefined,
        signal: opts.signal,
        retryable: false,
      });
      http.setToken(undefined);
    },
  };

  /** Requests to represent a commune, decided by organisers; ProConnect accounts are verified at sign-in. */
  const communeClaims = {
    create: async (body: CommuneClaimRequest, opts: CreateOptions = {}) =>
      post('/v1/commune-claims', body, CommuneClaim, opts),
    /** The person's own requests; for organisers, everyone's (filter by status or commune). */
    list: async (params: { status?: CommuneClaimStatus; commune?: string } = {}, opts: RequestOptions = {}) =>
      http
        .send({
          method: 'get',
          path: '/v1/commune-claims',
          searchParams: { status: params.status, commune: params.commune },
          schema: z.object({ data: z.array(CommuneClaim) }),
          signal: opts.signal,
          retryable: true,
        })
        .then((r) => r.data),
    /** Organisers: approve, or refuse saying why; the person is told by e-mail. */
    decide: async (id: string, decision: CommuneClaimDecision, opts: CreateOptions = {}) =>
      post(path`/v1/commune-claims/${id}/decision`, decision, CommuneClaim, opts),
  };

  const invitations = {
    /** Accepts an invitation with the token of its e-mail's link: the account becomes an editor of the dossier. */
    accept: async (token: string, opts: RequestOptions = {}) =>
      once('/v1/invitations/acceptance', { token }, Application, opts),
  };

  const review = reviewResources({
    http,
    get,
    getList,
    post,
    once,
    remove: async (target: string, opts: RequestOptions) => {
      await http.send({ method: 'delete', path: target, schema: undefined, signal: opts.signal, retryable: true });
    },
  });

  return {
    ...review,
    auth,
    account,
    communeClaims,
    invitations,
    calls,
    applications,
    messages,
    documents,
    /** Replaces the bearer token (or the function that supplies it). */
    setToken: (token: ClientOptions['token']) => http.setToken(token),
    /** The current bearer token (for requests made outside the client, such as tus uploads). */
    getToken: async (): Promise<string | undefined> => {
      const token = http.getToken();
      return typeof token === 'function' ? token() : token;
    },
    /** The platform's URL. */
    baseUrl: String(options.baseUrl).replace(/\/+$/, ''),
    /**
     * The platform's time, learnt from every answer (`clock.now()`, `clock.known`, a `change` event):
     * what decides whether the call is open, whatever the device's clock says.
     */
    clock: http.clock,
    /** Asks the platform for its time (a cheap public route) and returns it; later answers keep it current. */
    syncClock: async (opts: RequestOptions = {}): Promise<Date> => {
      await http.send({ method: 'get', path: '/v1/time', schema: PlatformTime, signal: opts.signal, retryable: true });
      return http.clock.now();
    },
    /** The language the platform answers in (Accept-Language). */
    get lang(): Lang {
      return http.lang;
    },
    /** Switches the language of the platform's messages for the next requests (a page's `lang` changed). */
    setLang: (lang: Lang) => {
      http.lang = lang;
    },
  };
}

export type QmiClient = ReturnType<typeof createClient>;
