import { pickLang, PLATFORM_TIME_HEADER } from '@qmi/core';
import { Hono, type Context } from 'hono';
import { cors } from 'hono/cors';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { authenticate } from './http/auth.js';
import { limitBody } from './http/body.js';
import type { AppEnv, Deps } from './http/env.js';
import { idempotency } from './http/idempotency.js';
import { ProblemError, problemResponse } from './http/problem.js';
import { buildOpenApi } from './openapi/document.js';
import { organisersBundleOf } from './pages/organisers.js';
import { pageRoutes } from './pages/routes.js';
import { proConnectRoutes } from './proconnect/routes.js';
import { accountRoutes } from './routes/accounts.js';
import { meRoutes } from './routes/me.js';
import { applicationRoutes } from './routes/applications.js';
import { callRoutes } from './routes/calls.js';
import { communeDossierRoutes } from './routes/commune-dossiers.js';
import { communeRoutes } from './routes/communes.js';
import { documentRoutes } from './routes/documents.js';
import { invitationRoutes } from './routes/invitations.js';
import { lifecycleRoutes } from './routes/lifecycle.js';
import { messageRoutes } from './routes/messages.js';
import { sandboxRoutes } from './routes/sandbox.js';
import { sharingRoutes } from './routes/sharing.js';
import { adviceRoutes } from './routes/advice.js';
import { assessmentRoutes } from './routes/assessments.js';
import { exportRoutes } from './routes/exports.js';
import { notificationRoutes } from './routes/notifications.js';
import { receiptRoutes } from './routes/receipts.js';
import { reviewerRoutes } from './routes/reviewers.js';
import { DOCUMENT_ID_HEADER, UPLOADS_PATH, uploadEndpoint, uploadRoutes } from './uploads/index.js';

/** tus 1.0 headers a browser client must be allowed to send and read (plus X-HTTP-Method-Override for old proxies). */
const TUS_REQUEST_HEADERS = [
  'Tus-Resumable',
  'Upload-Length',
  'Upload-Offset',
  'Upload-Metadata',
  'Upload-Defer-Length',
  'Upload-Concat',
  'X-HTTP-Method-Override',
  'X-Requested-With',
];
const TUS_RESPONSE_HEADERS = [
  'Tus-Resumable',
  'Tus-Version',
  'Tus-Extension',
  'Tus-Max-Size',
  'Upload-Offset',
  'Upload-Length',
  'Upload-Metadata',
  'Upload-Defer-Length',
  'Upload-Expires',
];
const EXPOSED_HEADERS = [
  PLATFORM_TIME_HEADER,
  'ETag',
  'Location',
  'Retry-After',
  'X-Request-Id',
  'Idempotent-Replayed',
  'Content-Disposition',
  DOCUMENT_ID_HEADER,
  ...TUS_RESPONSE_HEADERS,
];
const ALLOWED_HEADERS = [
  'Authorization',
  'Content-Type',
  'If-Match',
  'If-None-Match',
  // The autosave asks for return=minimal (RFC 7240); a browser would otherwise refuse its cross-origin PATCH.
  'Prefer',
  'Idempotency-Key',
  'X-Request-Id',
  'Accept-Language',
  ...TUS_REQUEST_HEADERS,
];

