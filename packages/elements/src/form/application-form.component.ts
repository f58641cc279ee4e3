import {
  type Application,
  Autosave,
  type CallDefinition,
  type Conflict,
  ConflictError,
  getPath,
  indexedDbJournal,
  isEditable,
  type Journal,
  type QmiClient,
} from '@qmi/core';
import { applicationWindowMessage, applicationWindowState, evaluate, MGP, type EvaluableApplication, type Issue, type Report, type WindowState, windowStateFor } from '@qmi/validators';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Announcer } from '../a11y/announcer.js';
import { heading, headingLevel } from '../a11y/heading.js';
import { SettledStatus } from '../a11y/settled-status.js';
import { QmiCommunePicker, type QmiCommuneSelectEvent } from '../commune-picker/commune-picker.component.js';
import { QmiApiElement } from '../context/api-element.js';
import { PlatformTime } from '../context/platform-time.js';
import type { QmiSession } from '../context/session-context.js';
import { connectionProblem } from '../i18n/connection.js';
import { langOf } from '../i18n/lang.js';
import { problemText } from '../i18n/problem-text.js';
import { locale, translate } from '../i18n/translate.js';
import { FORM_MESSAGES, type FormMessages } from './application-form.messages.js';
import { formStyles } from './application-form.styles.js';
import { QmiChangeEvent, QmiErrorEvent, QmiSaveEvent, QmiSubmitEvent } from './events.js';
import { fieldId, renderField, type FieldHost } from './fields.js';
import { fieldIdFromUrl, sectionHref, selectedSections } from './sections.js';
import { QmiDocumentUploader } from '../uploader/uploader.component.js';

type Phase = 'loading' | 'start' | 'ready' | 'failed';

/** The partner's slots (see the class's `@slot` tags): its introduction, and its help in a section. */
const INTRO_SLOT = html`<slot name="intro"></slot>`;
const helpSlot = (section: string) => html`<slot name="help-${section}"></slot>`;

/** Which messages the person asked to see: none while typing, a section's after "check", all after "send". */
type Revealed = Set<string> | 'all';

/** What a container given as a focus target gives: its first enabled control. */
const CONTROLS = ':is(input, select, textarea, button, a[href]):not(:disabled)';

/** The element to focus for a target: a control (unless disabled), a container that takes focus (`tabindex`), or a container's first control. */
const focusTarget = (element: Element | null): HTMLElement | null =>
  !element ? null : element.matches(CONTROLS) || element.hasAttribute('tabindex') ? (element as HTMLElement) : element.querySelector<HTMLElement>(CONTROLS);

/** The elements the form renders, registered by the form itself (so that its class can be imported alone). */
const RENDERED_ELEMENTS = [
  ['qmi-commune-picker', QmiCommunePicker],
  ['qmi-document-uploader', QmiDocumentUploader],
] as const;

