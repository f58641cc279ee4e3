// The platform API inside the Storybook page, so that every story works in a static build with
// no server running. Mock Service Worker answers the elements' real requests (fetch for the API
// client, XMLHttpRequest for tus uploads) from an in-memory copy of the platform: the QMI 2 call,
// one commune's dossier, its documents and messages. The rules are the real ones: a submission is
// judged by @qmi/validators' evaluate(), as the sandbox judges it.
import {
  type Account,
  type Application,
  type ApplicationStatus,
  applyMergePatch,
  type CallDefinition,
  type DocumentRef,
  type ErrorCode,
  type Message,
  problemBody,
  QMI_2,
} from '@qmi/core';
import { evaluate, issuesAsFieldErrors, windowStateFor } from '@qmi/validators';
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { applyPatch, type Operation } from 'fast-json-patch';
import { type AccountScenario, accountHandlers } from './account-platform.js';
import { type AssessmentScenario, assessmentHandlers } from './assessment-platform.js';
import { boardHandlers } from './board-platform.js';
import { type DossierViewScenario, dossierViewHandlers } from './dossier-view-platform.js';
import { type ReviewFeedbackScenario, reviewFeedbackHandlers } from './review-feedback-platform.js';
import { reviewerInvitationHandlers } from './reviewer-invitation-platform.js';

/**
 * Where the elements of a story find the platform: a path of the Storybook origin itself, one per
 * story, so that the stories of a docs page each keep their own scenario.
 */
export const apiBase = (storyId = 'default'): string =>
  new URL(`/platform/${encodeURIComponent(storyId)}`, globalThis.location.href).href;
export const STORY_TOKEN = 'qmi_story_token_0123456789abcdef';
export const STORY_ACCOUNT: Account = {
  id: 'acct_story',
  email: 'mairie@saint-denis.example',
  role: 'applicant',
  createdAt: '2023-11-02T09:00:00.000Z',
  emailVerified: true,
  lang: 'fr',
  communes: [{ commune: '93066', source: 'proconnect', verifiedAt: '2023-11-02T09:00:00.000Z' }],
  hasPassword: false,
};
export const STORY_APPLICATION_ID = 'app_story';

export interface PlatformScenario
  extends AccountScenario, AssessmentScenario, DossierViewScenario, ReviewFeedbackScenario {
  /** The platform's clock (default: 1 December 2023, inside the application window). */
  now?: string;
  /** The dossiers the account sees; none means the start step. */
  applications?: Application[];
  messages?: Message[];
  /** `offline`: every request fails as a network error (the tab lost its connection). */
  network?: 'online' | 'offline';
  /** `offline`: reads work but saves fail as network errors. */
  saves?: 'ok' | 'offline';
  /**
   * `stall`: the upload keeps its first chunk and never gets an answer for the next; `refuse`: the
   * last byte is refused (the content does not match the type); `offline`: the connection drops after creation.
   */
  uploads?: 'ok' | 'stall' | 'refuse' | 'offline';
  /** `offline`: the thread loads, but a message sent does not reach the platform (network error). */
  sending?: 'ok' | 'offline';
  /** Whether a stored session is still valid (`expired` answers 401 to /v1/me). */
  session?: 'valid' | 'expired';
  /** Whether the platform offers "S'identifier avec ProConnect" (`GET /v1/auth/methods`). */
  proConnect?: boolean;
}

/** An e-mail's token that the story platform answers as expired or already used (410 token_invalid). */
export const STORY_EXPIRED_TOKEN = 'story-expired-token-0123456789';

export const STORY_NOW = '2023-12-01T09:00:00.000Z';

/** A story's `parameters` giving its platform scenario (read by the preview's loader). */
export const withPlatform = (scenario: PlatformScenario) => ({ platform: scenario });

/** A dossier of the story commune (Saint-Denis), with the given content and documents. */
export function storyApplication(overrides: Partial<Application> = {}): Application {
  return {
    id: STORY_APPLICATION_ID,
    callId: QMI_2.id,
    commune: '93066',
    status: 'draft' as ApplicationStatus,
    revision: 3,
    ownerId: STORY_ACCOUNT.id,
    holdsPlace: true,
    documents: [],
    createdAt: '2023-11-02T09:00:00.000Z',
    updatedAt: '2023-11-28T16:30:00.000Z',
    ...overrides,
  } as Application;
}

