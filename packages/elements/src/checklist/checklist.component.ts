import { type CallDefinition, type DocumentKindRule, type Lang, mediaTypeName, type QmiClient } from '@qmi/core';
import { evaluate, formatCallInstant, type CriterionReport, type EvaluableApplication, type Issue, type Report } from '@qmi/validators';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { heading, headingLevel } from '../a11y/heading.js';
import { QmiApiElement } from '../context/api-element.js';
import { PlatformTime } from '../context/platform-time.js';
import type { QmiChangeEvent } from '../form/events.js';
import { fieldId } from '../form/fields.js';
import { connectionProblem } from '../i18n/connection.js';
import { langOf } from '../i18n/lang.js';
import { problemText } from '../i18n/problem-text.js';
import { translate } from '../i18n/translate.js';
import { QmiChecklistNavigateEvent } from './checklist.events.js';
import { CHECKLIST_MESSAGES, formatBytes, type ChecklistMessages } from './checklist.messages.js';
import { checklistStyles } from './checklist.styles.js';

/** What the checklist needs from the `<qmi-application-form>` it is bound to (no import of the form itself). */
interface BoundForm extends HTMLElement {
  readonly report?: Report | undefined;
  readonly currentApplication?: EvaluableApplication | undefined;
  focusField?(path: string): void;
  call?: string;
  now?: string;
  client?: QmiClient | undefined;
}


/** Quiet time before the overall status is announced: once per pause in typing, not per keystroke. */
const ANNOUNCE_DELAY_MS = 1000;

let counter = 0;

/**
 * The call's selection criteria and a dossier's standing against them, from the rules of
 * `@qmi/validators` (the same the platform applies on submission).
 *
 * - Without a dossier (only `call`, and `api-base`: calls are public), it shows what the call asks
 *   for, which is what a commune reads before it starts: the eligibility condition with the deadline
 *   in the call's time zone, the parts of the dossier (the form and each document kind with its
 *   formats, size and count) and the selection criteria.
 * - With a dossier it shows eligibility, completeness (each missing item links to its field) and each
 *   criterion's signals, with an overall line ("Prêt à être envoyé", "3 points à compléter") announced
 *   politely to assistive technology when it changes. The dossier is either an `application` id
 *   (loaded and evaluated once; `refresh()` loads it again) or a `<qmi-application-form>` on the page
 *   named by `for`: the checklist then follows the form live through its `qmi-change` events, and a
 *   missing item's link calls the form's `focusField(path)`.
 *
 * The client comes from `client`, a surrounding `<qmi-session>`, `api-base` (+ `token`), or, when
 * bound, the form's own client. `lang` is read from the nearest ancestor; `now` replaces the clock.
 *
 * @fires {QmiChecklistNavigateEvent} qmi-checklist-navigate - a missing item's link was activated while not bound to a form (`event.path`)
 * @csspart section - each section (eligibility, completeness or the dossier's parts, criteria)
 * @csspart eligibility - the eligibility section (also `section`)
 * @csspart completeness - the completeness section, with a dossier (also `section`)
 * @csspart parts - the parts of the dossier the call asks for, without a dossier (also `section`)
 * @csspart criteria - the selection criteria section (also `section`)
 * @csspart criterion - one selection criterion
 * @csspart signal - one signal of a criterion (also `signal-met` or `signal-unmet`)
 * @csspart signal-met - a signal the dossier shows (also `signal`)
 * @csspart signal-unmet - a signal the dossier does not show yet (also `signal`)
 * @csspart issue - one missing or doubtful item
 * @csspart link - the link from an item to its field
 * @csspart status - the overall line ("Prêt à être envoyé", "N points à compléter")
 * @cssproperty --qmi-color-primary - links and the note
 * @cssproperty --qmi-color-ink - text and missing items
 * @cssproperty --qmi-color-muted - descriptions, unmet signals, criteria not started
 * @cssproperty --qmi-color-surface - background of the overall line
 * @cssproperty --qmi-color-border - the line between criteria (a lighter mix of it with the surface)
 * @cssproperty --qmi-color-error - missing items and the overall line while incomplete
 * @cssproperty --qmi-color-success - met signals and the ready line
 * @cssproperty --qmi-color-warning - partly addressed criteria
 * @cssproperty --qmi-font-family - text
 * @cssproperty --qmi-font-size - text (headings scale from it)
 * @cssproperty --qmi-line-height - text
 * @cssproperty --qmi-font-size-small - tags
 * @cssproperty --qmi-font-size-large - the title (1.1 times it)
 * @cssproperty --qmi-font-weight-strong - the overall line, tags and links
 * @cssproperty --qmi-space-xs - between list items, around tags
 * @cssproperty --qmi-space-s - inside the overall line, between criteria
 * @cssproperty --qmi-space-m - between sections
 * @cssproperty --qmi-radius - tags' corners
 * @cssproperty --qmi-focus-ring-color - the focus ring of links
 * @cssproperty --qmi-focus-ring-width - the focus ring of links
 * @cssproperty --qmi-focus-ring-offset - the focus ring of links
 */
