import { Task, TaskStatus } from '@lit/task';
import type { CallDefinition, Lang } from '@qmi/core';
import type { EvaluableApplication, Report } from '@qmi/validators';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { heading, headingLevel } from '../a11y/heading.js';
import { QmiApiElement } from '../context/api-element.js';
import { PlatformTime } from '../context/platform-time.js';
import { connectionProblem } from '../i18n/connection.js';
import { langOf } from '../i18n/lang.js';
import { problemText } from '../i18n/problem-text.js';
import { translate } from '../i18n/translate.js';
import { OverallAnnouncement } from './checklist.announce.js';
import { FormBinding } from './checklist.binding.js';
import { QmiChecklistNavigateEvent } from './checklist.events.js';
import { CHECKLIST_MESSAGES, type ChecklistMessages } from './checklist.messages.js';
import { overallText } from './checklist.report.js';
import { type ChecklistView, renderReport } from './checklist.render.js';
import { checklistStyles } from './checklist.styles.js';
import { CHECKLIST_RESOURCES, type ChecklistClient } from './checklist.client.js';
import { ClientSource } from '../context/client-source.js';
import { LazyPart, partFailure } from '../form/lazy-part.js';
import { RulesPart } from '../rules/load-rules.js';

let counter = 0;

/** What the call asks for (`checklist.call.ts`), once fetched: shared by the page's checklists. */
let callModule: typeof import('./checklist.call.js') | undefined;
/** Fetches it (a server rendering the checklist, `@qmi/elements/ssr`, does so before it renders). */
export const loadCallView = () => import('./checklist.call.js').then((module) => (callModule = module));

