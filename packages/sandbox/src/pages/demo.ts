import type { CallDate, Lang } from '@qmi/core';
import { applicationWindowState } from '@qmi/validators';
import type { Deps } from '../http/env.js';
import { escapeHtml as e, page } from './html.js';

const formatDate = (date: CallDate, timeZone: string, lang: Lang) => {
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  if (date.precision === 'month') {
    return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date.month}-01T00:00:00Z`));
  }
  // Seconds only where they matter: a deadline at 23:59:59 must not read as 23:59.
  const timeStyle = new Date(date.at).getUTCSeconds() ? 'medium' : 'short';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle, timeZone }).format(new Date(date.at));
};

const TEXT = {
  fr: {
    title: 'Bac à sable de la plateforme QMI',
    intro: 'Ce serveur met en œuvre l’API de la plateforme de candidature, avec une vraie base SQLite. Les composants web s’y brancheront ici.',
    clock: 'Horloge du bac à sable :',
    state: { open: 'candidatures ouvertes', closed: 'candidatures closes', not_open: 'candidatures pas encore ouvertes' },
    dates: 'Calendrier de l’appel',
    api: 'API',
    reference: 'Référence de l’API',
    start: 'Essayer en ligne de commande',
  },
  en: {
    title: 'QMI platform sandbox',
    intro: 'This server implements the candidature platform API, on a real SQLite database. The web components will plug in here.',
    clock: 'Sandbox clock:',
    state: { open: 'applications open', closed: 'applications closed', not_open: 'applications not open yet' },
    dates: 'Call calendar',
    api: 'API',
    reference: 'API reference',
    start: 'Try it from the command line',
  },
} as const;

/** The home page of `npm start`: what the sandbox is, where the call stands, how to use the API. */
export function renderDemoPage(deps: Deps, lang: Lang): string {
  const text = TEXT[lang];
  const now = deps.clock.now();
  const calls = deps.calls
    .map((call) => {
      const state = applicationWindowState(call, now);
      const milestones = call.phases[0]!.milestones
        .map((m) => `<li><strong>${e(m.title[lang])}</strong> — <time>${e(formatDate(m.start, call.timeZone, lang))}</time></li>`)
        .join('');
      return `<section aria-labelledby="call-${e(call.id)}"><h2 id="call-${e(call.id)}">${e(call.title[lang])}</h2>
        <p><code>${e(call.id)}</code> — <strong>${e(text.state[state])}</strong></p><h3>${e(text.dates)}</h3><ul>${milestones}</ul></section>`;
    })
    .join('');
  const example = `curl -s -X POST localhost:8787/v1/accounts -H 'content-type: application/json' \\
  -d '{"email":"agent@mairie.example","password":"un mot de passe long"}'`;
  return page(
    lang,
    text.title,
    `<header><h1>${e(text.title)}</h1><p>${e(text.intro)}</p>
     <p>${e(text.clock)} <time datetime="${e(now.toISOString())}">${e(formatDate({ precision: 'instant', at: now.toISOString() }, deps.calls[0]?.timeZone ?? 'UTC', lang))}</time></p></header>
     <main>${calls}<section aria-labelledby="api"><h2 id="api">${e(text.api)}</h2>
     <ul><li><a href="/docs">${e(text.reference)}</a></li><li><a href="/openapi.json">/openapi.json</a></li><li><a href="/v1/calls/qmi-2">/v1/calls/qmi-2</a></li><li><a href="/healthz">/healthz</a></li></ul>
     <h3>${e(text.start)}</h3><pre><code>${e(example)}</code></pre></section></main>`,
  );
}
