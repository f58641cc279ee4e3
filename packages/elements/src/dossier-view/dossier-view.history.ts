import type { HistoryEntry } from '@qmi/core';
import { formatCallInstant } from '@qmi/validators/application-window';
import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../a11y/heading.js';
import type { DossierViewHost } from './dossier-view.host.js';

/** Who did what, when: a table (oldest first, as the platform lists it), for the commune and organisers. */
export function renderHistory(host: DossierViewHost): TemplateResult | typeof nothing {
  const { t, loaded } = host;
  if (loaded.history === undefined) return nothing;
  const entries = loaded.history;
  return html`<section class="section section--history" part="section history" aria-labelledby="s-history">
    ${heading(host.level + 1, t.history, { id: 's-history' })}
    ${
      entries === null
        ? html`<p class="empty">${t.unavailable}</p>`
        : entries.length === 0
          ? html`<p class="empty">${t.noHistory}</p>`
          : // Four columns do not fit 320 px: the table scrolls in its own box, which the keyboard can reach (WCAG 1.4.10).
            html`<div class="scroller" part="history-scroller" role="region" tabindex="0" aria-labelledby="history-caption">
            <table class="history" part="history-table">
              <caption id="history-caption">${t.historyCaption}</caption>
              <thead><tr>
                <th scope="col">${t.historyColumns.when}</th>
                <th scope="col">${t.historyColumns.who}</th>
                <th scope="col">${t.historyColumns.what}</th>
                <th scope="col">${t.historyColumns.details}</th>
              </tr></thead>
              <tbody>
                ${entries.map(
                  (entry) => html`<tr>
                    <td><time datetime=${entry.at}>${formatCallInstant(entry.at, loaded.call, host.lang)}</time></td>
                    <td>${t.roles[entry.actorRole]}</td>
                    <td>${t.actions[entry.action] ?? entry.action}</td>
                    <td>${details(host, entry)}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`
    }
  </section>`;
}

/**
 * What a person can read of an entry's details: the decision, an e-mail address, the reason. Ids of
 * accounts and invitations mean nothing to a reader and are left out.
 */
function details(host: DossierViewHost, entry: HistoryEntry): string {
  const { t } = host;
  const action = entry.details?.action;
  const decision =
    action && Object.hasOwn(t.decisions, action) ? t.decisions[action as keyof typeof t.decisions] : undefined;
  return [decision, entry.details?.email, entry.reason].filter(Boolean).join(' — ');
}