const SHA = 'a3f1c2'.padEnd(64, '0');

/** A recorded document of a kind (for a partner's letter, give the partner). */
export function storyDocument(kind: string, filename: string, partnerId?: string, sizeBytes = 482_133): DocumentRef {
  return {
    id: `doc_${kind}_${partnerId ?? filename}`.replace(/[^\w]/g, '_'),
    kind,
    filename,
    mediaType: filename.endsWith('.png') ? 'image/png' : 'application/pdf',
    sizeBytes,
    sha256: SHA,
    ...(partnerId ? { partnerId } : {}),
    uploadedAt: '2023-11-27T10:12:00.000Z',
  };
}

/** The platform's own problem+json (`problemBody` of @qmi/core), in French like a page without `Accept-Language: en`. */
function problem(code: ErrorCode, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const body = problemBody(code, 'fr', '', 'req_story', { extra });
  return HttpResponse.json(body, {
    status: body.status,
    headers: { 'content-type': 'application/problem+json', ...headers },
  });
}

const etag = (application: Application) => `"${application.revision}"`;

/** The request handlers of one story's platform; each call starts from a fresh copy of the scenario. */
export function platformHandlers(scenario: PlatformScenario = {}, base = apiBase()): HttpHandler[] {
  const now = () => scenario.now ?? STORY_NOW;
  const call: CallDefinition = QMI_2;
  const applications = new Map(
    (scenario.applications ?? []).map((application) => [application.id, structuredClone(application)]),
  );
  const messages = structuredClone(scenario.messages ?? []);
  const uploads = new Map<string, { length: number; offset: number; metadata: Record<string, string> }>();
  const url = (path: string) => `${base}${path}`;
  const authorised = (request: Request) => request.headers.get('authorization') === `Bearer ${STORY_TOKEN}`;
  const found = (id: string | readonly string[] | undefined) => applications.get(String(id));
  const save = (application: Application, changes: Partial<Application>) => {
    const next = { ...application, ...changes, revision: application.revision + 1, updatedAt: now() } as Application;
    applications.set(next.id, next);
    return next;
  };
  const withEtag = (application: Application, status = 200) =>
    HttpResponse.json(application, { status, headers: { etag: etag(application) } });
  // The signed-in account (the story account with the scenario's changes); PATCH /v1/me changes it.
  const me = { current: { ...STORY_ACCOUNT, ...scenario.account } as Account };
  const session = () => ({ token: STORY_TOKEN, expiresAt: '2024-12-01T09:00:00.000Z', account: me.current });

  // Every dossier route needs the account's bearer token, as on the platform (401 otherwise).
  type Resolver = Parameters<typeof http.get>[1];
  const signedIn =
    (resolver: Resolver): Resolver =>
    (info) =>
      authorised(info.request) ? resolver(info) : problem('unauthenticated');

  const handlers: HttpHandler[] = [
    // First: the dossier view's bytes and stalls fall through to the routes below when not theirs.
    ...dossierViewHandlers(scenario, { url, now, authorised, found }),
    // The committee's assessment (stories/support/assessment-platform.ts): only in stories that give `assessment`.
    ...assessmentHandlers(scenario, { url, now, me, authorised, found }),
    http.post(url('/v1/sessions'), async ({ request }) => {
      const body = (await request.json()) as { email?: string; password?: string };
      if (body.email !== STORY_ACCOUNT.email || body.password !== 'commune-2023') return problem('invalid_credentials');
      return HttpResponse.json(session(), { status: 201 });
    }),
    // Sign-up, reset and resend answer the same whatever the address: an e-mail is on its way.
    http.post(url('/v1/accounts'), () => HttpResponse.json({ status: 'email_sent' }, { status: 202 })),
    http.post(url('/v1/password-resets'), () => HttpResponse.json({ status: 'email_sent' }, { status: 202 })),
    http.post(url('/v1/me/verification-email'), () => HttpResponse.json({ status: 'email_sent' }, { status: 202 })),
    // The e-mails' links: any token works but STORY_EXPIRED_TOKEN, and signs in as the story account.
    ...['/v1/accounts/verification', '/v1/password-resets/completion'].map((path) =>
      http.post(url(path), async ({ request }) => {
        const body = (await request.json()) as { token?: string };
        if (body.token === STORY_EXPIRED_TOKEN) return problem('token_invalid');
        return HttpResponse.json(session(), { status: 201 });
      }),
    ),
    http.get(url('/v1/auth/methods'), () =>
      HttpResponse.json({ password: true, proConnect: scenario.proConnect ?? false }),
    ),
    http.delete(url('/v1/sessions/current'), () => new HttpResponse(null, { status: 204 })),
    http.delete(url('/v1/sessions'), () => new HttpResponse(null, { status: 204 })),
    http.get(url('/v1/me'), async ({ request }) => {
      if (scenario.session === 'expired' || !authorised(request)) return problem('unauthenticated');
      if (scenario.accountLoading === 'stall') await delay('infinite');
      return HttpResponse.json(me.current);
    }),
    http.get(url('/v1/calls'), () =>
      HttpResponse.json({
        data: [
          {
            id: call.id,
            edition: call.edition,
            title: call.title,
            timeZone: call.timeZone,
            applicationWindow: call.applicationWindow,
          },
        ],
      }),
    ),
    http.get(url('/v1/calls/:id'), ({ params }) =>
      params.id === call.id ? HttpResponse.json(call) : problem('not_found'),
    ),
    http.get(
      url('/v1/applications'),
      signedIn(() => HttpResponse.json({ data: [...applications.values()] })),
    ),
    http.post(
      url('/v1/calls/:id/applications'),
      signedIn(async ({ request }) => {
        const { commune } = (await request.json()) as { commune: string };
        const created = storyApplication({ commune, revision: 1, createdAt: now(), updatedAt: now() });
        applications.set(created.id, created);
        return withEtag(created, 201);
      }),
    ),
    http.get(
      url('/v1/applications/:id'),
      signedIn(({ params }) => {
        const application = found(params.id);
        return application ? withEtag(application) : problem('not_found');
      }),
    ),
    http.patch(
      url('/v1/applications/:id'),
      signedIn(async ({ request, params }) => {
        if (scenario.saves === 'offline') return HttpResponse.error();
        const application = found(params.id);
        if (!application) return problem('not_found');
        if (windowStateFor(application.status, call, new Date(now())) === 'closed') return problem('call_closed');
        if (request.headers.get('if-match') !== etag(application)) {
          return problem(
            'revision_mismatch',
            { currentRevision: application.revision, current: application },
            { etag: etag(application) },
          );
        }
        // The autosave sends a JSON Patch for an edit inside a list's items (one partner's e-mail), else a merge patch.
        const change: unknown = await request.json();
        const patched = (
          request.headers.get('content-type')?.startsWith('application/json-patch+json')
            ? applyPatch(structuredClone(application), change as Operation[], true).newDocument
            : applyMergePatch(application, change)
        ) as Application;
        return withEtag(
          save(application, {
            ...patched,
            id: application.id,
            status: application.status,
            documents: application.documents,
          }),
        );
      }),
    ),
    http.post(
      url('/v1/applications/:id/submit'),
      signedIn(({ params }) => {
        const application = found(params.id);
        if (!application) return problem('not_found');
        if (windowStateFor(application.status, call, new Date(now())) === 'closed') return problem('call_closed');
        const issues = evaluate(application, call, {
          now: new Date(now()),
          lang: 'fr',
          checkWindow: false,
        }).issues.filter((issue) => issue.severity === 'error');
        if (issues.length) {
          return problem('incomplete_application', { issues, errors: issuesAsFieldErrors(issues) });
        }
        return withEtag(save(application, { status: 'submitted', submittedAt: now() }));
      }),
    ),
    http.get(
      url('/v1/applications/:id/documents'),
      signedIn(({ params }) => HttpResponse.json({ data: found(params.id)?.documents ?? [] })),
    ),
    http.get(
      url('/v1/applications/:id/documents/:documentId'),
      signedIn(({ params }) => {
        const document = found(params.id)?.documents.find((item) => item.id === params.documentId);
        return document ? HttpResponse.json(document) : problem('not_found');
      }),
    ),
    http.delete(
      url('/v1/applications/:id/documents/:documentId'),
      signedIn(({ params }) => {
        const application = found(params.id);
        if (!application) return problem('not_found');
        save(application, { documents: application.documents.filter((item) => item.id !== params.documentId) });
        return new HttpResponse(null, { status: 204 });
      }),
    ),
    http.get(
      url('/v1/applications/:id/messages'),
      signedIn(({ params }) =>
        HttpResponse.json({ data: messages.filter((message) => message.applicationId === params.id) }),
      ),
    ),
    http.post(
      url('/v1/applications/:id/messages'),
      signedIn(async ({ request, params }) => {
        if (scenario.sending === 'offline') return HttpResponse.error();
        const { body } = (await request.json()) as { body: string };
        const message: Message = {
          id: `msg_${messages.length + 1}`,
          applicationId: String(params.id),
          authorId: STORY_ACCOUNT.id,
          authorRole: 'applicant',
          body,
          createdAt: now(),
        };
        messages.push(message);
        return HttpResponse.json(message, { status: 201 });
      }),
    ),

    // tus 1.0: creation, HEAD for the offset, PATCH to append; the last byte records the document.
    http.post(
      url('/v1/uploads'),
      signedIn(({ request }) => {
        const metadata = Object.fromEntries(
          (request.headers.get('upload-metadata') ?? '')
            .split(',')
            .filter(Boolean)
            .map((pair) => {
              const [key, value = ''] = pair.trim().split(' ');
              return [
                key,
                value ? new TextDecoder().decode(Uint8Array.from(atob(value), (char) => char.charCodeAt(0))) : '',
              ];
            }),
        );
        const id = `upl_${uploads.size + 1}`;
        uploads.set(id, { length: Number(request.headers.get('upload-length')), offset: 0, metadata });
        return new HttpResponse(null, {
          status: 201,
          headers: { location: url(`/v1/uploads/${id}`), 'tus-resumable': '1.0.0' },
        });
      }),
    ),
    http.head(
      url('/v1/uploads/:uploadId'),
      signedIn(({ params }) => {
        const upload = uploads.get(String(params.uploadId));
        if (!upload) return new HttpResponse(null, { status: 404 });
        return new HttpResponse(null, {
          status: 200,
          headers: {
            'upload-offset': String(upload.offset),
            'upload-length': String(upload.length),
            'tus-resumable': '1.0.0',
            'cache-control': 'no-store',
          },
        });
      }),
    ),
    http.patch(
      url('/v1/uploads/:uploadId'),
      signedIn(async ({ request, params }) => {
        if (scenario.uploads === 'offline') return HttpResponse.error();
        const upload = uploads.get(String(params.uploadId));
        if (!upload) return problem('not_found');
        const bytes = (await request.arrayBuffer()).byteLength;
        if (scenario.uploads === 'stall' && upload.offset > 0) {
          await delay('infinite');
        }
        upload.offset += bytes;
        const headers: Record<string, string> = { 'upload-offset': String(upload.offset), 'tus-resumable': '1.0.0' };
        if (upload.offset < upload.length) return new HttpResponse(null, { status: 204, headers });
        if (scenario.uploads === 'refuse') return problem('document_content_mismatch', {}, headers);
        const application = found(upload.metadata.applicationId);
        if (!application) return problem('not_found');
        const document = {
          ...storyDocument(
            upload.metadata.kind ?? '',
            upload.metadata.filename ?? 'document.pdf',
            upload.metadata.partnerId || undefined,
            upload.length,
          ),
          id: `doc_${params.uploadId}`,
        };
        save(application, { documents: [...application.documents, document] });
        return new HttpResponse(null, { status: 204, headers: { ...headers, 'qmi-document-id': document.id } });
      }),
    ),
    // The account page and the dossier's people (stories/support/account-platform.ts).
    ...accountHandlers(scenario, { url, now, me, authorised, found }),
    // The selection committee's invitation link (stories/support/reviewer-invitation-platform.ts).
    ...reviewerInvitationHandlers({ url, me, session, expiredToken: STORY_EXPIRED_TOKEN }),
    // The organisers' answers in the commune's form, and notifications (stories/support/review-feedback-platform.ts).
    ...reviewFeedbackHandlers(scenario, { url, now, authorised, found }),
    // The organisers' board (stories/support/board-platform.ts).
    ...boardHandlers(scenario, { url, authorised }),
  ];
  // A lost connection: every request to the platform fails before it reaches it.
  if (scenario.network === 'offline') return [http.all(url('/*'), () => HttpResponse.error())];
  return handlers;
}
