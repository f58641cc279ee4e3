import type { CallDate, Lang } from '@qmi/core';
import { applicationWindowState } from '@qmi/validators';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Deps } from '../http/env.js';
import { escapeHtml as e, page } from './html.js';

const formatDate = (date: CallDate, timeZone: string, lang: Lang) => {
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  if (date.precision === 'month') {
    return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${date.month}-01T00:00:00Z`),
    );
  }
  // Seconds only where they matter: a deadline at 23:59:59 must not read as 23:59.
  const timeStyle = new Date(date.at).getUTCSeconds() ? 'medium' : 'short';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle, timeZone }).format(new Date(date.at));
};

const TEXT = {
  fr: {
    title: 'Bac à sable de la plateforme QMI',
    skip: 'Aller au contenu',
    intro: 'Ce serveur met en œuvre l’API de la plateforme de candidature, avec une vraie base SQLite.',
    embed: 'Les composants, tels qu’un site partenaire les intègre',
    embedIntro:
      'Cette page charge un seul script et pose quelques balises : la session (le compte), le calendrier, la liste de vérification, le formulaire de candidature enregistré automatiquement et la messagerie avec les organisateurs.',
    account: (email: string, password: string) =>
      `Compte de démonstration : ${email}, mot de passe « ${password} ». Déconnectez-vous pour essayer la création de compte.`,
    noBundle: 'Les composants ne sont pas servis par ce bac à sable (lancez-le avec npm start pour les voir ici).',
    clock: 'Horloge du bac à sable :',
    state: {
      open: 'candidatures ouvertes',
      closed: 'candidatures closes',
      not_open: 'candidatures pas encore ouvertes',
    },
    dates: 'Calendrier de l’appel',
    api: 'API',
    reference: 'Référence de l’API',
    start: 'Essayer en ligne de commande',
    mail: 'E-mails envoyés par le bac à sable (serveur SMTP local)',
    organisers: 'Espace organisateurs',
    organisersIntro:
      ' : le tableau des dossiers, leur examen et les décisions, connecté avec le compte organisateur de démonstration.',
  },
  en: {
    title: 'QMI platform sandbox',
    skip: 'Skip to content',
    intro: 'This server implements the candidature platform API, on a real SQLite database.',
    embed: 'The components, as a partner site embeds them',
    embedIntro:
      'This page loads one script and places a few tags: the session (the account), the calendar, the checklist, the application form saved automatically, and the messages with the organisers.',
    account: (email: string, password: string) =>
      `Demo account: ${email}, password “${password}”. Sign out to try creating an account.`,
    noBundle: 'The components are not served by this sandbox (start it with npm start to see them here).',
    clock: 'Sandbox clock:',
    state: { open: 'applications open', closed: 'applications closed', not_open: 'applications not open yet' },
    dates: 'Call calendar',
    api: 'API',
    reference: 'API reference',
    start: 'Try it from the command line',
    mail: 'E-mails sent by the sandbox (local SMTP server)',
    organisers: 'Organisers’ area',
    organisersIntro:
      ': the board of dossiers, their review and the decisions, signed in with the demo organiser account.',
  },
} as const;

/**
 * The skip link (RGAA 12.7, WCAG 2.4.1): the first thing a keyboard reaches, off-screen until it has
 * the focus, then shown at the top of the page (GOV.UK's pattern). The main content it leads to takes
 * the focus (tabindex -1), so that the next Tab goes on from there and a screen reader reads from there.
 */
export const SKIP_LINK_STYLE = `
  .skip-link { position: absolute; left: 0.5rem; top: -10rem; z-index: 10; padding: 0.5rem 1rem; background: #ffffff; color: #0b4fa8; font-weight: 700; }
  .skip-link:focus { top: 0.5rem; outline: 3px solid #161616; outline-offset: 0; }
  main:focus { outline: none; }
`;

/**
 * The bundle's script tag as a partner page writes it: pinned by its Subresource Integrity hash. The
 * hash is of the file as served now (it is read at each request, so a rebuild shows on reload). The
 * nonce is this answer's, which the page's content security policy names.
 */
export function bundleScript(file: string, nonce: string, src = '/assets/qmi-elements.js'): string {
  let integrity = '';
  try {
    integrity = ` integrity="sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}" crossorigin="anonymous"`;
  } catch {
    // Missing for now: the asset route answers 404 and the page says nothing more.
  }
  return `<script type="module" src="${e(src)}"${integrity} nonce="${e(nonce)}"></script>`;
}

/** The partner-site snippet: one script, a session, a form. */
function embed(deps: Deps, lang: Lang, apiBase: string, now: Date): string {
  const text = TEXT[lang];
  if (!deps.elementsBundle) return `<p>${e(text.noBundle)}</p>`;
  const call = deps.calls[0]!;
  const demo = deps.demo ? ` demo-email="${e(deps.demo.email)}" demo-password="${e(deps.demo.password)}"` : '';
  const at = e(now.toISOString());
  // The messages need the dossier's id: the demo commune's, when the sandbox seeded it.
  const messages = deps.demo?.applicationId
    ? `\n      <qmi-messages application="${e(deps.demo.applicationId)}" now="${at}"></qmi-messages>`
    : '';
  // The other side of the call, when the sandbox has a demo organiser to open it with (pages/organisers.ts).
  const organisers = deps.demoOrganiser
    ? `<p><a href="/organisateurs">${e(text.organisers)}</a>${e(text.organisersIntro)}</p>`
    : '';
  return `${organisers}${deps.demo ? `<p>${e(text.account(deps.demo.email, deps.demo.password))}</p>` : ''}
    <qmi-session api-base="${e(apiBase)}"${demo}>
      <qmi-timeline call="${e(call.id)}" now="${at}"></qmi-timeline>
      <qmi-criteria-checklist call="${e(call.id)}" for="dossier" now="${at}"></qmi-criteria-checklist>
      <qmi-application-form id="dossier" call="${e(call.id)}" now="${at}"></qmi-application-form>${messages}
    </qmi-session>`;
}

/**
 * The home page of `npm start`: what the sandbox is, where the call stands, how to use the API.
 * `apiBase` is the sandbox's configured public URL, never one made from the request's Host header
 * (which anyone can forge, e.g. to have a shared cache serve a page that signs in elsewhere).
 * `nonce` is the answer's CSP nonce.
 */
export function renderDemoPage(deps: Deps, lang: Lang, apiBase: string, nonce: string): string {
  const text = TEXT[lang];
  const now = deps.clock.now();
  const calls = deps.calls
    .map((call) => {
      const state = applicationWindowState(call, now);
      const milestones = call.phases[0]!.milestones.map(
        (m) =>
          `<li><strong>${e(m.title[lang])}</strong> — <time>${e(formatDate(m.start, call.timeZone, lang))}</time></li>`,
      ).join('');
      return `<section aria-labelledby="call-${e(call.id)}"><h2 id="call-${e(call.id)}">${e(call.title[lang])}</h2>
        <p><code>${e(call.id)}</code> — <strong>${e(text.state[state])}</strong></p><h3>${e(text.dates)}</h3><ul>${milestones}</ul></section>`;
    })
    .join('');
  const example = `curl -s -X POST ${/^https?:/.test(apiBase) ? apiBase : 'localhost:8787'}/v1/accounts -H 'content-type: application/json' \\
  -d '{"email":"agent@mairie.example","password":"un mot de passe long"}'`;
  return page(
    lang,
    text.title,
    `<a class="skip-link" href="#contenu">${e(text.skip)}</a>
     <header><h1>${e(text.title)}</h1><p>${e(text.intro)}</p>
     <p>${e(text.clock)} <time datetime="${e(now.toISOString())}">${e(formatDate({ precision: 'instant', at: now.toISOString() }, deps.calls[0]?.timeZone ?? 'UTC', lang))}</time></p></header>
     <main id="contenu" tabindex="-1"><section aria-labelledby="embed"><h2 id="embed">${e(text.embed)}</h2><p>${e(text.embedIntro)}</p>${embed(deps, lang, apiBase, now)}</section>
     ${calls}<section aria-labelledby="api"><h2 id="api">${e(text.api)}</h2>
     <ul><li><a href="/docs">${e(text.reference)}</a></li><li><a href="/openapi.json">/openapi.json</a></li><li><a href="/v1/calls/qmi-2">/v1/calls/qmi-2</a></li><li><a href="/healthz">/healthz</a></li>${deps.devMail ? `<li><a href="/dev/mail">${e(text.mail)}</a></li>` : ''}</ul>
     <h3>${e(text.start)}</h3><pre><code>${e(example)}</code></pre></section></main>`,
    nonce,
    `<style nonce="${e(nonce)}">${SKIP_LINK_STYLE}</style>` +
      (deps.elementsBundle ? bundleScript(deps.elementsBundle, nonce) : ''),
  );
}
