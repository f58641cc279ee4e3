import { type DocumentKindRule, ERROR_CODES } from '@qmi/core';
import { EVENTS, Server, type Upload } from '@tus/server';
import type { Context } from 'hono';
import { loadApplication } from '../http/access.js';
import { requireAccount } from '../http/auth.js';
import type { AppEnv, Deps } from '../http/env.js';
import { ProblemError, problemResponse } from '../http/problem.js';
import type { AccountRow } from '../store/accounts.js';
import { checkCreation } from './creation.js';
import { finishUpload } from './finish.js';
import { problemOfStatus, problemOfTusError } from './problems.js';
import { OWNER_KEY, uploadTarget } from './target.js';

export const UPLOADS_PATH = '/v1/uploads';
/** Sent on the final PATCH (or a single-request POST), so the client knows which document it made. */
export const DOCUMENT_ID_HEADER = 'Qmi-Document-Id';

/** What a tus hook needs of the Hono request it runs in; tus hands hooks the same Request object. */
interface RequestState {
  c: Context<AppEnv>;
  problem?: ProblemError;
  /** The upload a POST recorded, removed again if the creation does not answer with success. */
  created?: string;
}

/**
 * The tus 1.0 endpoint (creation, creation-with-upload, core HEAD/PATCH, termination, expiration)
 * on @tus/server, behind the platform's bearer auth and rules, answering every error in problem+json.
 */
export function uploadEndpoint(deps: Deps) {
  const states = new WeakMap<object, RequestState>();
  const stateOf = (req: object): RequestState => {
    const state = states.get(req);
    // Every request reaches tus through handle() below, which registers it first.
    if (!state) throw new Error('tus request without a registered Hono context');
    return state;
  };
  const accountOf = (req: object) => requireAccount(stateOf(req).c);
  // The largest file any kind allows: tus's own ceiling (Tus-Max-Size); each kind's limit is judged at creation.
  const ceiling = Math.max(
    ...deps.calls.flatMap((call) => call.documentKinds.map((kind: DocumentKindRule) => kind.maxSizeBytes)),
  );

  const server = new Server({
    path: UPLOADS_PATH,
    datastore: deps.uploads.store,
    // A relative Location survives reverse proxies and TLS termination; tus-js-client resolves it.
    relativeLocation: true,
    // At creation the kind's own limit answers with a clearer message than tus's generic 413.
    maxSize: (req) => (req.method === 'POST' ? 0 : ceiling),
    // A finished upload's bytes belong to its document now; only DELETE on the document removes them.
    disableTerminationForFinishedUploads: true,
    allowedOrigins: (origin) => deps.allowedOrigins.includes(origin),
    exposedHeaders: [DOCUMENT_ID_HEADER, 'X-Request-Id'],

    async onIncomingRequest(req, id) {
      if (req.method === 'POST') return; // creation is judged in onUploadCreate, with the metadata
      await checkAccess(stateOf(req).c, accountOf(req), id, req.method);
    },
    async onUploadCreate(req, upload) {
      const { c } = stateOf(req);
      // Upload creations per account are throttled (429 with Retry-After), before any file is made.
      await deps.throttle.uploadCreation(c, accountOf(req).id);
      const { metadata, replaced } = checkCreation(c, accountOf(req), upload);
      stateOf(req).created = upload.id;
      for (const id of replaced) await deps.uploads.discardUpload(id);
      return { metadata };
    },
    async onUploadFinish(req, upload: Upload) {
      const { c } = stateOf(req);
      // Replaced or discarded while its last bytes were on their way: it no longer holds a place.
      if (!deps.store.documents.uploadInProgress(upload.id)) {
        await deps.uploads.discardUpload(upload.id);
        throw new ProblemError('not_found');
      }
      const documentId = await finishUpload(c, accountOf(req), upload, {
        storage: deps.uploads,
        scanner: deps.scanner,
      });
      return { headers: { [DOCUMENT_ID_HEADER]: documentId } };
    },
    onResponseError(req, error) {
      const state = stateOf(req);
      const problem = problemOfTusError(error);
      if (!problem) {
        deps.log('error', 'upload failed', {
          requestId: state.c.get('requestId'),
          error: String(error),
          stack: (error as Error).stack,
        });
      }
      state.problem = problem ?? new ProblemError('internal_error');
      return { status_code: ERROR_CODES[state.problem.code].status, body: '' };
    },
  });
  // Once the client has its answer, the upload's own copy is dropped; the document keeps its link.
  // Requests on that upload wait for the drop to end, so they see it whole or gone, never half gone.
  const discarding = new Map<string, Promise<void>>();
  server.on(EVENTS.POST_FINISH, (_req, _res, upload) => {
    const done = deps.uploads
      .discardUpload(upload.id)
      .catch((error: unknown) => deps.log('warn', 'upload discard failed', { upload: upload.id, error: String(error) }))
      .finally(() => discarding.delete(upload.id));
    discarding.set(upload.id, done);
  });

  // A terminated upload frees its place among the dossier's documents (tus removed its files).
  server.on(EVENTS.POST_TERMINATE, (_req, _res, id) => deps.store.documents.forgetUpload(id));

  /**
   * Every request on an existing upload: only the account that created it, and only while it may
   * still see the dossier (a co-editor removed from it, say). To anyone else the upload does not
   * exist; when its creator lost access it is discarded, so their bytes do not stay. Chunks are
   * refused as a new upload would be (dossier no longer editable, window closed); HEAD and DELETE
   * stay open, so the agent can see where it stands and give it up.
   */
  async function checkAccess(c: Context<AppEnv>, account: AccountRow, id: string, method: string): Promise<void> {
    const upload = await deps.uploads.store.getUpload(id);
    const meta = upload.metadata ?? {};
    if (meta[OWNER_KEY] !== account.id) throw new ProblemError('not_found');
    // Replaced by a new upload of its creator, or made before places were recorded.
    const place = deps.store.documents.uploadInProgress(id);
    if (!place) throw new ProblemError('not_found');
    if (place.expiresAt <= Date.now()) {
      await deps.uploads.discardUpload(id);
      throw new ProblemError('upload_expired');
    }
    try {
      loadApplication(c, account, meta.applicationId ?? '');
    } catch (error) {
      if (error instanceof ProblemError && error.code === 'not_found') await deps.uploads.discardUpload(id);
      throw error;
    }
    if (method === 'PATCH') uploadTarget(c, account, meta.applicationId ?? '', meta.kind ?? '');
  }

  return {
    async handle(c: Context<AppEnv>): Promise<Response> {
      const state: RequestState = { c };
      // OPTIONS is tus's discovery (versions, extensions, max size) and needs no account.
      if (c.req.method !== 'OPTIONS') requireAccount(c);
      states.set(c.req.raw, state);
      const uploadId = c.req.param('uploadId');
      if (uploadId) await discarding.get(uploadId);
      const response = await server.handleWeb(c.req.raw);
      if (response.status < 400) return response;
      // A refused creation (413 beyond its Upload-Length, 415 on its bytes...) leaves nothing behind.
      if (state.created) await deps.uploads.discardUpload(state.created);
      const problem = state.problem ?? problemOfStatus(response.status, await response.text());
      const answer = problemResponse(c, problem.code, problem.options);
      // Keep tus's protocol headers (Tus-Resumable, CORS, Connection: close after an aborted body).
      for (const [name, value] of response.headers) {
        if (!['content-type', 'content-length'].includes(name)) answer.headers.set(name, value);
      }
      return answer;
    },
  };
}
export type UploadEndpoint = ReturnType<typeof uploadEndpoint>;
