import { Task, TaskStatus } from '@lit/task';
import type { Board, BoardRow } from '@qmi/core';
import { html, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Announcer } from '../a11y/announcer.js';
import { QmiApiElement } from '../context/api-element.js';
import { PlatformTime } from '../context/platform-time.js';
import { saveDownload } from '../files/save-download.js';
import { connectionProblem } from '../i18n/connection.js';
import { langOf } from '../i18n/lang.js';
import { problemText } from '../i18n/problem-text.js';
import { locale, translate } from '../i18n/translate.js';
import { QmiDossierOpenEvent } from './review-board.events.js';
import { REVIEW_BOARD_MESSAGES, type ReviewBoardMessages } from './review-board.messages.js';
import {
  DEFAULT_SORT,
  type Filters,
  filterRows,
  filtering,
  type MyAssessment,
  NO_FILTERS,
  nextSort,
  type Sort,
  type SortKey,
  sortRows,
} from './review-board.model.js';
import { type BoardView, renderBoard } from './review-board.render.js';
import { reviewBoardStyles } from './review-board.styles.js';
import { BOARD_RESOURCES, type BoardClient } from './review-board.client.js';
import { ClientSource } from '../context/client-source.js';

let counter = 0;

/** How long the text filter waits for typing to pause before it says how many dossiers it shows. */
const TYPING_PAUSE_MS = 600;

/** What the board loaded: who looks (organiser or reviewer), the call and its dossiers. */
interface Loaded {
  client: BoardClient;
  role: 'organiser' | 'reviewer';
  call: { id: string; title: string; timeZone: string };
  board: Board;
  mine: Record<string, MyAssessment>;
}

/**
 * The organisers' board of a call: its dossiers as an accessible data table (commune, status,
 * completeness and eligibility from the same `evaluate()` as the applicant's form, last change,
 * reviewers, assessments submitted / expected, the agreement of each laureate), with filters, sorting,
 * counts per status (each filters the table), row selection and exports of the selection as CSV or
 * XLSX, and a ZIP of each dossier's documents. The call's laureates against its cap ("2 / 4
 * sélectionnées") stand beside the heading.
 *
 * A reviewer signed in sees only the dossiers assigned to them (without a conflict of interest) and
 * where their own assessment stands; no exports.
 *
 * ```html
 * <qmi-session api-base="https://plateforme.example">
 *   <qmi-review-board call-id="qmi-2"></qmi-review-board>
 * </qmi-session>
 * ```
 *
 * Opening a dossier (its commune's link, by click or Enter) fires `qmi-dossier-open`; the board does
 * nothing more, the back-office shows the dossier. With `dossier-url` (e.g. `/dossiers/{id}`) the
 * commune is a real link that navigates unless a listener cancels the event.
 *
 * Accessibility: a table with a caption, column headers (`scope="col"`; the sortable ones hold a
 * button and the sorted one carries `aria-sort`), the commune as each row's header; the communes'
 * links are one tab stop (roving tabindex): Up and Down (Home, End) move between rows, Enter opens.
 * One polite live region says the settled result of each action (how many dossiers a filter shows,
 * the new order, the file downloaded or why not).
 *
 * @summary The board of a call's dossiers for organisers and reviewers, with filters and exports.
 *
 * @fires {QmiDossierOpenEvent} qmi-dossier-open - the person opens a dossier (`event.applicationId`); cancelable
 * @csspart heading - the board's heading
 * @csspart cap - the laureates against the call's cap ("2 / 4 sélectionnées")
 * @csspart counts - the counts per status
 * @csspart count - one count, a toggle that filters by its status (also `button`)
 * @csspart filters - the filters' fieldset
 * @csspart field - a filter's label and control
 * @csspart label - a filter's label
 * @csspart hint - a filter's hint
 * @csspart input - a filter's control
 * @csspart toolbar - the exports and how many dossiers are checked
 * @csspart checked - how many dossiers are checked
 * @csspart export - an export button (also `button`)
 * @csspart table-scroller - the box the table scrolls in when wider than the page
 * @csspart table - the table
 * @csspart column - a sortable column's header
 * @csspart sort - the button of a sortable column's header
 * @csspart row - a dossier's row
 * @csspart commune - a row's header cell (the commune)
 * @csspart link - the commune's link that opens the dossier
 * @csspart tag - "Avis demandé" beside a commune
 * @csspart checkbox - a row's checkbox, and the one that checks every row shown
 * @csspart zip - a row's ZIP button (also `button`)
 * @csspart button - every button
 * @csspart status - notices (loading, empty, export results)
 * @cssproperty --qmi-color-primary - links, buttons, the pressed count, a checked row's tint
 * @cssproperty --qmi-color-on-primary - text of the pressed count
 * @cssproperty --qmi-color-ink - text
 * @cssproperty --qmi-color-muted - INSEE codes, organisations, hints
 * @cssproperty --qmi-color-surface - fields and buttons
 * @cssproperty --qmi-color-border - fields; the table's lines (a lighter mix of it with the surface)
 * @cssproperty --qmi-color-error - "Non", missing items, late agreements, conflicts of interest
 * @cssproperty --qmi-font-family - text
 * @cssproperty --qmi-font-size - text
 * @cssproperty --qmi-font-size-small - tags
 * @cssproperty --qmi-font-size-large - the heading
 * @cssproperty --qmi-line-height - text
 * @cssproperty --qmi-font-weight-strong - headers, links, buttons
 * @cssproperty --qmi-space-xs - inside tags
 * @cssproperty --qmi-space-s - cells, between buttons
 * @cssproperty --qmi-space-m - between the parts of the board
 * @cssproperty --qmi-radius - fields, buttons, tags
 * @cssproperty --qmi-focus-ring-color - the focus ring of every control
 * @cssproperty --qmi-focus-ring-width - the focus ring of every control
 * @cssproperty --qmi-focus-ring-offset - the focus ring of every control
 */
