import { Hono } from 'hono';
import type { AppEnv } from '../http/env.js';
import type { OpenApiDocument } from '../openapi/document.js';
import { renderApiReference } from './api-reference.js';
import { renderDemoPage } from './demo.js';
import { devMailRoutes } from './dev-mail.js';
import { renderOrganisersPage } from './organisers.js';
import { newNonce, pageSecurityHeaders } from './security.js';

/**
 * The sandbox's HTML pages, each answer with its own CSP nonce and the pages' security headers: the
 * demo page (`/`), the organisers' demo page (`/organisateurs`), the API reference (`/docs`) and, when the local mail catcher runs, `/dev/mail`.
 */
export function pageRoutes(openApi: OpenApiDocument): Hono<AppEnv> {
  const pages = new Hono<AppEnv>();
  pages.get('/docs', (c) => {
    const nonce = newNonce();
    return c.html(renderApiReference(openApi, nonce), 200, pageSecurityHeaders({ nonce }));
  });
  pages.get('/', (c) => {
    const deps = c.get('deps');
    const nonce = newNonce();
    // Without a configured public URL (an app made by createApp alone), the page's own address, as the
    // browser resolves "/": still nothing taken from the Host header.
    const apiBase = deps.publicUrl ?? '/';
    const connect = deps.publicUrl ? [new URL(deps.publicUrl).origin] : [];
    return c.html(
      renderDemoPage(deps, c.get('lang'), apiBase, nonce),
      200,
      pageSecurityHeaders({ nonce, scripts: Boolean(deps.elementsBundle), connect }),
    );
  });
  // The organisers' side of the demo: the board, a dossier and its review, signed in as the demo organiser.
  pages.get('/organisateurs', (c) => {
    const deps = c.get('deps');
    const nonce = newNonce();
    const apiBase = deps.publicUrl ?? '/';
    const connect = deps.publicUrl ? [new URL(deps.publicUrl).origin] : [];
    const answer = renderOrganisersPage(deps, c.get('lang'), apiBase, nonce, c.req.query('compte'));
    return c.html(answer.html, answer.status, pageSecurityHeaders({ nonce, scripts: answer.scripts, connect }));
  });
  pages.route('/', devMailRoutes());
  return pages;
}
