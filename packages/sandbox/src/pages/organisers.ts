import type { Lang } from '@qmi/core';
import path from 'node:path';
import { DEMO_REVIEWER_PASSWORD, DEMO_REVIEWERS } from '../demo-seed.js';
import type { Deps } from '../http/env.js';
import { bundleScript, SKIP_LINK_STYLE } from './demo.js';
import { escapeHtml as e, page } from './html.js';

/** The organisers' single-file bundle, built beside the partners' one (packages/elements/dist). */
export const organisersBundleOf = (elementsBundle: string): string =>
  path.join(path.dirname(elementsBundle), 'qmi-organisers.bundle.js');

const TEXT = {
  fr: {
    title: 'Espace organisateurs — bac à sable QMI',
    skip: 'Aller au contenu',
    intro:
      'Ce que le back-office d’un organisateur intègre : la session, les notifications, le tableau des dossiers de l’appel, puis le dossier ouvert et son examen.',
    home: 'Retour à la page de démonstration (côté commune)',
    accounts: 'Comptes de démonstration',
    organiser: (email: string, password: string) => `Organisateur : ${email}, mot de passe « ${password} ».`,
    reviewer: (email: string, organisation: string) => `Examinateur (${organisation}) : ${email}`,
    reviewerPassword: (password: string) => `Mot de passe des examinateurs : « ${password} ».`,
    signInAs: 'Se connecter avec ce compte',
    signInAsOrganiser: 'Se connecter comme organisateur',
    dossier: 'Dossier ouvert',
    closeDossier: 'Fermer le dossier',
    noBundle: 'Les composants ne sont pas servis par ce bac à sable (lancez-le avec npm start pour les voir ici).',
    noOrganiser:
      'Aucun organisateur de démonstration n’est configuré : lancez le bac à sable avec QMI_DEMO_ORGANISER=<adresse de l’un des QMI_ORGANISERS> (npm start le fait).',
  },
  en: {
    title: 'Organisers’ area — QMI sandbox',
    skip: 'Skip to content',
    intro:
      'What an organiser’s back-office embeds: the session, the notifications, the board of the call’s dossiers, then the dossier opened and its review.',
    home: 'Back to the demo page (the commune’s side)',
    accounts: 'Demo accounts',
    organiser: (email: string, password: string) => `Organiser: ${email}, password “${password}”.`,
    reviewer: (email: string, organisation: string) => `Reviewer (${organisation}): ${email}`,
    reviewerPassword: (password: string) => `The reviewers’ password: “${password}”.`,
    signInAs: 'Sign in with this account',
    signInAsOrganiser: 'Sign in as the organiser',
    dossier: 'Dossier opened',
    closeDossier: 'Close the dossier',
    noBundle: 'The components are not served by this sandbox (start it with npm start to see them here).',
    noOrganiser:
      'No demo organiser is configured: start the sandbox with QMI_DEMO_ORGANISER=<the address of one of QMI_ORGANISERS> (npm start does).',
  },
} as const;

const PAGE_STYLE = `
  .accounts li { margin-block: 0.25rem; }
  #dossier[hidden] { display: none; }
`;

/**
 * Before the components start (a classic script runs while the page is parsed, before any module):
 * `<qmi-session>` keeps one token per platform in localStorage (`qmi-session:<api base>`, elements'
 * session.storage.ts), and the home page signs the demo COMMUNE in on the same platform, so that session
 * would open here. This page keeps its own: it sets the home page's token aside while it is shown and
 * gives it back when it is left (pagehide), in both directions. `?compte=` asks for another demo
 * account: the page's own token is dropped so that `<qmi-session>` signs that one in, and the query is
 * removed so that a reload keeps the session.
 */
const SESSION_SWAP = `(() => {
  const s = localStorage, base = new URL(document.currentScript.dataset.apiBase, document.baseURI).href.replace(/\\/+$/, '');
  const key = 'qmi-session:' + base, own = 'qmi-demo-organisers:' + base, home = 'qmi-demo-home:' + base;
  const put = (k, v) => (v ? s.setItem(k, v) : s.removeItem(k));
  const enter = () => {
    const held = s.getItem(key), mine = s.getItem(own);
    if (held !== mine) { put(home, held); put(key, mine); }
    if (new URLSearchParams(location.search).has('compte')) { s.removeItem(key); s.removeItem(own); history.replaceState(null, '', location.pathname); }
  };
  try {
    enter();
    addEventListener('pageshow', (event) => event.persisted && enter());
    addEventListener('pagehide', () => { put(own, s.getItem(key)); put(key, s.getItem(home)); s.removeItem(home); });
  } catch { /* No storage: each page's session then lives as long as the page. */ }
})();`;

/**
 * A dossier opened from the board (`qmi-dossier-open`): its read-only view and its assessment (the
 * organiser's panel or the reviewer's own), in the section under the board, which takes the focus.
 */
