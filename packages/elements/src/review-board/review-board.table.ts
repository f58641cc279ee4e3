import type { BoardRow, Lang } from '@qmi/core';
import { html, nothing, type TemplateResult } from 'lit';
import { locale } from '../i18n/translate.js';
import type { BoardView } from './review-board.render.js';
import type { SortKey } from './review-board.model.js';

const dateTime = (lang: Lang, instant: string, timeZone: string) =>
  new Intl.DateTimeFormat(locale(lang), { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
    new Date(instant),
  );

const day = (lang: Lang, instant: string, timeZone: string) =>
  new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long', timeZone }).format(new Date(instant));

/**
 * A sortable column's header: a button inside the `th`, which carries `aria-sort` while the table is
 * sorted by it (only one header at a time, as the ARIA practices' sortable table does).
 */
function sortable(view: BoardView, key: SortKey): TemplateResult {
  const sorted = view.sort.key === key;
  const ascending = view.sort.direction === 'ascending';
  return html`<th scope="col" aria-sort=${sorted ? view.sort.direction : nothing} part="column">
    <button type="button" class="sort" part="sort" @click=${() => view.sortBy(key)}>
      ${view.t.columns[key]}<span aria-hidden="true">${sorted ? (ascending ? '▲' : '▼') : '↕'}</span>
    </button>
  </th>`;
}

/** The commune's cell, the row's header: the link that opens the dossier (the rows' one tab stop). */
function communeCell(view: BoardView, row: BoardRow): TemplateResult {
  const { t } = view;
  const tabindex = row.id === view.current ? '0' : '-1';
  const href = view.dossierUrl(row.id);
  const link = href
    ? html`<a
        class="link"
        part="link"
        href=${href}
        data-row=${row.id}
        tabindex=${tabindex}
        @click=${(event: Event) => view.open(event, row)}
        @keydown=${(event: KeyboardEvent) => view.keydown(event, row)}
        >${row.communeName}</a
      >`
    : html`<button
        type="button"
        class="link"
        part="link"
        data-row=${row.id}
        tabindex=${tabindex}
        @click=${(event: Event) => view.open(event, row)}
        @keydown=${(event: KeyboardEvent) => view.keydown(event, row)}
      >
        ${row.communeName}
      </button>`;
  return html`<th scope="row" part="commune">
    ${link} <span class="code">${row.commune}</span>
    ${row.adviceRequested ? html`<br /><span class="tag" part="tag">${t.adviceRequested}</span>` : nothing}
    ${
      // A draft of an account not verified for the commune stands beside the dossier holding its place.
      row.holdsPlace || row.status !== 'draft'
        ? nothing
        : html`<br /><span class="tag" part="tag">${t.notHoldingPlace}</span>`
    }
  </th>`;
}

function eligibleCell(view: BoardView, row: BoardRow): TemplateResult {
  const { t } = view;
  if (row.eligible) return html`<td>${t.yes}</td>`;
  return html`<td>
    <span class="no">${t.no}</span>
    ${
      row.eligibilityIssues.length
        ? html`<ul class="issues" aria-label=${t.issuesOf(row.communeName)}>
          ${row.eligibilityIssues.map((issue) => html`<li>${issue}</li>`)}
        </ul>`
        : nothing
    }
  </td>`;
}

function reviewersCell(view: BoardView, row: BoardRow): TemplateResult {
  const { t } = view;
  if (!row.reviewers.length) return html`<td class="muted">${t.noReviewer}</td>`;
  return html`<td>
    <ul class="people">
      ${row.reviewers.map(
        (reviewer) =>
          html`<li>
            ${reviewer.email} <span class="muted">(${reviewer.organisation})</span>
            ${reviewer.conflict ? html`<span class="tag no">${t.conflict}</span>` : nothing}
          </li>`,
      )}
    </ul>
  </td>`;
}

/** A laureate's agreement: signed, to sign by its deadline, or late (by the platform's time). */
function agreementCell(view: BoardView, row: BoardRow, timeZone: string): TemplateResult {
  const { t, lang } = view;
  if (row.agreementSignedAt) return html`<td>${t.agreementSigned(day(lang, row.agreementSignedAt, timeZone))}</td>`;
  if (!row.agreementDeadline) return html`<td></td>`;
  const date = day(lang, row.agreementDeadline, timeZone);
  return Date.parse(row.agreementDeadline) < view.now.getTime()
    ? html`<td class="late">${t.agreementLate(date)}</td>`
    : html`<td>${t.agreementBefore(date)}</td>`;
}

function renderRow(view: BoardView, row: BoardRow, timeZone: string): TemplateResult {
  const { t, lang } = view;
  const organiser = view.role === 'organiser';
  const checked = view.checked.has(row.id);
  const zipping = view.busy.has(`zip:${row.id}`);
  // data-id: a back-office (and a test) finds a dossier's row by its id, as two rows may name one commune.
  return html`<tr class=${checked ? 'checked' : ''} part="row" data-id=${row.id}>
    ${
      organiser
        ? html`<td>
          <input
            type="checkbox"
            part="checkbox"
            aria-label=${t.checkRow(row.communeName)}
            .checked=${checked}
            @change=${(event: Event) => view.check(row.id, (event.target as HTMLInputElement).checked)}
          />
        </td>`
        : nothing
    }
    ${communeCell(view, row)}
    <td>${t.statuses[row.status]}</td>
    <td>${row.complete ? t.yes : html`<span class="no">${t.missing(row.missing)}</span>`}</td>
    ${eligibleCell(view, row)}
    <td>${dateTime(lang, row.updatedAt, timeZone)}</td>
    ${
      organiser
        ? html`${reviewersCell(view, row)}
          <td>${t.assessments(row.assessments.submitted, row.assessments.expected)}</td>
          ${agreementCell(view, row, timeZone)}`
        : html`<td>${t.mine[view.mine[row.id] ?? 'not_started']}</td>`
    }
    <td>
      <button
        type="button"
        class="button button--small"
        part="button zip"
        aria-disabled=${zipping ? 'true' : 'false'}
        @click=${() => view.zip(row)}
      >
        ${t.zip}<span class="visually-hidden">${t.zipOf(row.communeName)}</span>
      </button>
    </td>
  </tr>`;
}

/** The table of dossiers: a caption, column headers (sortable ones with a button), one row header per dossier. */
export function renderTable(view: BoardView): TemplateResult {
  const { t } = view;
  const organiser = view.role === 'organiser';
  const shownChecked = view.rows.filter((row) => view.checked.has(row.id)).length;
  const sortedColumn = t.columns[view.sort.key];
  return html`<div class="scroller" part="table-scroller">
    <table part="table" aria-describedby=${`${view.ids}-keys`}>
      <caption>
        ${t.caption(view.callTitle, view.rows.length, view.board.rows.length)}
        <span class="visually-hidden">${t.sortedBy(sortedColumn, view.sort.direction === 'ascending')}</span>
      </caption>
      <thead>
        <tr>
          ${
            organiser
              ? html`<th scope="col">
                <input
                  type="checkbox"
                  part="checkbox"
                  aria-label=${t.checkAll}
                  .checked=${shownChecked > 0 && shownChecked === view.rows.length}
                  .indeterminate=${shownChecked > 0 && shownChecked < view.rows.length}
                  @change=${(event: Event) => view.checkAll((event.target as HTMLInputElement).checked)}
                />
              </th>`
              : nothing
          }
          ${sortable(view, 'commune')} ${sortable(view, 'status')} ${sortable(view, 'complete')}
          ${sortable(view, 'eligible')} ${sortable(view, 'updatedAt')}
          ${
            organiser
              ? html`<th scope="col">${t.columns.reviewers}</th>
                ${sortable(view, 'assessments')}
                <th scope="col">${t.columns.agreement}</th>`
              : html`<th scope="col">${t.columns.mine}</th>`
          }
          <th scope="col">${t.columns.documents}</th>
        </tr>
      </thead>
      <tbody>
        ${view.rows.map((row) => renderRow(view, row, view.timeZone))}
      </tbody>
    </table>
  </div>
  <p id=${`${view.ids}-keys`} class="visually-hidden">${t.sortHint}</p>`;
}