/** The platform API as a Hono app: every route, problem+json for every error, never a stack trace. */
export function createApp(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const openApi = buildOpenApi(deps.calls);

  app.use('*', async (c, next) => {
    const started = performance.now();
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && /^[\w.-]{1,100}$/.test(incoming) ? incoming : randomUUID();
    c.set('deps', deps);
    c.set('requestId', requestId);
    c.set('lang', pickLang(c.req.header('accept-language')));
    await next();
    // Answered before its body was read (a 404, a 401, a refusal): the server discards the rest of the
    // body for a short while and then cuts the connection, under whatever request the client sent next
    // on it. Saying so lets the client open a new connection instead.
    if (!c.req.raw.bodyUsed && hasBody(c.req.raw)) c.res.headers.set('connection', 'close');
    c.res.headers.set('x-request-id', requestId);
    // The platform's time on every answer: the components decide whether the call is open by it,
    // never by the device's clock (which may be wrong, and is not the sandbox's demo clock).
    c.res.headers.set(PLATFORM_TIME_HEADER, deps.clock.now().toISOString());
    const status = c.res.status;
    deps.log(status >= 500 ? 'error' : 'info', 'request', {
      requestId,
      method: c.req.method,
      path: c.req.path,
      status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      account: c.get('account')?.id,
    });
  });

  const refusedOrigins = new Set<string>();
  /** The page's origin when it is granted, else null. */
  const grantedOrigin = (origin: string): string | null => {
    if (deps.allowedOrigins.includes(origin)) return origin;
    // Said once per origin (and for a bounded number of them): a partner page whose origin is not
    // listed otherwise fails silently in its visitors' browsers.
    if (origin && !refusedOrigins.has(origin) && refusedOrigins.size < 100) {
      refusedOrigins.add(origin);
      deps.log('warn', 'origin refused', {
        origin,
        hint: 'add it to QMI_ALLOWED_ORIGINS to let that page call the API',
      });
    }
    return null;
  };
  const preflight = cors({
    origin: grantedOrigin,
    allowMethods: ['GET', 'HEAD', 'POST', 'PATCH', 'PUT', 'DELETE', 'OPTIONS'],
    allowHeaders: ALLOWED_HEADERS,
    exposeHeaders: EXPOSED_HEADERS,
    maxAge: 600,
  });
  // The path as Hono routes it (no URL parsed: this runs three times per request).
  const isUpload = (c: Context<AppEnv>) => c.req.path.startsWith(UPLOADS_PATH);
  const exposed = EXPOSED_HEADERS.join(',');
  app.use('/v1/*', async (c, next) => {
    if (c.req.method === 'OPTIONS') {
      // A plain OPTIONS on the tus endpoint (no preflight) is tus's discovery request: tus answers it.
      if (!c.req.header('access-control-request-method') && isUpload(c)) return next();
      const answer = await preflight(c, next);
      // The list exposes nothing to an origin not granted (no Origin: the same site, a server): not sent,
      // 300 B less on every such answer (issue 17: an autosave's whole exchange fits in 1 KB).
      if (!c.res.headers.has('access-control-allow-origin')) c.res.headers.delete('access-control-expose-headers');
      return answer;
    }
    // Any other request is granted once the route has answered, on that answer: hono/cors writes its
    // headers on a response made before the route runs, and Hono then copies the route's answer into a
    // new one with them (its body through a web stream): about 1 ms of the sandbox for a 92 KB dossier,
    // on every read of it (measured with `npm run bench -- startup`, issue 17).
    await next();
    const origin = grantedOrigin(c.req.header('origin') ?? '');
    const headers = c.res.headers;
    if (origin) {
      headers.set('access-control-allow-origin', origin);
      headers.set('access-control-expose-headers', exposed);
    }
    headers.append('vary', 'Origin');
  });
  // Every body is counted while it streams and refused at the limit, before a route or the idempotency
  // layer reads it; tus streams its bodies to disk and stops them at their Upload-Length itself.
  app.use('*', (c, next) => (isUpload(c) ? next() : limitBody(c, next)));
  // tus has its own retry story (HEAD the upload, resume from its offset), and the idempotency
  // middleware would read a creation-with-upload body that tus must stream.
  app.use('/v1/*', authenticate, (c, next) => (isUpload(c) ? next() : idempotency(c, next)));

  const uploads = uploadRoutes(uploadEndpoint(deps));
  for (const routes of [
    accountRoutes,
    meRoutes,
    proConnectRoutes,
    callRoutes,
    applicationRoutes,
    lifecycleRoutes,
    communeRoutes,
    communeDossierRoutes,
    sharingRoutes,
    invitationRoutes,
    messageRoutes,
    documentRoutes,
    reviewerRoutes,
    assessmentRoutes,
    adviceRoutes,
    notificationRoutes,
    receiptRoutes,
    exportRoutes,
    uploads,
    sandboxRoutes,
  ]) {
    app.route('/', routes);
  }

  app.get('/v1/time', (c) => c.json({ now: deps.clock.now().toISOString() }));
  app.get('/healthz', (c) => c.json({ status: 'ok', now: deps.clock.now().toISOString() }));
  app.get('/openapi.json', (c) => c.json(openApi));
  app.route('/', pageRoutes(openApi));
  // The elements' bundles: the partners' one, and the organisers' one built beside it (demo pages only).
  const asset = (file: (bundle: string) => string) => async (c: Context<AppEnv>) => {
    if (!deps.elementsBundle) return problemResponse(c, 'not_found');
    // Read at each request, so a rebuilt bundle shows on reload; the demo page is not a CDN. Bytes as
    // built, so the Subresource Integrity hash published with the package holds for them.
    const source = await readFile(file(deps.elementsBundle)).catch(() => undefined);
    if (source === undefined) return problemResponse(c, 'not_found');
    return c.body(source, 200, {
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'no-cache',
      // A public script, as on a CDN: module scripts are fetched in CORS mode, so a page on another
      // origin (listed in QMI_ALLOWED_ORIGINS or not) may only run it with this grant; no credentials.
      'access-control-allow-origin': '*',
      'cross-origin-resource-policy': 'cross-origin',
    });
  };
  app.get(
    '/assets/qmi-elements.js',
    asset((bundle) => bundle),
  );
  app.get('/assets/qmi-organisers.js', asset(organisersBundleOf));
  // Their chunks (issue 17): each bundle loads an element's code from `./chunks/` beside itself when the
  // element's tag appears. Names carry a hash of their content, so they may be cached for good.
  app.get('/assets/chunks/:file{[\\w.-]+\\.js}', async (c) => {
    if (!deps.elementsBundle) return problemResponse(c, 'not_found');
    const source = await readFile(path.join(path.dirname(deps.elementsBundle), 'chunks', c.req.param('file'))).catch(
      () => undefined,
    );
    if (source === undefined) return problemResponse(c, 'not_found');
    return c.body(source, 200, {
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'public, max-age=31536000, immutable',
      'access-control-allow-origin': '*',
      'cross-origin-resource-policy': 'cross-origin',
    });
  });

  // A known path with another method is a 405 that names the allowed ones, not a 404.
  app.notFound((c) => {
    const allowed = allowedMethods(openApi, new URL(c.req.url).pathname);
    if (allowed.length) return problemResponse(c, 'method_not_allowed', { headers: { allow: allowed.join(', ') } });
    return problemResponse(c, 'not_found');
  });

  app.onError((error, c) => {
    if (error instanceof ProblemError) return problemResponse(c, error.code, error.options);
    deps.log('error', 'unhandled error', {
      requestId: c.get('requestId'),
      error: String(error),
      stack: (error as Error).stack,
    });
    return problemResponse(c, 'internal_error');
  });
  return app;
}

function allowedMethods(openApi: ReturnType<typeof buildOpenApi>, pathname: string): string[] {
  for (const [template, operations] of Object.entries(openApi.paths)) {
    const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
    if (pattern.test(pathname)) return Object.keys(operations).map((method) => method.toUpperCase());
  }
  return [];
}

/**
 * Whether a request carries a body (a declared length above zero, or a chunked one). Read from the
 * method and headers, not `request.body`: on @hono/node-server that getter builds a whole web Request
 * (headers, stream, abort controller) for every request, a body read or not: measured at hundreds of µs
 * per request on a loaded 2-core machine, against under 1 µs for the headers (issue 17, the autosave's p99).
 */
const hasBody = (request: Request): boolean =>
  request.method !== 'GET' &&
  request.method !== 'HEAD' &&
  (request.headers.has('transfer-encoding') || Number(request.headers.get('content-length') ?? '0') > 0);