export class QmiReviewBoard extends QmiApiElement {
  protected readonly clientSource = new ClientSource(this, BOARD_RESOURCES);
  static override styles = reviewBoardStyles;

  /** The call, e.g. "qmi-2". */
  @property({ attribute: 'call-id' }) callId = '';
  /** Where a dossier opens, with `{id}` for its id (e.g. `/dossiers/{id}`): the communes become links. */
  @property({ attribute: 'dossier-url' }) dossierUrl = '';
  /** The level of the board's heading (2 by default). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  /** An ISO instant that replaces the clock (late agreements; demos, tests). */
  @property() now = '';

  @state() private filters: Filters = NO_FILTERS;
  @state() private sort: Sort = DEFAULT_SORT;
  @state() private checked: ReadonlySet<string> = new Set();
  @state() private current: string | undefined;
  @state() private busy: ReadonlySet<string> = new Set();
  @state() private done: string | undefined;

  private readonly ids = `qmi-review-board-${++counter}`;
  private readonly announcer = new Announcer(this);
  private typing: ReturnType<typeof setTimeout> | undefined;
  private readonly time = new PlatformTime(
    this,
    () => (this.now && !Number.isNaN(Date.parse(this.now)) ? this.now : ''),
    () => this.clientSource.client,
  );

  /** The call and its board; a new client, call or language loads again (rows carry translated reasons). */
  private readonly loading = new Task(this, {
    args: () => [this.clientSource.client, this.clientSource.signedIn, this.callId, this.language.lang] as const,
    task: async ([client, signedIn, callId, lang], { signal }): Promise<Loaded | undefined> => {
      if (!client || !signedIn || !callId) return undefined;
      const [me, call, board] = await Promise.all([
        client.auth.me({ signal }),
        client.calls.get(callId, { signal }),
        client.board.get(callId, { signal }),
      ]);
      const role = me.role === 'reviewer' ? 'reviewer' : 'organiser';
      // A reviewer's board says where their own assessment of each dossier stands.
      const mine: Record<string, MyAssessment> = Object.fromEntries(
        board.rows.flatMap((row) => (row.myAssessment ? [[row.id, row.myAssessment]] : [])),
      );
      return { client, role, call: { id: call.id, title: call.title[lang], timeZone: call.timeZone }, board, mine };
    },
  });

  private get t(): ReviewBoardMessages {
    return translate(this, REVIEW_BOARD_MESSAGES);
  }