/** A task's failure, if its last run failed (a superseded run's never counts). */
const failureOf = (task: Task<readonly unknown[], unknown>): Error | undefined => {
  if (task.status !== TaskStatus.ERROR) return undefined;
  return task.error instanceof Error ? task.error : new Error(String(task.error));
};

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
  protected readonly clientSource = new ClientSource(this, CHECKLIST_RESOURCES);
  static override styles = checklistStyles;

  /** The call id, e.g. "qmi-2" (when bound, the form's call by default). */
  @property() call = '';
  /** The call definition, when the page already has it (no request for it then). */
  @property({ attribute: false }) definition: CallDefinition | undefined;
  /** An application id to load and evaluate (ignored when bound to a form with `for`). */
  @property() application = '';
  /** The id of a `<qmi-application-form>` in the same document (or shadow root) to follow live. */
  @property({ attribute: 'for' }) htmlFor = '';
  /** An ISO instant that replaces the clock (demos, tests). */
  @property() now = '';
  /** The level of the checklist's own heading (2 by default); its sections use the next levels. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  private readonly idPrefix = `qmi-checklist-${++counter}`;
  private memo: { key: unknown[]; report: Report | undefined } | undefined;
  /** The bound form (`for`), followed live. */
  private readonly binding = new FormBinding(this);

  private get api(): ChecklistClient | undefined {
    return this.clientSource.client ?? this.clientSource.over(this.binding.form?.client);
  }

  private get callId(): string {
    return this.call || this.binding.form?.call || '';
  }

  /**
   * The call's definition (calls are public: no sign-in needed). A new call or client starts a new load;
   * a superseded one is aborted and its answer ignored (`Task`), as for the dossier below.
   */
  private readonly callTask = new Task(this, {
    args: () => [this.definition ? '' : this.callId, this.api] as const,
    task: async ([call, api], { signal }): Promise<CallDefinition | undefined> =>
      call && api ? api.calls.get(call, { signal }) : undefined,
  });

  /** The dossier named by `application`, when not bound to a form and once requests may be sent. */
  private readonly applicationTask = new Task(this, {
    args: () => [this.htmlFor ? '' : this.application, this.clientSource.signedIn ? this.api : undefined] as const,
    task: async ([id, api], { signal }): Promise<EvaluableApplication | undefined> =>
      id && api ? api.applications.get(id, { signal }) : undefined,
  });

  /** The rules (evaluate()): fetched with the dossier, since only a dossier's standing needs them. */
  private readonly rules = new RulesPart(this);
  /** What the call asks for, shown without a dossier only: fetched with the call. */
  private readonly callView = new LazyPart(this, loadCallView);

  private readonly time = new PlatformTime(
    this,
    () => this.now || this.binding.form?.now || '',
    () => this.api,
  );

  private readonly announcement = new OverallAnnouncement(
    this,
    () => {
      const report = this.report;
      return report ? overallText(report, this.t) : undefined;
    },
    () => langOf(this),
  );

  private get t(): ChecklistMessages {
    return translate(this, CHECKLIST_MESSAGES);
  }

  /** The call's definition: given, or loaded. */
  private get callDefinition(): CallDefinition | undefined {
    return this.definition ?? this.callTask.value;
  }

  /**
   * Rendered on a server (a declarative shadow root, see `@qmi/elements/ssr`) and hydrated: the first render,
   * which lit hydrates, must be the server's, so what the call asks for (its own chunk) is here before it.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    // Content in the shadow root before the first render: the server's (a new shadow root is empty).
    if (!this.hasUpdated && this.shadowRoot?.firstChild && !callModule && !this.htmlFor && !this.application)
      return this.callView.load().then(() => super.scheduleUpdate());
    return super.scheduleUpdate();
  }

  /** The dossier, as loaded (`application`) or as the bound form last told. */
  private get dossier(): EvaluableApplication | undefined {
    return this.htmlFor ? this.binding.dossier : this.applicationTask.value;
  }

  /** Why the call or the dossier could not be loaded, if the last load of either failed. */
  private get failure(): Error | undefined {
    return failureOf(this.applicationTask) ?? failureOf(this.callTask);
  }

  /** The platform's time (see `PlatformTime`), or the `now` of this checklist or of its form. */
  private get clock(): Date {
    return this.time.now;
  }

  /** The rules' report on the dossier shown (undefined without a dossier, or until it is loaded). */
  get report(): Report | undefined {
    const lang = langOf(this);
    const key = [
      this.dossier,
      this.callDefinition,
      this.binding.report,
      lang,
      this.now,
      this.htmlFor,
      this.api?.clock.offset,
      this.rules.value,
    ];
    if (this.memo && this.memo.key.every((value, i) => value === key[i])) return this.memo.report;
    const dossier = this.dossier;
    const definition = this.callDefinition;
    const rules = this.rules.value;
    let report: Report | undefined;
    if (dossier && definition && rules) report = rules.evaluate(dossier, definition, { now: this.clock, lang });
    else if (this.htmlFor) report = this.binding.report;
    this.memo = { key, report };
    return report;
  }

  /** Loads the `application` again and evaluates it (a bound checklist follows its form by itself). */
  async refresh(): Promise<void> {
    await this.applicationTask.run();
    await this.updateComplete;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('htmlFor')) this.binding.rebind();
    // In the same turn as the first request (the call, the dossier): what shows them arrives with them.
    if (this.htmlFor || this.application) void this.rules.load();
    else if (this.callId || this.definition) void this.callView.load();
  }

  // --- rendering --------------------------------------------------------------------------------

  /** What the templates of `checklist.render.ts` need from the element. */
  private view(t: ChecklistMessages, lang: Lang): ChecklistView {
    return {
      t,
      lang,
      heading: (offset, content, id, className) =>
        heading(headingLevel(this.headingLevel, offset), content, { id, className }),
      section: (name, title, body) => {
        const id = `${this.idPrefix}-${name}`;
        return html`<section part="section ${name}" aria-labelledby=${id}>${heading(headingLevel(this.headingLevel, 1), title, { id })}${body}</section>`;
      },
      announcement: this.announcement.text,
      criterionDescription: (id) => this.callDefinition?.criteria.find((c) => c.id === id)?.description[lang],
      navigate: (event, path) => this.navigate(event, path),
    };
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const lang = langOf(this);
    const view = this.view(t, lang);
    const withDossier = Boolean(this.htmlFor || this.application);
    const report = withDossier ? this.report : undefined;
    if (report) return renderReport(view, report);
    const title = view.heading(0, withDossier ? t.titleDossier : t.titleCall, undefined, 'title');
    const failure = this.failure;
    if (failure)
      return html`${title}<p class="error" role="alert">${t.failed(connectionProblem(this, failure, this.api?.baseUrl) ?? problemText(failure, lang) ?? failure.message)}</p>`;
    const callView = this.callView.value ?? callModule;
    const definition = this.callDefinition;
    if (!withDossier && definition && callView) return callView.renderCall(view, definition);
    if (!this.callId && !withDossier) return html`<p class="muted">${t.noCall}</p>`;
    // A part that could not be fetched (offline) says so in its place, until it comes back online.
    if (withDossier && this.rules.failed) return html`${title}${partFailure(this.rules)}`;
    if (!withDossier && this.callView.failed) return html`${title}${partFailure(this.callView)}`;
    return html`${title}<p class="muted" aria-busy="true">${t.loading}</p>`;
  }

  private navigate(event: Event, path: string) {
    event.preventDefault();
    const form = this.binding.form;
    if (form && typeof form.focusField === 'function') {
      form.focusField(path);
      return;
    }
    this.dispatchEvent(new QmiChecklistNavigateEvent(path));
  }
}