export class QmiCriteriaChecklist extends QmiApiElement {
  static override styles = checklistStyles;

  /** The call id, e.g. "qmi-2" (when bound, the form's call by default). */
  @property() call = '';
  /** An application id to load and evaluate (ignored when bound to a form with `for`). */
  @property() application = '';
  /** The id of a `<qmi-application-form>` in the same document (or shadow root) to follow live. */
  @property({ attribute: 'for' }) htmlFor = '';
  /** An ISO instant that replaces the clock (demos, tests). */
  @property() now = '';
  /** The level of the checklist's own heading (2 by default); its sections use the next levels. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  @state() private definition: CallDefinition | undefined;
  @state() private failure: Error | undefined;
  /** The dossier, as loaded (`application`) or as the bound form last told. */
  @state() private dossier: EvaluableApplication | undefined;
  /** The bound form's own report, used when the call definition is not (yet) known here. */
  @state() private formReport: Report | undefined;
  @state() private announcement = '';

  private readonly idPrefix = `qmi-checklist-${++counter}`;
  private callKey = '';
  private applicationKey = '';
  private callRun = 0;
  private applicationRun = 0;
  private listenRoot: Node | undefined;
  private memo: { key: unknown[]; report: Report | undefined } | undefined;
  private overall: string | undefined;
  private overallLang: Lang | undefined;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;

  private get t(): ChecklistMessages {
    return translate(this, CHECKLIST_MESSAGES);
  }

  private get boundForm(): BoundForm | undefined {
    if (!this.htmlFor) return undefined;
    const root = this.getRootNode() as Document | ShadowRoot;
    const found = typeof root.getElementById === 'function' ? root.getElementById(this.htmlFor) : null;
    return (found as BoundForm | null) ?? undefined;
  }

  private get api(): QmiClient | undefined {
    return this.clientSource.client ?? this.boundForm?.client;
  }

  private get callId(): string {
    return this.call || this.boundForm?.call || '';
  }

  private readonly time = new PlatformTime(this, () => this.now || this.boundForm?.now || '', () => this.api);

  /** The platform's time (see `PlatformTime`), or the `now` of this checklist or of its form. */
  private get clock(): Date {
    return this.time.now;
  }

  /** The rules' report on the dossier shown (undefined without a dossier, or until it is loaded). */
  get report(): Report | undefined {
    const lang = langOf(this);
    const key = [this.dossier, this.definition, this.formReport, lang, this.now, this.htmlFor, this.api?.clock.offset];
    if (this.memo && this.memo.key.every((value, i) => value === key[i])) return this.memo.report;
    let report: Report | undefined;
    if (this.dossier && this.definition) report = evaluate(this.dossier, this.definition, { now: this.clock, lang });
    else if (this.htmlFor) report = this.formReport;
    this.memo = { key, report };
    return report;
  }