  /** Loads the board again (after a decision taken elsewhere on the page, for instance). */
  async refresh(): Promise<void> {
    await this.loading.run();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.typing);
  }

  private rowsOf(loaded: Loaded): BoardRow[] {
    return sortRows(filterRows(loaded.board.rows, this.filters), this.sort, locale(langOf(this)));
  }

  private filter(loaded: Loaded, name: keyof Filters, value: string): void {
    this.filters = { ...this.filters, [name]: value } as Filters;
    this.sayShown(loaded, name === 'text');
  }

  /** Says how many dossiers the filters show; while typing, once the typing pauses. */
  private sayShown(loaded: Loaded, typing: boolean): void {
    clearTimeout(this.typing);
    const say = () => this.announcer.announce(this.t.shown(filterRows(loaded.board.rows, this.filters).length));
    if (typing) this.typing = setTimeout(say, TYPING_PAUSE_MS);
    else say();
  }

  private sortBy(key: SortKey): void {
    this.sort = nextSort(this.sort, key);
    this.announcer.announce(this.t.sortedBy(this.t.columns[key], this.sort.direction === 'ascending'));
  }

  private check(id: string, on: boolean): void {
    const next = new Set(this.checked);
    if (on) next.add(id);
    else next.delete(id);
    this.checked = next;
  }

  private checkAll(rows: readonly BoardRow[], on: boolean): void {
    const next = new Set(this.checked);
    for (const row of rows) {
      if (on) next.add(row.id);
      else next.delete(row.id);
    }
    this.checked = next;
  }

  private urlOf(id: string): string | undefined {
    return this.dossierUrl ? this.dossierUrl.replaceAll('{id}', encodeURIComponent(id)) : undefined;
  }

  private open(event: Event, row: BoardRow): void {
    this.current = row.id;
    // A link navigates unless the page took the opening over (dispatchEvent is false once cancelled).
    const navigate = this.dispatchEvent(new QmiDossierOpenEvent(row.id));
    if (!navigate) event.preventDefault();
  }

  /** Up and Down (Home, End) move the one tab stop between the communes' links, and focus it. */
  private async keydown(event: KeyboardEvent, rows: readonly BoardRow[], row: BoardRow): Promise<void> {
    const index = rows.findIndex((item) => item.id === row.id);
    const target = {
      ArrowDown: Math.min(rows.length - 1, index + 1),
      ArrowUp: Math.max(0, index - 1),
      Home: 0,
      End: rows.length - 1,
    }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = rows[target];
    if (!next) return;
    this.current = next.id;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-row="${CSS.escape(next.id)}"]`)?.focus();
  }

  /** Why an action failed, in the element's language. */
  private failure(error: unknown, client: BoardClient): string {
    return connectionProblem(this, error, client.baseUrl) ?? problemText(error, langOf(this)) ?? this.t.unexpected;
  }

  private async download(key: string, fetch: () => ReturnType<BoardClient['dossiers']['zip']>, fallback: string) {
    const loaded = this.loading.value;
    if (!loaded || this.busy.has(key)) return;
    this.busy = new Set([...this.busy, key]);
    this.done = undefined;
    let message: string;
    try {
      message = this.t.downloaded(saveDownload(await fetch(), fallback));
    } catch (error) {
      message = this.failure(error, loaded.client);
    }
    this.busy = new Set([...this.busy].filter((item) => item !== key));
    this.done = message;
    this.announcer.announce(message);
  }

  /** The rows checked (among those shown), or else the rows shown; all of the call's without a filter. */
  private exportAs(loaded: Loaded, rows: readonly BoardRow[], format: 'csv' | 'xlsx'): void {
    const checked = rows.filter((row) => this.checked.has(row.id)).map((row) => row.id);
    const ids = checked.length ? checked : filtering(this.filters) ? rows.map((row) => row.id) : undefined;
    const { client, call } = loaded;
    const date = this.time.now.toISOString().slice(0, 10);
    void this.download(
      format,
      () => (format === 'csv' ? client.board.exportCsv(call.id, { ids }) : client.board.exportXlsx(call.id, { ids })),
      `${call.id}-dossiers-${date}.${format}`,
    );
  }

  private view(loaded: Loaded): BoardView {
    const rows = this.rowsOf(loaded);
    const current = rows.some((row) => row.id === this.current) ? this.current : rows[0]?.id;
    return {
      t: this.t,
      lang: langOf(this),
      now: this.time.now,
      ids: this.ids,
      level: this.headingLevel,
      callTitle: loaded.call.title,
      timeZone: loaded.call.timeZone,
      role: loaded.role,
      board: loaded.board,
      rows,
      mine: loaded.mine,
      filters: this.filters,
      sort: this.sort,
      checked: this.checked,
      current,
      busy: this.busy,
      done: this.done,
      dossierUrl: (id) => this.urlOf(id),
      filter: (name, value) => this.filter(loaded, name, value),
      clearFilters: () => {
        this.filters = NO_FILTERS;
        this.sayShown(loaded, false);
      },
      sortBy: (key) => this.sortBy(key),
      check: (id, on) => this.check(id, on),
      checkAll: (on) => this.checkAll(rows, on),
      open: (event, row) => this.open(event, row),
      keydown: (event, row) => void this.keydown(event, rows, row),
      exportAs: (format) => this.exportAs(loaded, rows, format),
      zip: (row) =>
        void this.download(`zip:${row.id}`, () => loaded.client.dossiers.zip(row.id), `dossier-${row.commune}.zip`),
    };
  }

  protected override render(): TemplateResult {
    const t = this.t;
    // The last board stays on screen while it loads again (another language, `refresh()`).
    const loaded = this.loading.value;
    const failed = this.loading.status === TaskStatus.ERROR;
    let body: TemplateResult;
    if (failed) {
      const error = this.loading.error;
      body = html`<div class="notice notice--error" role="alert" part="status">
        <p>${connectionProblem(this, error, this.clientSource.client?.baseUrl) ?? problemText(error, langOf(this)) ?? t.failed}</p>
        <button type="button" class="button" part="button" @click=${() => void this.loading.run()}>${t.retry}</button>
      </div>`;
    } else if (loaded) body = renderBoard(this.view(loaded));
    else
      body = html`<p class="notice" part="status">
        ${this.clientSource.signedIn || this.loading.status === TaskStatus.PENDING ? t.loading : t.signedOut}
      </p>`;
    return html`${this.announcer.region()} ${body}`;
  }
}