/**
 * The application form of a call: creates or resumes the commune's dossier and saves every edit
 * automatically (see `Autosave` in `@qmi/core`): a reload, a dropped connection, an expired session or
 * a colleague's edit never loses what was typed. Messages from `@qmi/validators` appear next to the
 * fields when a section is checked or the dossier sent, never while typing.
 *
 * Inside `<qmi-session>` it uses the session's client; alone, give `api-base` and `token` (or `client`).
 *
 * Importing the class registers nothing; the first form created registers the
 * `<qmi-commune-picker>` and `<qmi-document-uploader>` it renders, when their tags are free.
 *
 * A page may show only some parts of the dossier (`sections`), one form per page of a partner's site:
 * every form of the same dossier shares the autosave (IndexedDB, BroadcastChannel) and judges the whole
 * dossier by the same rules, so a page that sends it lists what is missing on the other pages too.
 *
 * @fires {QmiSaveEvent} qmi-save - the server acknowledged a save (`event.application`)
 * @fires {QmiSubmitEvent} qmi-submit - the dossier was submitted (`event.application`)
 * @fires {QmiErrorEvent} qmi-error - loading, saving or submitting failed (`event.error`)
 * @fires {QmiChangeEvent} qmi-change - the dossier as the person sees it changed (a keystroke, a save, a remote edit, an upload), with the rules' report (`event.application`, `event.report`): what `<qmi-criteria-checklist for="…">` follows
 * @slot intro - the partner's introduction: after the title and save status, before the task list and the sections (also on the start step)
 * @slot help-<id> - the partner's help for one section (`help-team`, `help-documents`, `help-submit`): under the section's title and the call's help, before its fields; shown only where that section is
 * @slot after - after the last section shown (e.g. the partner's links to the previous and next pages)
 * @csspart header - the title and save status
 * @csspart status - the save-status line (not a live region: the form says settled states, such as "Enregistré à 10:02.", in its one visually hidden live region)
 * @csspart task-list - the list of sections with their status
 * @csspart section - one section of the form
 * @csspart field - a field with its label, hint and message
 * @csspart label - a field label
 * @csspart hint - a help text
 * @csspart input - a text field, text area or select
 * @csspart textarea - a text area (also `input`)
 * @csspart select - a select (also `input`)
 * @csspart checkbox - a checkbox
 * @csspart count - the character count under a text area
 * @csspart fieldset - a group of fields (a person, a list)
 * @csspart legend - the title of a fieldset
 * @csspart group - a list the person adds items to (also `fieldset`)
 * @csspart item - one item of a list
 * @csspart error - a message next to a field
 * @csspart error-summary - the list of problems, which takes focus (not an alert: it is read once, when focused)
 * @csspart conflict - the chooser shown right after a field changed here and elsewhere
 * @csspart button - every button (also `primary`, `secondary`, `warning`)
 * @csspart primary - the main button of a step (also `button`)
 * @csspart secondary - the other buttons (also `button`)
 * @csspart warning - a button that removes something (also `button`)
 * @csspart receipt - the confirmation after sending
 * @csspart rules - a document kind's rules (from its `<qmi-document-uploader>`)
 * @csspart dropzone - the area that takes a dropped file (from its `<qmi-document-uploader>`)
 * @csspart file - one file in a document list (from its `<qmi-document-uploader>`)
 * @csspart progress - an upload's progress bar (from its `<qmi-document-uploader>`)
 * @cssproperty --qmi-color-primary - buttons, links, sections in progress, notices (and the document uploaders inside)
 * @cssproperty --qmi-color-on-primary - text of the primary buttons
 * @cssproperty --qmi-color-ink - text
 * @cssproperty --qmi-color-muted - hints and character counts
 * @cssproperty --qmi-color-surface - fields, the other buttons, text of the receipt
 * @cssproperty --qmi-color-surface-raised - versions in a conflict, sections not started
 * @cssproperty --qmi-color-border - fields; the lines between sections (a lighter mix of it with the surface)
 * @cssproperty --qmi-color-error - messages, invalid fields, the error summary
 * @cssproperty --qmi-color-success - completed sections and the receipt
 * @cssproperty --qmi-color-warning - the conflict chooser
 * @cssproperty --qmi-font-family - text
 * @cssproperty --qmi-font-size - text (headings scale from it)
 * @cssproperty --qmi-line-height - text
 * @cssproperty --qmi-font-weight-strong - labels, buttons and messages
 * @cssproperty --qmi-space-xs - between a label, its hint and its message
 * @cssproperty --qmi-space-s - inside fields and buttons
 * @cssproperty --qmi-space-m - between fields, inside panels
 * @cssproperty --qmi-space-xl - between sections
 * @cssproperty --qmi-radius - fields and buttons
 * @cssproperty --qmi-focus-ring-color - the focus ring of every control
 * @cssproperty --qmi-focus-ring-width - the focus ring of every control
 * @cssproperty --qmi-focus-ring-offset - the focus ring of every control
 */
export class QmiApplicationForm extends QmiApiElement {
  static override styles = formStyles;

  constructor() {
    super();
    for (const [tag, element] of RENDERED_ELEMENTS) if (!customElements.get(tag)) customElements.define(tag, element);
    this.addEventListener('focusin', (event) => {
      const target = event.composedPath()[0] as Element;
      if (target.id?.startsWith('f-') && target.matches('input, select, textarea') && target.getRootNode() === this.renderRoot) this.lastField = `#${target.id}`;
    });
  }

  /** The call id, e.g. "qmi-2". */
  @property() call = '';
  /** An application id to open; without it, the form resumes the commune's dossier or offers to create one. */
  @property() application = '';
  /** An ISO instant that replaces the clock (demos, tests). */
  @property() now = '';
  /** Quiet time after typing before a save, in milliseconds. */
  @property({ type: Number }) debounce = 1000;
  /**
   * The parts of the dossier this form shows, space- or comma-separated, in the call's order whatever the
   * order given: section ids of the call (`applicant challenge team …`), `documents`, `submit`, and
   * `task-list` (the status of every section, linked when the section is here or `section-href` says
   * where). Empty (the default): everything. An unknown id is named in a console warning.
   */
  @property() sections = '';
  /**
   * Where the sections not shown here live, as a URL template: `{section}` is replaced by the section id
   * (`/candidature/{section}`). The task list and the error summary then link to those pages (a field's
   * link ends with `#f-…`, and the form on that page takes the person to that field with its section's
   * messages). Without it, they name the section a missing item is in, with no link.
   */
  @property({ attribute: 'section-href' }) sectionHref = '';
  /** The level of the form's own heading (the call's title, 2 by default); its sections use the next level, their parts the one after. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  /** Where unsaved edits wait (IndexedDB by default). */
  @property({ attribute: false }) journal: Journal | undefined;