  /** Loads the `application` again and evaluates it (a bound checklist follows its form by itself). */
  async refresh(): Promise<void> {
    this.applicationKey = '';
    this.requestUpdate();
    await this.updateComplete;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.listen();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.listenRoot?.removeEventListener('qmi-change', this.onChange);
    this.listenRoot = undefined;
    clearTimeout(this.announceTimer);
  }

  /** Follows `qmi-change` events in the checklist's document or shadow root, and reads the bound form's report now. */
  private listen() {
    const root = this.getRootNode();
    if (this.listenRoot !== root) {
      this.listenRoot?.removeEventListener('qmi-change', this.onChange);
      root.addEventListener('qmi-change', this.onChange);
      this.listenRoot = root;
    }
    const form = this.boundForm;
    if (form) {
      this.dossier = form.currentApplication ?? this.dossier;
      this.formReport = form.report ?? this.formReport;
    }
  }

  private onChange = (event: Event) => {
    const form = this.boundForm;
    if (!form || !event.composedPath().includes(form)) return;
    const change = event as QmiChangeEvent;
    this.dossier = change.application;
    this.formReport = change.report;
  };

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('htmlFor')) {
      this.dossier = undefined;
      this.formReport = undefined;
      this.applicationKey = '';
      if (this.isConnected) this.listen();
    }
    const api = this.api;
    const call = this.callId;
    const callKey = `${call}|${this.apiBase}|${Boolean(api)}`;
    if (api && call && callKey !== this.callKey) {
      this.callKey = callKey;
      void this.loadCall(api, call);
    }
    const applicationKey = `${this.application}|${this.apiBase}|${this.token ?? ''}|${Boolean(api)}`;
    if (!this.htmlFor && this.application && api && this.clientSource.signedIn && applicationKey !== this.applicationKey) {
      this.applicationKey = applicationKey;
      void this.loadApplication(api, this.application);
    }
  }

  private async loadCall(api: QmiClient, call: string) {
    const run = ++this.callRun;
    this.failure = undefined;
    try {
      const definition = await api.calls.get(call);
      if (run === this.callRun) this.definition = definition;
    } catch (error) {
      if (run === this.callRun) this.failure = error instanceof Error ? error : new Error(String(error));
    }
  }

  private async loadApplication(api: QmiClient, id: string) {
    const run = ++this.applicationRun;
    try {
      const application = await api.applications.get(id);
      if (run === this.applicationRun) this.dossier = application;
    } catch (error) {
      if (run === this.applicationRun) this.failure = error instanceof Error ? error : new Error(String(error));
    }
  }

  protected override updated(): void {
    // The overall line is announced when it changes, after a pause: not on every keystroke, and
    // not when it first appears (it is then read with the rest of the checklist), nor when only the
    // page's language changed (the same news in other words).
    const report = this.report;
    const overall = report ? this.overallText(report) : undefined;
    if (overall === undefined) return;
    if (this.overall === undefined || this.overallLang !== langOf(this)) {
      this.overall = overall;
      this.overallLang = langOf(this);
      return;
    }
    if (overall === this.overall) {
      clearTimeout(this.announceTimer);
      return;
    }
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      const latest = this.report ? this.overallText(this.report) : undefined;
      if (latest && latest !== this.overall) {
        this.overall = latest;
        this.announcement = latest;
      }
    }, ANNOUNCE_DELAY_MS);
  }

  private errors(report: Report): Issue[] {
    return report.issues.filter((issue) => issue.severity === 'error');
  }

  private overallText(report: Report): string {
    if (report.readyToSubmit) return this.t.ready;
    if (!report.eligible) return this.t.blocked;
    return this.t.toComplete(this.errors(report).length);
  }

  // --- rendering --------------------------------------------------------------------------------

  /** A heading `offset` levels below `heading-level`. */
  private heading(offset: number, content: unknown, id?: string, className?: string): TemplateResult {
    return heading(headingLevel(this.headingLevel, offset), content, { id, className });
  }

  private section(name: string, title: string, body: unknown): TemplateResult {
    const id = `${this.idPrefix}-${name}`;
    return html`<section part="section ${name}" aria-labelledby=${id}>${this.heading(1, title, id)}${body}</section>`;
  }

  protected override render() {
    const t = this.t;
    const lang = langOf(this);
    const withDossier = Boolean(this.htmlFor || this.application);
    const report = withDossier ? this.report : undefined;
    if (report) return this.renderReport(report, t, lang);
    if (this.failure) return html`${this.heading(0, withDossier ? t.titleDossier : t.titleCall, undefined, 'title')}<p class="error" role="alert">${t.failed(connectionProblem(this, this.failure, this.api?.baseUrl) ?? problemText(this.failure, lang) ?? this.failure.message)}</p>`;
    if (!withDossier && this.definition) return this.renderCall(this.definition, t, lang);
    if (!this.callId && !withDossier) return html`<p class="muted">${t.noCall}</p>`;
    return html`${this.heading(0, withDossier ? t.titleDossier : t.titleCall, undefined, 'title')}<p class="muted">${t.loading}</p>`;
  }

  /** What the call asks for, before any dossier. */
  private renderCall(call: CallDefinition, t: ChecklistMessages, lang: Lang) {
    const excluded = call.eligibility.excludedCommunes.map((c) => c.name);
    const deadline = `${formatCallInstant(call.applicationWindow.deadline, call, lang)} ${t.zone(zoneCity(call.timeZone))}`;
    return html`
      ${this.heading(0, t.titleCall, undefined, 'title')}
      <p class="muted">${call.title[lang]}</p>
      ${this.section(
        'eligibility',
        t.eligibility,
        html`<ul>
          <li>${t.condition.territory(call.eligibility.territory.name)}</li>
          ${excluded.length ? html`<li>${t.condition.excluded(listFormat(excluded, lang))}</li>` : nothing}
          ${call.eligibility.onePerCommune ? html`<li>${t.condition.onePerCommune}</li>` : nothing}
          <li>${t.condition.deadline(deadline)}</li>
        </ul>`,
      )}
      ${this.section(
        'parts',
        t.parts(call.documentKinds.length + 1),
        html`<ol>
          <li>
            <strong>${t.formPart}</strong>
            <p class="description">${t.formPartDescription}</p>
            <ul>
              ${call.formSections.map((section) => html`<li>${section.title[lang]}</li>`)}
            </ul>
          </li>
          ${call.documentKinds.map((kind) => html`<li><strong>${kind.title[lang]}</strong>${this.renderKind(kind, t, lang)}</li>`)}
        </ol>`,
      )}
      ${this.section(
        'criteria',
        t.criteria,
        html`<ol class="plain">
          ${call.criteria.map(
            (criterion) => html`<li part="criterion">
              ${this.heading(2, t.criterion(criterion.number, criterion.title[lang]))}
              <p class="description">${criterion.description[lang]}</p>
            </li>`,
          )}
        </ol>`,
      )}
    `;
  }

  private renderKind(kind: DocumentKindRule, t: ChecklistMessages, lang: Lang) {
    const types = listFormat([...new Set(kind.acceptedTypes.map((type) => mediaTypeName(type)))], lang);
    return html`<p class="description">${kind.description[lang]}</p>
      <p class="description">${t.documentRules(types, formatBytes(kind.maxSizeBytes, lang), t.count(kind.minCount, kind.maxCount))}${kind.perPartner ? ` ${t.perPartner}` : ''}</p>`;
  }

  /** A dossier's standing: overall line, eligibility, completeness, criteria. */
  private renderReport(report: Report, t: ChecklistMessages, lang: Lang) {
    const eligibility = report.issues.filter((issue) => issue.category === 'eligibility');
    const eligibilityErrors = eligibility.filter((issue) => issue.severity === 'error');
    const eligibilityNotes = eligibility.filter((issue) => issue.severity !== 'error');
    const completeness = report.issues.filter((issue) => issue.category === 'completeness');
    const missing = completeness.filter((issue) => issue.severity === 'error');
    const doubtful = completeness.filter((issue) => issue.severity !== 'error');
    const overall = this.overallText(report);
    return html`
      ${this.heading(0, t.titleDossier, undefined, 'title')}
      <p part="status" class=${report.readyToSubmit ? 'overall overall--ready' : 'overall'}>${overall}</p>
      <div role="status" class="visually-hidden">${this.announcement}</div>
      ${this.section(
        'eligibility',
        t.eligibility,
        html`${report.eligible
            ? html`<p class="ok">${t.eligible}</p>`
            : html`<p>${t.notEligible}</p>
                <ul class="issues--error">
                  ${eligibilityErrors.map((issue) => html`<li part="issue">${issue.message}</li>`)}
                </ul>`}
          ${eligibilityNotes.length
            ? html`<ul>
                ${eligibilityNotes.map((issue) => html`<li part="issue">${issue.message}</li>`)}
              </ul>`
            : nothing}`,
      )}
      ${this.section(
        'completeness',
        t.completeness,
        html`${missing.length === 0
            ? html`<p class="ok">${t.complete}</p>`
            : html`<p>${t.missing(missing.length)}</p>
                <ul class="issues--error">
                  ${missing.map((issue) => this.renderIssue(issue))}
                </ul>`}
          ${doubtful.length
            ? html`<p>${t.warnings}</p>
                <ul>
                  ${doubtful.map((issue) => this.renderIssue(issue))}
                </ul>`
            : nothing}`,
      )}
      ${this.section(
        'criteria',
        t.criteria,
        html`<p class="note"><strong>${t.noteLabel}</strong> ${report.criteriaNote}</p>
          <ol class="plain">
            ${report.criteria.map((criterion) => this.renderCriterion(criterion, t, lang))}
          </ol>`,
      )}
    `;
  }

  private renderIssue(issue: Issue) {
    if (!issue.path) return html`<li part="issue">${issue.message}</li>`;
    return html`<li part="issue">
      <a part="link" href="#${fieldId(issue.path)}" data-path=${issue.path} @click=${(event: Event) => this.navigate(event, issue.path)}>${issue.message}</a>
    </li>`;
  }

  private renderCriterion(criterion: CriterionReport, t: ChecklistMessages, lang: Lang) {
    const description = this.definition?.criteria.find((c) => c.id === criterion.id)?.description[lang];
    const met = criterion.signals.filter((signal) => signal.met).length;
    return html`<li part="criterion" data-criterion=${criterion.id}>
      ${this.heading(2, t.criterion(criterion.number, criterion.title))}
      <p>
        <span class="tag tag--${criterion.status}">${t.criterionStatus[criterion.status]}</span>
        ${criterion.signals.length ? t.signals(met, criterion.signals.length) : nothing}
      </p>
      ${description ? html`<p class="description">${description}</p>` : nothing}
      ${criterion.signals.length
        ? html`<ul>
            ${criterion.signals.map(
              (signal) => html`<li part=${signal.met ? 'signal signal-met' : 'signal signal-unmet'} data-signal=${signal.id} data-met=${signal.met ? 'true' : 'false'}>
                <span class="tag ${signal.met ? 'tag--met' : 'tag--unmet'}">${signal.met ? t.met : t.unmet}</span>
                ${signal.message}
              </li>`,
            )}
          </ul>`
        : nothing}
    </li>`;
  }

  private navigate(event: Event, path: string) {
    event.preventDefault();
    const form = this.boundForm;
    if (form && typeof form.focusField === 'function') {
      form.focusField(path);
      return;
    }
    this.dispatchEvent(new QmiChecklistNavigateEvent(path));
  }
}

/** "Paris" for "Europe/Paris", "New York" for "America/New_York". */
const zoneCity = (timeZone: string) => (timeZone.split('/').pop() ?? timeZone).replace(/_/g, ' ');

const listFormat = (items: string[], lang: Lang) => new Intl.ListFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { style: 'long', type: 'conjunction' }).format(items);