const OPEN_DOSSIER = `const section = document.getElementById('dossier');
const place = section.querySelector('[data-dossier]');
document.addEventListener('qmi-dossier-open', (event) => {
  event.preventDefault();
  const view = document.createElement('qmi-dossier-view');
  const assessment = document.createElement('qmi-assessment');
  for (const element of [view, assessment]) {
    element.setAttribute('application-id', event.applicationId);
    element.setAttribute('heading-level', '3');
  }
  place.replaceChildren(view, assessment);
  section.hidden = false;
  section.querySelector('h2').focus();
});
section.querySelector('[data-close]').addEventListener('click', () => {
  place.replaceChildren();
  section.hidden = true;
  document.querySelector('qmi-review-board')?.focus();
});`;

/** The demo accounts of this side: the configured organiser, and the seeded reviewers that exist. */
function accounts(deps: Deps, lang: Lang, organiser: { email: string; password: string }): string {
  const text = TEXT[lang];
  const signIn = (email: string, label: string) =>
    `<a href="/organisateurs?compte=${encodeURIComponent(email)}">${e(label)}</a>`;
  const reviewers = DEMO_REVIEWERS.filter(({ email }) => deps.store.accounts.byEmail(email)?.role === 'reviewer');
  return `<section aria-labelledby="accounts"><h2 id="accounts">${e(text.accounts)}</h2><ul class="accounts">
    <li>${e(text.organiser(organiser.email, organiser.password))} ${signIn(organiser.email, text.signInAsOrganiser)}</li>
    ${reviewers.map(({ email, organisation }) => `<li>${e(text.reviewer(email, organisation))} — ${signIn(email, text.signInAs)}</li>`).join('')}
    </ul>${reviewers.length ? `<p>${e(text.reviewerPassword(DEMO_REVIEWER_PASSWORD))}</p>` : ''}</section>`;
}

/** Who `?compte=` asks for: the demo organiser or a demo reviewer, never anyone else (their password is in the page). */
function signedInAs(deps: Deps, organiser: { email: string; password: string }, asked: string | undefined) {
  const reviewer = DEMO_REVIEWERS.find(({ email }) => email === asked?.trim().toLowerCase());
  return reviewer && deps.store.accounts.byEmail(reviewer.email)?.role === 'reviewer'
    ? { email: reviewer.email, password: DEMO_REVIEWER_PASSWORD }
    : organiser;
}

/**
 * `/organisateurs` of `npm start`: the organisers' components as a back-office embeds them, signed in
 * with the demo organiser (QMI_DEMO_ORGANISER), or with a demo reviewer from the seeded committee.
 * Answers undefined without a demo organiser: the page would have nobody to open with.
 */
export function renderOrganisersPage(
  deps: Deps,
  lang: Lang,
  apiBase: string,
  nonce: string,
  asked: string | undefined,
): { html: string; scripts: boolean; status: 200 | 404 } {
  const text = TEXT[lang];
  const organiser = deps.demoOrganiser;
  const n = e(nonce);
  const frame = (main: string, head = '') =>
    page(
      lang,
      text.title,
      `<a class="skip-link" href="#contenu">${e(text.skip)}</a>
       <header><h1>${e(text.title)}</h1><p>${e(text.intro)}</p><p><a href="/">${e(text.home)}</a></p></header>
       <main id="contenu" tabindex="-1">${main}</main>`,
      nonce,
      `<style nonce="${n}">${SKIP_LINK_STYLE}${PAGE_STYLE}</style>${head}`,
    );
  if (!organiser) return { html: frame(`<p>${e(text.noOrganiser)}</p>`), scripts: false, status: 404 };
  if (!deps.elementsBundle) return { html: frame(`<p>${e(text.noBundle)}</p>`), scripts: false, status: 200 };
  const account = signedInAs(deps, organiser, asked);
  const call = deps.calls[0]!;
  const at = e(deps.clock.now().toISOString());
  // The elements' own headings (level 2) are the page's sections; the dossier opened is one more.
  const main = `${accounts(deps, lang, organiser)}
    <qmi-session api-base="${e(apiBase)}" demo-email="${e(account.email)}" demo-password="${e(account.password)}">
      <qmi-notifications></qmi-notifications>
      <qmi-review-board call-id="${e(call.id)}" now="${at}"></qmi-review-board>
      <section id="dossier" aria-labelledby="dossier-title" hidden>
        <h2 id="dossier-title" tabindex="-1">${e(text.dossier)}</h2>
        <p><button type="button" data-close>${e(text.closeDossier)}</button></p>
        <div data-dossier></div>
      </section>
    </qmi-session>`;
  const head =
    `<script nonce="${n}" data-api-base="${e(apiBase)}">${SESSION_SWAP}</script>` +
    bundleScript(organisersBundleOf(deps.elementsBundle), nonce, '/assets/qmi-organisers.js') +
    `<script type="module" nonce="${n}">${OPEN_DOSSIER}</script>`;
  return { html: frame(main, head), scripts: true, status: 200 };
}
