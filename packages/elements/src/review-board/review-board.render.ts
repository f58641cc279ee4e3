import { APPLICATION_STATUSES, type ApplicationStatus, type Board, type BoardRow, type Lang } from '@qmi/core';
import { html, nothing, type TemplateResult } from 'lit';
import { heading, headingLevel } from '../a11y/heading.js';
import type { ReviewBoardMessages } from './review-board.messages.js';
import {
  type Filters,
  filtering,
  type MyAssessment,
  reviewersOf,
  type Sort,
  type SortKey,
  UNASSIGNED,
} from './review-board.model.js';
import { renderTable } from './review-board.table.js';

/** What the renderers need of the element: its data, the person's choices and the actions they take. */
export interface BoardView {
  t: ReviewBoardMessages;
  lang: Lang;
  now: Date;
  ids: string;
  level: number;
  callTitle: string;
  /** The call's time zone: dates are shown in it (Paris for QMI). */
  timeZone: string;
  role: 'organiser' | 'reviewer';
  board: Board;
  /** The rows shown: filtered, then sorted. */
  rows: BoardRow[];
  /** Reviewer mode: the reviewer's own assessment of each dossier. */
  mine: Readonly<Record<string, MyAssessment>>;
  filters: Filters;
  sort: Sort;
  checked: ReadonlySet<string>;
  /** The row whose commune link is in the tab order (roving tabindex). */
  current: string | undefined;
  busy: ReadonlySet<string>;
  /** The result of the last export, under the buttons. */
  done: string | undefined;
  dossierUrl: (id: string) => string | undefined;
  filter: (name: keyof Filters, value: string) => void;
  clearFilters: () => void;
  sortBy: (key: SortKey) => void;
  check: (id: string, on: boolean) => void;
  checkAll: (on: boolean) => void;
  open: (event: Event, row: BoardRow) => void;
  keydown: (event: KeyboardEvent, row: BoardRow) => void;
  exportAs: (format: 'csv' | 'xlsx') => void;
  zip: (row: BoardRow) => void;
}

/** "2 / 4 sélectionnées": the call's laureates against its cap (organisers only). */
function renderCap(view: BoardView): TemplateResult | typeof nothing {
  const { t, board } = view;
  if (view.role !== 'organiser') return nothing;
  const text = board.maxSelected ? t.selectionCap(board.selected, board.maxSelected) : t.selectionCount(board.selected);
  return html`<p class="cap" part="cap">${text}</p>`;
}

/** The counts per status, each a toggle that filters the table by it (GOV.UK's "filter by" summary). */
function renderCounts(view: BoardView): TemplateResult {
  const { t, board, filters } = view;
  const total = Object.values(board.counts).reduce((sum, count) => sum + count, 0);
  const statuses = APPLICATION_STATUSES.filter((status) => (board.counts[status] ?? 0) > 0);
  const button = (label: string, status: ApplicationStatus | '') =>
    html`<li>
      <button
        type="button"
        class="button button--small count"
        part="button count"
        aria-pressed=${filters.status === status ? 'true' : 'false'}
        @click=${() => view.filter('status', status)}
      >
        ${label}
      </button>
    </li>`;
  return html`<ul class="counts" part="counts" aria-label=${t.countsHeading}>
    ${button(t.countAll(total), '')}
    ${statuses.map((status) => button(t.countOf(t.statuses[status], board.counts[status] ?? 0), status))}
  </ul>`;
}

function select(
  view: BoardView,
  name: keyof Filters,
  label: string,
  options: ReadonlyArray<readonly [string, string]>,
): TemplateResult {
  const id = `${view.ids}-filter-${name}`;
  return html`<div class="field" part="field">
    <label for=${id} part="label">${label}</label>
    <select
      id=${id}
      part="input"
      .value=${view.filters[name]}
      @change=${(event: Event) => view.filter(name, (event.target as HTMLSelectElement).value)}
    >
      <option value="" ?selected=${view.filters[name] === ''}>${view.t.any}</option>
      ${options.map(
        ([value, text]) => html`<option value=${value} ?selected=${view.filters[name] === value}>${text}</option>`,
      )}
    </select>
  </div>`;
}

