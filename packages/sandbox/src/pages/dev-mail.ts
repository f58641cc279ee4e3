import type { Lang } from '@qmi/core';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import type { CaughtMail } from '../dev/mail-catcher.js';
import type { AppEnv } from '../http/env.js';
import { problemResponse } from '../http/problem.js';
import { escapeHtml as e, page } from './html.js';
import { newNonce, pageSecurityHeaders } from './security.js';

const TEXT = {
  fr: {
    title: 'E-mails du bac à sable',
    intro:
      'Le bac à sable envoie ses e-mails à un serveur SMTP local (QMI_DEV_MAIL) : aucun n’a quitté cette machine. Les plus récents d’abord ; rechargez la page pour voir les nouveaux.',
    back: 'Page d’accueil du bac à sable',
    all: 'Voir les e-mails de toutes les adresses',
    filtered: (to: string) => `E-mails envoyés à ${to}`,
    none: 'Aucun e-mail pour l’instant.',
    to: 'À',
    from: 'De',
    received: 'Reçu le',
    text: 'Version texte',
    html: (subject: string) => `Voir la version HTML de « ${subject} » (sans scripts ni contenu distant)`,
    noSubject: '(sans objet)',
  },
  en: {
    title: 'Sandbox e-mails',
    intro:
      'The sandbox sends its e-mails to a local SMTP server (QMI_DEV_MAIL): none of them left this machine. Newest first; reload the page to see new ones.',
    back: 'Sandbox home page',
    all: 'See the e-mails of every address',
    filtered: (to: string) => `E-mails sent to ${to}`,
    none: 'No e-mail yet.',
    to: 'To',
    from: 'From',
    received: 'Received',
    text: 'Text version',
    html: (subject: string) => `View the HTML version of “${subject}” (no scripts nor remote content)`,
    noSubject: '(no subject)',
  },
} as const;

const STYLE = `
  article { border-top: 1px solid var(--line); padding: 0.5rem 0 1rem; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0 0 0.5rem; }
  dt { font-weight: 700; } dd { margin: 0; }
  pre.mail { white-space: pre-wrap; overflow-wrap: anywhere; }
`;

/** Plain text with its http(s) addresses as links (the links of a mail are what a newcomer clicks). */
const linkify = (text: string) =>
  text
    .split(/(https?:\/\/[^\s<>"]+)/g)
    .map((part, index) => (index % 2 ? `<a href="${e(part)}">${e(part)}</a>` : e(part)))
    .join('');

const formatTime = (iso: string, lang: Lang) =>
  new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'medium',
    timeZone: 'Europe/Paris',
  }).format(new Date(iso));

function renderMail(mail: CaughtMail, lang: Lang): string {
  const text = TEXT[lang];
  const subject = mail.subject || text.noSubject;
  const recipients = mail.to.map((to) => `<a href="/dev/mail?to=${encodeURIComponent(to)}">${e(to)}</a>`).join(', ');
  return `<article aria-labelledby="mail-${mail.id}"><h2 id="mail-${mail.id}">${e(subject)}</h2>
    <dl><dt>${e(text.to)}</dt><dd>${recipients}</dd><dt>${e(text.from)}</dt><dd>${e(mail.from)}</dd>
    <dt>${e(text.received)}</dt><dd><time datetime="${e(mail.receivedAt)}">${e(formatTime(mail.receivedAt, lang))}</time></dd></dl>
    <h3 class="muted">${e(text.text)}</h3><pre class="mail">${linkify(mail.text)}</pre>
    ${mail.html ? `<p><a href="/dev/mail/${mail.id}/html">${e(text.html(subject))}</a></p>` : ''}</article>`;
}

/** The list of caught mails, newest first, for one recipient or all. */
export function renderDevMailPage(mails: CaughtMail[], lang: Lang, to: string | undefined, nonce: string): string {
  const text = TEXT[lang];
  const heading = to ? text.filtered(to) : text.title;
  return page(
    lang,
    heading,
    `<header><p><a href="/">${e(text.back)}</a></p><h1>${e(heading)}</h1><p>${e(text.intro)}</p>
     ${to ? `<p><a href="/dev/mail">${e(text.all)}</a></p>` : ''}</header>
     <main>${mails.length ? mails.map((mail) => renderMail(mail, lang)).join('') : `<p>${e(text.none)}</p>`}</main>`,
    nonce,
    `<style nonce="${e(nonce)}">${STYLE}</style>`,
  );
}

/**
 * A caught mail's HTML part, opened on its own: the policy turns the page into a sandbox (an opaque
 * origin where no script runs), loads nothing remote, and lets the mail's own inline styles apply.
 */
const MAIL_HTML_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy':
    "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cache-control': 'no-store',
};

const newestFirst = (mails: CaughtMail[]) => [...mails].reverse();

/**
 * /dev/mail: the e-mails the local catcher received (`devMail`, on in `npm start`), as a page and as
 * JSON for tests (`/dev/mail/messages?to=`). Without a catcher, and so in production, every one is a 404.
 */
export function devMailRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.use('/dev/mail/*', async (c, next) => {
    if (!c.get('deps').devMail) return problemResponse(c, 'not_found');
    await next();
  });
  routes.get('/dev/mail', (c) => {
    const catcher = c.get('deps').devMail;
    if (!catcher) return problemResponse(c, 'not_found');
    const to = c.req.query('to')?.trim() || undefined;
    const nonce = newNonce();
    return c.html(renderDevMailPage(newestFirst(catcher.messages(to)), c.get('lang'), to, nonce), 200, {
      ...pageSecurityHeaders({ nonce }),
      'cache-control': 'no-store',
    });
  });
  // The browser tests of the elements read the mails from the test page's origin: CORS as the API's.
  routes.use('/dev/mail/messages', (c, next) =>
    cors({
      origin: (origin) => (c.get('deps').allowedOrigins.includes(origin) ? origin : null),
      allowMethods: ['GET', 'OPTIONS'],
      maxAge: 600,
    })(c, next),
  );
  routes.get('/dev/mail/messages', (c) => {
    const to = c.req.query('to')?.trim() || undefined;
    return c.json({ data: newestFirst(c.get('deps').devMail!.messages(to)) }, 200, { 'cache-control': 'no-store' });
  });
  routes.get('/dev/mail/:id/html', (c) => {
    const mail = c
      .get('deps')
      .devMail!.messages()
      .find((m) => String(m.id) === c.req.param('id'));
    if (!mail?.html) return problemResponse(c, 'not_found');
    return c.body(mail.html, 200, MAIL_HTML_HEADERS);
  });
  return routes;
}