  @state() private phase: Phase = 'loading';
  @state() private definition: CallDefinition | undefined;
  @state() private engine: Autosave | undefined;
  @state() private revealed: Revealed = new Set();
  @state() private summary: Issue[] = [];
  @state() private submitting = false;
  @state() private failure: Error | undefined;
  @state() private commune = '';
  /** Bumped when the engine's state or draft changes, to re-render. */
  @state() private tick = 0;

  private loadedFor = '';

  /** The form's one polite live region: results of actions, and the save status once settled. */
  private readonly announcer = new Announcer(this);
  private readonly saveStatus = new SettledStatus(this, this.announcer);
  /** The field last focused (`#f-…`), where the focus goes back after signing in again. */
  private lastField = '';
  /** The conflicts already known, to tell a new one (which takes the focus when its field has it). */
  private knownConflicts = new Set<string>();

  private get session() {
    return { value: this.clientSource.sessionValue };
  }

  private get t(): FormMessages {
    return translate(this, FORM_MESSAGES);
  }

  private get api(): QmiClient | undefined {
    return this.clientSource.client;
  }

  private readonly time = new PlatformTime(this, () => this.now, () => this.api);

  /** The platform's time: whether the call is open is the platform's to say, not the device's clock. */
  private get clock(): Date {
    return this.time.now;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.engine?.close();
    this.engine = undefined;
    this.loadedFor = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page: the engine was closed on disconnect, so open the dossier again.
    if (this.definition && !this.engine) {
      this.phase = 'loading';
      this.requestUpdate();
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    const active = this.shadowRoot?.activeElement;
    this.statusFocus = active?.closest('.status') ? active : null;
    this.snapshot = undefined;
    const key = `${this.call}|${this.application}|${this.apiBase}|${this.token ?? ''}|${Boolean(this.api)}`;
    if (this.api && this.clientSource.signedIn && this.call && key !== this.loadedFor && (changed.size > 0 || !this.engine)) {
      this.loadedFor = key;
      void this.load();
    }
  }

  /** Loads the call, then opens the dossier given, the commune's existing one, or the start step. */
  private async load() {
    const api = this.api!;
    this.phase = 'loading';
    this.failure = undefined;
    try {
      this.definition = await api.calls.get(this.call);
      let id = this.application;
      if (!id) {
        for await (const application of api.applications.list({ callId: this.call })) {
          if (application.status !== 'withdrawn') {
            id = application.id;
            break;
          }
        }
      }
      if (!id) {
        this.phase = 'start';
        return;
      }
      await this.open(id);
    } catch (error) {
      this.fail(error);
    }
  }

  private async open(id: string) {
    this.engine?.close();
    const engine = await Autosave.open({
      client: this.api!,
      applicationId: id,
      journal: this.journal ?? indexedDbJournal(),
      debounceMs: this.debounce,
      // A change made elsewhere (another device, an organiser's decision) shows without a reload.
      refreshIntervalMs: 30_000,
      onUnauthenticated: this.session.value ? () => (this.session.value as QmiSession).reauthenticate() : undefined,
    });
    this.knownConflicts = new Set(engine.state.conflicts.map((conflict) => conflict.path));
    engine.addEventListener('change', () => {
      // A closed engine (the form left the page, or opened another dossier) may still finish a save.
      if (engine !== this.engine) return;
      this.tick++;
      const { status, error, conflicts } = engine.state;
      if (status === 'error' && error) this.dispatchEvent(new QmiErrorEvent(error));
      // Said once settled (saved, offline, error, expired, conflict), never each pending or saving step.
      this.saveStatus.update(status === 'pending' || status === 'saving' ? undefined : this.statusText());
      // A conflict on the field being typed in: the focus goes to its chooser, right after the field
      // (the chooser itself, not a button that a key still being typed would press).
      const active = this.shadowRoot?.activeElement;
      const fresh = conflicts.find((conflict) => !this.knownConflicts.has(conflict.path) && active?.closest(`#${fieldId(conflict.path)}`));
      this.knownConflicts = new Set(conflicts.map((conflict) => conflict.path));
      if (fresh) void this.moveFocus([`#${fieldId(fresh.path)}-conflict`]);
    });
    engine.addEventListener('remote', () => this.tick++);
    engine.addEventListener('saved', (event) => this.dispatchEvent(new QmiSaveEvent((event as CustomEvent<{ application: Application }>).detail.application)));
    this.engine = engine;
    this.phase = 'ready';
  }

  private fail(error: unknown) {
    this.failure = error instanceof Error ? error : new Error(String(error));
    this.phase = 'failed';
    this.dispatchEvent(new QmiErrorEvent(this.failure));
  }

  private async create() {
    if (!this.commune) return;
    try {
      const created = await this.api!.applications.create(this.call, { commune: this.commune });
      await this.open(created.id);
    } catch (error) {
      const existingId = error instanceof ConflictError ? error.existingApplicationId : undefined;
      if (existingId) await this.open(existingId);
      else this.fail(error);
    }
    // The start step is gone: the focus goes to the dossier's title (or the failure's retry).
    await this.moveFocus(['#form-title', '.failure button']);
  }

  /**
   * The rule of every action that takes its own control away (a list item removed, a conflict decided,
   * a button that only shows in one state): once `action` is done and rendered, the focus goes to the
   * first of `targets` (selectors) that is there, so it never falls to <body>; then `message` is said.
   */
  private async moveFocus(targets: Array<string | false | undefined>, message?: string, action?: Promise<unknown>) {
    await action;
    await this.updateComplete;
    for (const target of targets) {
      const element = target ? focusTarget(this.renderRoot.querySelector(target)) : null;
      if (element) {
        element.focus();
        break;
      }
    }
    if (message) this.announcer.announce(message);
  }

  // --- the report and the messages ---------------------------------------------------------------

  /**
   * The dossier and its report, computed once per update: render, the change event and a bound
   * checklist all read the same one instead of each rebuilding the draft and running the rules.
   */
  private snapshot: { application: EvaluableApplication; report: Report | undefined } | undefined;

  private current() {
    if (!this.snapshot && this.engine) {
      const app = this.engine.application;
      const application: EvaluableApplication = { ...this.engine.draft, id: app.id, commune: app.commune, documents: app.documents, status: app.status };
      const report = this.definition ? evaluate(application, this.definition, { now: this.clock, lang: langOf(this) }) : undefined;
      this.snapshot = { application, report };
    }
    return this.snapshot;
  }

  /** The dossier as the person sees it: the server's version with the local edits applied. */
  get currentApplication(): EvaluableApplication | undefined {
    return this.current()?.application;
  }

  /** The rules' report on the dossier as it stands (undefined until it is loaded). */
  get report(): Report | undefined {
    return this.current()?.report;
  }

  /** Takes the person to a field (or a document kind) by its path, as the error summary's links do; to the partner's page of its section when this form does not show it (`section-href`). */
  focusField(path: string): void {
    const section = this.sectionOf(path);
    if (section && !this.onThisPage(section)) {
      // On another page of the partner's site: go there when `section-href` says where.
      const href = this.hrefTo(section, path);
      if (href) globalThis.location.assign(href);
      return;
    }
    const target =
      this.renderRoot.querySelector<HTMLElement>(`#${fieldId(path)}`) ??
      this.renderRoot.querySelector<HTMLElement>(`#${fieldId(path.split('.').slice(0, 2).join('.'))}`) ??
      this.renderRoot.querySelector<HTMLElement>(`#section-${this.sectionOf(path) ?? ''}`);
    target?.scrollIntoView({ block: 'center' });
    focusTarget(target ?? null)?.focus();
  }

  /** The status-line control that had the focus before this render (see `updated`). */
  private statusFocus: Element | null = null;

  protected override updated(): void {
    // A status-line button ("Réessayer", "Se reconnecter") goes away when its save goes through, which
    // may be a while after the press: the focus it had goes to the status line, not to <body>.
    const lost = this.statusFocus;
    if (lost && !lost.isConnected && (!document.activeElement || document.activeElement === document.body)) {
      this.renderRoot.querySelector<HTMLElement>('#status')?.focus();
    }
    this.takeLandingFocus();
    // Tell a checklist bound to this form (once per render, when the dossier changed).
    const application = this.currentApplication;
    const report = this.report;
    if (!application || !report) return;
    // The language is part of it: a bound checklist shows the report in the page's new language too.
    const signature = `${langOf(this)}|${JSON.stringify(application)}`;
    if (signature === this.lastChange) return;
    this.lastChange = signature;
    this.dispatchEvent(new QmiChangeEvent(application, report));
  }

  private lastChange = '';

  private sectionOf(path: string): string | undefined {
    if (path.startsWith('documents')) return 'documents';
    return this.definition?.formSections.find((section) => section.fields.some((f) => path === f.path || path.startsWith(`${f.path}.`)))?.id;
  }

  /** Whether this form shows a section (or `task-list`, `documents`, `submit`): see `sections`. */
  private onThisPage(id: string): boolean {
    const selected = this.definition ? selectedSections(this.sections, this.definition) : undefined;
    return !selected || selected.has(id);
  }

  /** The partner's page of a section this form does not show (and of a field in it), from `section-href`. */
  private hrefTo(section: string, path?: string): string | undefined {
    return sectionHref(this.sectionHref, section, path);
  }

  /**
   * A page opened from another page's link to a field (`…#f-team-agent-email`): once the dossier is
   * shown, take the person to that field, with its section's messages, as the summary's links do in a page.
   */
  private landingTaken = '';

  private takeLandingFocus() {
    const id = fieldIdFromUrl();
    const key = `${this.engine?.application.id ?? ''}|${id ?? ''}`;
    if (this.phase !== 'ready' || !id || key === this.landingTaken) return;
    this.landingTaken = key;
    const target = this.renderRoot.querySelector<HTMLElement>(`#${id}`);
    const section = target?.closest('section.section')?.id.replace(/^section-/, '');
    if (!target || !section) return;
    target.scrollIntoView({ block: 'center' });
    target.focus();
    // Revealed once this update is over: a state set inside `updated` would schedule an update within it.
    void this.updateComplete.then(() => {
      if (this.revealed !== 'all') this.revealed = new Set([...this.revealed, section]);
    });
  }

  private shown(issue: Issue): boolean {
    if (this.revealed === 'all') return true;
    const section = this.sectionOf(issue.path);
    return section !== undefined && this.revealed.has(section);
  }

  private async showSummary(issues: Issue[]) {
    this.summary = issues;
    await this.updateComplete;
    (this.renderRoot.querySelector('.error-summary') as HTMLElement | null)?.focus();
  }

  private async checkSection(sectionId: string) {
    void this.engine?.flush();
    const revealed = this.revealed === 'all' ? this.revealed : new Set([...this.revealed, sectionId]);
    this.revealed = revealed;
    const issues = (this.report?.issues ?? []).filter((issue) => issue.severity === 'error' && this.sectionOf(issue.path) === sectionId);
    if (issues.length) await this.showSummary(issues);
    else {
      this.summary = [];
      // Shown under the button, and said (again if checked again): the focus stays on the button.
      this.announcer.announce(this.t.sectionOk);
    }
  }

  private followLink(path: string, event: Event) {
    event.preventDefault();
    this.focusField(path);
  }

  // --- submitting ----------------------------------------------------------------------------------

  private async submit() {
    const engine = this.engine!;
    this.revealed = 'all';
    const report = this.report!;
    const blocking = report.issues.filter((issue) => issue.severity === 'error');
    if (blocking.length) return this.showSummary(blocking);
    this.submitting = true;
    try {
      // A submission never leaves an edit behind: the last saves go first.
      await engine.flush();
      if (engine.state.pending.length > 0) throw engine.state.error ?? new Error(this.t.status[engine.state.status]);
      const submitted = await this.api!.applications.submit(engine.application.id, { ifMatch: engine.application.revision });
      await this.open(submitted.id);
      this.summary = [];
      // The send button is gone with the draft: the focus goes to the receipt, which is read.
      void this.moveFocus(['#receipt']);
      this.dispatchEvent(new QmiSubmitEvent(submitted));
    } catch (error) {
      const issues = (error as { issues?: Issue[] }).issues;
      if (issues?.length) await this.showSummary(issues);
      else this.dispatchEvent(new QmiErrorEvent(error as Error));
      this.failure = error as Error;
    } finally {
      this.submitting = false;
    }
  }

  // --- rendering -----------------------------------------------------------------------------------

  /** A heading `offset` levels below the form's own (`heading-level`). */
  private heading(offset: number, content: unknown, id?: string, tabindex?: number) {
    return heading(headingLevel(this.headingLevel, offset), content, { id, tabindex });
  }

  override render() {
    // The live region first and in every state, so that it is in the page before its first message.
    return html`${this.announcer.region()}${this.renderPhase()}`;
  }

  private renderPhase() {
    const t = this.t;
    switch (this.phase) {
      case 'loading':
        return html`<p role="status">${this.api && !this.clientSource.signedIn ? t.waitingForSignIn : t.loading}</p>`;
      case 'failed':
        return html`<div role="alert" class="failure"><p>${t.loadFailed} ${connectionProblem(this, this.failure, this.api?.baseUrl) ?? problemText(this.failure, langOf(this)) ?? this.failure?.message ?? ''}</p>
          <button type="button" part="button primary" @click=${() => void this.moveFocus(['#form-title', '#start-title', '.failure button'], undefined, this.load())}>${t.retry}</button></div>`;
      case 'start':
        return this.renderStart();
      case 'ready':
        return this.renderForm();
    }
  }

  private renderStart() {
    const t = this.t;
    // A dossier can only be started while the call is open, by the platform's clock: the same answer the
    // timeline and the checklist give, and the one the platform will give to `create`.
    const callWindow = applicationWindowState(this.definition!, this.clock);
    if (callWindow !== 'open') {
      return html`<section class="start" aria-labelledby="start-title" part="section">
        ${this.heading(0, t.start.title, 'start-title', -1)}
        ${INTRO_SLOT}
        <p class="notice" role="status">${applicationWindowMessage(this.definition!, callWindow, langOf(this))}</p>
      </section>`;
    }
    return html`<section class="start" aria-labelledby="start-title" part="section">
      ${this.heading(0, t.start.title, 'start-title', -1)}
      <p>${t.start.intro}</p>
      ${INTRO_SLOT}
      <qmi-commune-picker .label=${t.start.commune} .hint=${t.start.communeHint} required @qmi-commune-select=${(e: QmiCommuneSelectEvent) => (this.commune = e.commune.code)} @qmi-commune-clear=${() => (this.commune = '')}></qmi-commune-picker>
      <button type="button" part="button primary" ?disabled=${!this.commune} @click=${() => void this.create()}>${t.start.create}</button>
    </section>`;
  }

  /**
   * After the deadline a draft can no longer be changed (the platform refuses it with call_closed,
   * by the same `windowStateFor`): the form says so and shows it read-only, rather than take edits
   * that would be refused. A dossier sent back for changes stays editable, as the platform allows.
   */
  private windowFor(app: Application): WindowState {
    return windowStateFor(app.status, this.definition!, this.clock);
  }

  private isReadOnly(app: Application): boolean {
    return !isEditable(app.status) || this.windowFor(app) === 'closed';
  }

  private renderForm() {
    const t = this.t;
    const engine = this.engine!;
    const call = this.definition!;
    const lang = langOf(this);
    const report = this.report!;
    const app = engine.application;
    const callWindow = this.windowFor(app);
    const readOnly = !isEditable(app.status) || callWindow === 'closed';
    void this.tick;
    const conflicts = engine.state.conflicts;
    /** The conflicts shown next to their field; the others (a field not on this page) are listed at the top. */
    const placed = new Set<string>();
    const host: FieldHost = {
      lang,
      t,
      draft: this.currentApplication,
      readOnly,
      errorFor: (path) => report.issues.find((issue) => issue.path === path && issue.severity === 'error' && this.shown(issue))?.message,
      edit: (path, value) => {
        void engine.editPath(path, value === '' ? null : value);
        // The draft changed: re-render, so that list actions work on what was just typed.
        this.tick++;
      },
      commit: () => void engine.flush(),
      conflict: (path) => {
        const conflict = conflicts.find((c) => c.path === path);
        if (!conflict) return nothing;
        placed.add(path);
        return this.renderConflict(conflict, 2);
      },
      focusAfter: (targets, message) => void this.moveFocus(targets, message),
    };
    const sections = call.formSections.filter((section) => this.onThisPage(section.id));
    const rendered = sections.map(
      (section) => html`<section class="section" id="section-${section.id}" aria-labelledby="title-${section.id}" part="section" tabindex="-1">
        ${this.heading(1, section.title[lang], `title-${section.id}`)}
        ${section.help ? html`<p class="hint">${section.help[lang]}</p>` : nothing}
        ${helpSlot(section.id)}
        ${section.fields.map((field) => renderField(host, field, field.path, getPath(host.draft, field.path)))}
        ${readOnly
          ? nothing
          : html`<button type="button" part="button secondary" aria-label=${t.named(t.checkSection, section.title[lang])} @click=${() => void this.checkSection(section.id)}>${t.checkSection}</button>`}
        ${this.revealed !== 'all' && this.revealed.has(section.id) && !report.issues.some((i) => i.severity === 'error' && this.sectionOf(i.path) === section.id)
          ? html`<p class="ok">${t.sectionOk}</p>`
          : nothing}
      </section>`,
    );
    const elsewhere = conflicts.filter((conflict) => !placed.has(conflict.path));
    return html`
      <!-- Not a <header>: inside a partner's page it must not claim the page's banner landmark. -->
      <div class="header" part="header">
        ${this.heading(0, call.title[lang], 'form-title', -1)}
        <p class="commune">${t.communeLine(MGP.find(app.commune)?.commune.name ?? app.commune, app.commune)}</p>
        ${this.renderStatus()}
      </div>
      ${app.status === 'submitted' && app.submittedAt ? this.renderReceipt(app) : nothing}
      ${callWindow === 'open' ? nothing : html`<p class="notice" role="status">${applicationWindowMessage(call, callWindow, lang)}</p>`}
      ${readOnly && callWindow === 'open' && app.status !== 'submitted' ? html`<p class="notice">${t.readOnly(app.status)}</p>` : nothing}
      ${elsewhere.map((conflict) => this.renderConflict(conflict, 1))}
      ${this.renderSummary()}
      ${INTRO_SLOT}
      ${this.onThisPage('task-list') ? this.renderTaskList(report) : nothing}
      ${readOnly || sections.length === 0 ? nothing : html`<p>${t.requiredNote}</p>`}
      ${rendered}
      ${this.onThisPage('documents') ? this.renderDocuments(report) : nothing}
      ${readOnly || !this.onThisPage('submit') ? nothing : this.renderSubmit(report)}
      <slot name="after"></slot>
    `;
  }

  /**
   * Every section of the dossier with its status, on any page: sending judges the whole dossier. A
   * section on this page is linked in the page, one elsewhere to the partner's page (`section-href`) or not.
   */
  private renderTaskList(report: Report) {
    const t = this.t;
    const link = (id: string, title: string) => {
      if (this.onThisPage(id)) return html`<a href="#section-${id}" @click=${(e: Event) => this.goToSection(id, e)}>${title}</a>`;
      const href = this.hrefTo(id);
      return href ? html`<a href=${href} @click=${() => void this.engine?.flush()}>${title}</a>` : html`<span>${title}</span>`;
    };
    return html`<nav aria-labelledby="task-list-title" part="task-list">
      ${this.heading(1, t.taskList, 'task-list-title')}
      <ol class="task-list">
        ${report.sections.map(
          (section) => html`<li>
            ${link(section.id, section.title)}
            <strong class="tag tag--${section.status}">${t.sectionStatus[section.status]}</strong>
          </li>`,
        )}
      </ol>
    </nav>`;
  }

  private goToSection(id: string, event: Event) {
    event.preventDefault();
    void this.engine?.flush();
    const section = this.renderRoot.querySelector<HTMLElement>(`#section-${id}`);
    section?.scrollIntoView({ block: 'start' });
    section?.focus();
  }

  /** What the status line says (and, once settled, the live region). */
  private statusText(): string {
    const { status, lastSavedAt } = this.engine!.state;
    const time = lastSavedAt ? new Intl.DateTimeFormat(locale(langOf(this)), { hour: '2-digit', minute: '2-digit' }).format(lastSavedAt) : '';
    return status === 'saved' && lastSavedAt ? this.t.savedAt(time) : this.t.status[status];
  }

  /**
   * The save status, shown and not a live region: its every step would be read (ten in five seconds of
   * tabbing through fields); the live region says the settled ones. It takes the focus when its own
   * button goes away ("Réessayer", "Se reconnecter"): after signing in again, the field being edited does.
   */
  private renderStatus() {
    const t = this.t;
    const { status, error } = this.engine!.state;
    const session = this.session.value;
    return html`<div class="status status--${status}" part="status">
      <p id="status" tabindex="-1">${this.statusText()}</p>
      ${status === 'error' || status === 'offline'
        ? html`<button type="button" part="button secondary" @click=${() => void this.engine?.retry()}>${t.retry}</button>`
        : nothing}
      ${status === 'unauthenticated' && session
        ? html`<button type="button" part="button primary"
            @click=${() =>
              // Cancelled, the dialog gives the focus back to this button, still there.
              void this.moveFocus([this.lastField, '#status'], undefined, session.reauthenticate().then(() => void this.engine?.retry())).catch(() => undefined)}>
            ${t.signInAgain}
          </button>`
        : nothing}
      ${status === 'error' && error ? html`<p class="error">${problemText(error, langOf(this)) ?? error.message}</p>` : nothing}
    </div>`;
  }

  /**
   * The chooser of one conflict, right after its field (or at the top when the field is on another
   * page): focusable itself (a new conflict on the field being typed in takes the focus there), its
   * buttons named with the field. Deciding gives the focus back to the field, or to the next conflict.
   */
  private renderConflict(conflict: Conflict, level: number) {
    const t = this.t;
    const label = this.labelOf(conflict.path);
    const id = `${fieldId(conflict.path)}-conflict`;
    const show = (value: unknown) => (value === null || value === undefined || value === '' ? t.conflict.empty : typeof value === 'string' ? value : JSON.stringify(value, null, 1));
    const decide = (keep: 'mine' | 'theirs') => {
      const next = this.engine!.state.conflicts.find((other) => other.path !== conflict.path);
      void this.moveFocus([`#${fieldId(conflict.path)}`, next && `#${fieldId(next.path)}-conflict`, '#status'], undefined, this.engine!.resolveConflict(conflict.path, keep));
    };
    return html`<div class="conflicts" id=${id} role="group" aria-labelledby="${id}-title" tabindex="-1" part="conflict">
      ${this.heading(level, t.named(t.conflict.title, label), `${id}-title`)}
      <p>${t.conflict.intro}</p>
      <div class="versions">
        <figure><figcaption>${t.conflict.mine}</figcaption><div class="version">${show(conflict.mine)}</div></figure>
        <figure><figcaption>${t.conflict.theirs}</figcaption><div class="version">${show(conflict.theirs)}</div></figure>
      </div>
      <button type="button" part="button primary" aria-label=${t.named(t.conflict.keepMine, label)} @click=${() => decide('mine')}>${t.conflict.keepMine}</button>
      <button type="button" part="button secondary" aria-label=${t.named(t.conflict.keepTheirs, label)} @click=${() => decide('theirs')}>${t.conflict.keepTheirs}</button>
    </div>`;
  }

  private labelOf(path: string): string {
    const lang = langOf(this);
    for (const section of this.definition!.formSections) {
      const field = section.fields.find((f) => f.path === path || path.startsWith(`${f.path}.`));
      if (field) return field.path === path ? field.label[lang] : `${field.label[lang]} (${path.slice(field.path.length + 1)})`;
    }
    return path;
  }

  /** The list of problems: it takes the focus and is read then, so it is not also an alert (read twice). */
  private renderSummary() {
    if (this.summary.length === 0) return nothing;
    return html`<div class="error-summary" tabindex="-1" part="error-summary">
      ${this.heading(1, this.t.errorSummary, 'summary-title')}
      <ul>
        ${this.summary.map((issue) => html`<li>${this.summaryItem(this.inCurrentLang(issue))}</li>`)}
      </ul>
    </div>`;
  }

  /** A listed issue in the page's language now: the same rule on the same path in the current report (the list was made in the language of the moment). */
  private inCurrentLang(issue: Issue): Issue {
    return this.report?.issues.find((fresh) => fresh.rule === issue.rule && fresh.path === issue.path) ?? issue;
  }

  /**
   * An item of the error summary: a link to its field when this form shows it; otherwise the section it
   * is in, linked to the partner's page of that section when `section-href` says where.
   */
  private summaryItem(issue: Issue) {
    const section = this.sectionOf(issue.path);
    if (section === undefined || this.onThisPage(section)) {
      return html`<a href="#${fieldId(issue.path)}" @click=${(e: Event) => this.followLink(issue.path, e)}>${issue.message}</a>`;
    }
    const title = this.report?.sections.find((s) => s.id === section)?.title ?? section;
    const where = this.t.inSection(title);
    const href = this.hrefTo(section, issue.path);
    return href ? html`<a href=${href} @click=${() => void this.engine?.flush()}>${issue.message} ${where}</a>` : html`${issue.message} ${where}`;
  }

  private renderDocuments(report: Report) {
    const t = this.t;
    const lang = langOf(this);
    const call = this.definition!;
    const engine = this.engine!;
    const documents = engine.application.documents;
    const partners = (this.currentApplication?.partners ?? []).map((partner) => ({ id: partner.id, name: partner.name }));
    const readOnly = this.isReadOnly(engine.application);
    // An upload or a removal changes the dossier outside the form: read it again, merged with local edits.
    const changed = () => void engine.sync().catch((error: Error) => this.dispatchEvent(new QmiErrorEvent(error)));
    return html`<section class="section" id="section-documents" aria-labelledby="title-documents" part="section" tabindex="-1">
      ${this.heading(1, t.documents.title, 'title-documents')}
      <p class="hint">${t.documents.intro}</p>
      ${helpSlot('documents')}
      ${call.documentKinds.map((kind) => {
        const error = report.issues.find((issue) => issue.path === `documents.${kind.id}` && issue.severity === 'error' && this.shown(issue));
        return html`<div class="document-kind ${error ? 'field--error' : ''}" id=${fieldId(`documents.${kind.id}`)} tabindex="-1" part="field">
          ${this.heading(2, kind.title[lang])}
          <p class="hint">${kind.description[lang]}</p>
          ${error ? html`<p class="error" part="error">${error.message}</p>` : nothing}
          <qmi-document-uploader
            exportparts="rules, dropzone, input, file, progress, error, button"
            .client=${this.api}
            application=${engine.application.id}
            .rule=${kind}
            .documents=${documents.filter((doc) => doc.kind === kind.id)}
            .partners=${partners}
            ?disabled=${readOnly}
            @qmi-upload-complete=${changed}
            @qmi-upload-remove=${changed}
          ></qmi-document-uploader>
        </div>`;
      })}
    </section>`;
  }

  private renderSubmit(report: Report) {
    const t = this.t;
    const saving = this.submitting && (this.engine?.state.pending.length ?? 0) > 0;
    return html`<section class="section submit" id="section-submit" aria-labelledby="title-submit" part="section">
      ${this.heading(1, t.submit.title, 'title-submit')}
      <p>${t.submit.intro}</p>
      ${helpSlot('submit')}
      ${this.revealed === 'all' ? html`<p class=${report.readyToSubmit ? 'ok' : 'error'}>${report.readyToSubmit ? t.submit.ready : t.submit.notReady}</p>` : nothing}
      <button type="button" part="button primary" ?disabled=${this.submitting} aria-busy=${this.submitting ? 'true' : 'false'} @click=${() => void this.submit()}>
        ${this.submitting ? (saving ? t.submit.waitSaves : t.submit.sending) : t.submit.button}
      </button>
    </section>`;
  }

  /** The receipt: it takes the focus after sending (the send button is gone), so it is not a live region too. */
  private renderReceipt(app: Application) {
    const t = this.t;
    const date = new Intl.DateTimeFormat(locale(langOf(this)), { dateStyle: 'long', timeStyle: 'short', timeZone: this.definition!.timeZone }).format(new Date(app.submittedAt!));
    return html`<section class="receipt" id="receipt" tabindex="-1" aria-labelledby="receipt-title" part="receipt">
      ${this.heading(1, t.receipt.title, 'receipt-title')}
      <p>${t.receipt.body(date)}</p>
      <p>${t.receipt.reference(app.id)}</p>
    </section>`;
  }
}