/** The filters, applied as they change (no "apply" button: the table answers at once, and says how many it shows). */
function renderFilters(view: BoardView): TemplateResult {
  const { t, board } = view;
  const textId = `${view.ids}-filter-text`;
  const statuses = APPLICATION_STATUSES.filter((status) => status !== 'withdrawn' || board.counts[status]);
  const reviewers = reviewersOf(board.rows);
  return html`<fieldset class="filters" part="filters">
    <legend>${t.filtersHeading}</legend>
    <div class="filters__fields">
      <div class="field" part="field">
        <label for=${textId} part="label">${t.filterText}</label>
        <p class="hint" id=${`${textId}-hint`} part="hint">${t.filterTextHint}</p>
        <input
          id=${textId}
          part="input"
          type="search"
          autocomplete="off"
          aria-describedby=${`${textId}-hint`}
          .value=${view.filters.text}
          @input=${(event: Event) => view.filter('text', (event.target as HTMLInputElement).value)}
        />
      </div>
      ${select(
        view,
        'status',
        t.filterStatus,
        statuses.map((status) => [status, t.statuses[status]] as const),
      )}
      ${select(view, 'completeness', t.filterCompleteness, [
        ['complete', t.complete],
        ['incomplete', t.incomplete],
      ])}
      ${select(view, 'eligibility', t.filterEligibility, [
        ['eligible', t.eligible],
        ['ineligible', t.ineligible],
      ])}
      ${
        view.role === 'organiser'
          ? select(view, 'reviewer', t.filterReviewer, [
              [UNASSIGNED, t.unassigned],
              ...reviewers.map((reviewer) => [reviewer.id, `${reviewer.email} (${reviewer.organisation})`] as const),
            ])
          : nothing
      }
    </div>
  </fieldset>`;
}

/** The exports (organisers): the rows checked, or else the rows shown. */
function renderToolbar(view: BoardView): TemplateResult {
  const { t } = view;
  const checked = view.rows.filter((row) => view.checked.has(row.id)).length;
  const busy = view.busy.has('csv') || view.busy.has('xlsx');
  const exportButton = (format: 'csv' | 'xlsx', label: string) =>
    html`<button
      type="button"
      class="button"
      part="button export"
      aria-disabled=${busy ? 'true' : 'false'}
      aria-describedby=${`${view.ids}-scope`}
      @click=${() => view.exportAs(format)}
    >
      ${label}
    </button>`;
  return html`<div class="toolbar" part="toolbar">
    ${checked ? html`<p part="checked">${t.checked(checked)}</p>` : nothing}
    ${exportButton('csv', t.exportCsv)} ${exportButton('xlsx', t.exportXlsx)}
    <p id=${`${view.ids}-scope`} class="muted">
      ${t.exportScope(checked || view.rows.length, checked > 0)}
    </p>
    ${busy ? html`<p part="status">${t.exporting}</p>` : nothing}
    ${view.done ? html`<p part="status">${view.done}</p>` : nothing}
  </div>`;
}

export function renderBoard(view: BoardView): TemplateResult {
  const { t, board } = view;
  const titleId = `${view.ids}-title`;
  const organiser = view.role === 'organiser';
  const body = !board.rows.length
    ? html`<p class="notice" part="status">${organiser ? t.empty : t.emptyReviewer}</p>`
    : html`${organiser ? renderCounts(view) : nothing} ${renderFilters(view)}
      ${organiser ? renderToolbar(view) : nothing}
      ${view.rows.length ? renderTable(view) : html`<p class="notice" part="status">${t.noMatch}</p>`}
      ${
        filtering(view.filters)
          ? html`<button type="button" class="button" part="button" @click=${view.clearFilters}>${t.clearFilters}</button>`
          : nothing
      }`;
  return html`<section aria-labelledby=${titleId}>
    <div class="header">
      ${heading(headingLevel(view.level), organiser ? t.heading : t.headingReviewer, {
        id: titleId,
        className: 'title',
        part: 'heading',
      })}
      ${renderCap(view)}
    </div>
    ${body}
  </section>`;
}
