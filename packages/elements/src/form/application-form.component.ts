import type { Autosave, CallDefinition, Journal } from '@qmi/core';
import type { EvaluableApplication, Issue, Report } from '@qmi/validators';
import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Announcer } from '../a11y/announcer.js';
import { SettledStatus } from '../a11y/settled-status.js';
import { noteDossier } from '../context/account-dossiers.js';
import { QmiApiElement } from '../context/api-element.js';
import { PlatformTime } from '../context/platform-time.js';
import { langOf } from '../i18n/lang.js';
import { translate } from '../i18n/translate.js';
import { FORM_MESSAGES, type FormMessages } from './application-form.messages.js';
import { renderForm, type FormHost } from './application-form.render.js';
import { formStyles } from './application-form.styles.js';
import { openEngine } from './dossier.js';
import { LazyPart } from './lazy-part.js';
import { PeopleLoader } from './people.loader.js';
import { PaintedDossier } from './painted.js';
import { DossierController } from './dossier-controller.js';
import { QmiErrorEvent, QmiSaveEvent, QmiSubmitEvent } from './events.js';
import { fieldId } from './fields.js';
import { FormFocus } from './focus.js';
import { allBuilt, buildAll } from './deferred.js';
import { asError, type ReadyState, type StartState } from './form-state.js';
import { ChangeNotice, PerUpdate, snapshotOf } from './report.js';
import { RevealState } from './reveal-state.js';
import { ReviewFeedback } from './review-feedback.js';
import { sectionOf } from './reveal.js';
import { namesSection, sectionHref, selectedSections } from './sections.js';
import { settledStatusText } from './status.js';
import { FORM_RESOURCES, type FormClient } from './form.client.js';
import { ClientSource } from '../context/client-source.js';
import { RulesPart } from '../rules/load-rules.js';
import { TypingPause } from './typing-pause.js';

/** The dossier's questions shown before sign-in (`outline.ts`), once fetched: shared by the page's forms. */
let outlineModule: typeof import('./outline.js') | undefined;
/** Fetches them (a server rendering the form, `@qmi/elements/ssr`, does so before it renders). */
export const loadOutline = () => import('./outline.js').then((module) => (outlineModule = module));

/**
 * The application form of a call: creates or resumes the commune's dossier and saves every edit
 * automatically (see `Autosave` in `@qmi/core`): a reload, a dropped connection, an expired session or
 * a colleague's edit never loses what was typed. Messages from `@qmi/validators` appear next to the
 * fields when a section is checked or the dossier sent, never while typing.
 *
 * Inside `<qmi-session>` it uses the session's client; alone, give `api-base` and `token` (or `client`).
 *
 * Importing the class registers nothing; a form registers the `<qmi-commune-picker>` and
 * `<qmi-document-uploader>` it renders (when their tags are free) the first time it shows them: their
 * modules, like the people panel's and the organisers' feedback's, are loaded with `import()` only by a
 * form that shows them, beside the dossier's own request (see `LazyPart`).
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
 * @csspart question - one question of the dossier shown before it opens (with the call's `definition`): its label, whether it is optional, its help and limits
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
 * @csspart review-banner - the organisers' decision, or the changes they asked for with the list of fields
 * @csspart requested - "À modifier à la demande des organisateurs" beside a field or section they named
 * @csspart review-comments - the organisers' comments beside a section
 * @csspart review-comment - one comment, with "Marquer comme traité"
 * @csspart review-advice - "Demander un avis aux organisateurs", before the send step
 * @csspart dialog - the request-for-advice dialog
 * @csspart place-notice - the notice of a dossier that does not hold the commune's place (it cannot be submitted until a verified account holds it)
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
  protected readonly clientSource = new ClientSource(this, FORM_RESOURCES);
  static override styles = formStyles;

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
  /**
   * The call's definition, when the page has it (a page rendered on a server gives it, see
   * `@qmi/elements/ssr`): the form does not request the call, and until a dossier is open (no one signed in
   * yet, or while it loads) it shows the dossier's questions: the call's title, the sections with their help
   * and the labels of their fields, the documents asked for. Without it, those wait for the dossier.
   */
  @property({ attribute: false }) definition: CallDefinition | undefined;
  /** Where unsaved edits wait (IndexedDB by default). */
  @property({ attribute: false }) journal: Journal | undefined;

  @state() private submitting = false;
  /** The commune chosen on the start step. */
  @state() private commune = '';

  /** The form's one polite live region: results of actions, and the save status once settled. */
  private readonly announcer = new Announcer(this);
  private readonly saveStatus = new SettledStatus(this, this.announcer);
  private readonly time = new PlatformTime(
    this,
    () => this.now,
    () => this.api,
  );
  private readonly focusing = new FormFocus(this, {
    announcer: this.announcer,
    dossier: () => (this.dossier.state.phase === 'ready' ? this.dossier.state.engine.application.id : undefined),
    landed: (section) => this.shown.reveal(section),
  });
  /** Which messages the person asked to see, and the problems listed at the top. */
  private readonly shown = new RevealState(this, {
    listed: () => this.focusing.move(['.error-summary']),
    complete: () => this.announcer.announce(this.t.sectionOk),
  });
  /**
   * The call's rules (`evaluate()`, the communes, their messages), fetched with `import()` as the first
   * request starts: a dossier shows with its report, and the rules come while the platform answers.
   */
  private readonly rules = new RulesPart(this);
  private readonly typing = new TypingPause(this);
  private readonly dossier = new DossierController(this, {
    args: () => [this.api, this.call, this.application, this.clientSource.signedIn],
    definition: () => this.definition,
    loading: () => void this.rules.load(),
    open: (api, id) => this.open(api, id),
    change: (engine) => {
      const { status, error, conflicts } = engine.state;
      if (status === 'error' && error) this.dispatchEvent(new QmiErrorEvent(error));
      this.saveStatus.update(settledStatusText(this.t, langOf(this), engine.state));
      this.focusing.followConflicts(conflicts);
    },
    saved: (application) => this.dispatchEvent(new QmiSaveEvent(application)),
    failed: (problem) => this.dispatchEvent(new QmiErrorEvent(problem)),
  });
  /** The dossier shown, once painted: what the form asks for besides it waits for that (see `PaintedDossier`). */
  private readonly painted = new PaintedDossier(this, () =>
    this.dossier.state.phase === 'ready' ? this.dossier.state.engine.application.id : undefined,
  );
  /** `<qmi-document-uploader>` (registered by its module): loaded when this form shows the documents. */
  private readonly uploader = new LazyPart<unknown>(this, () => import('../uploader/uploader.js'));
  /** The dossier's questions before it opens, when the page gave the call's `definition`. */
  private readonly outlinePart = new LazyPart(this, loadOutline);
  /** `<qmi-commune-picker>` (registered by its module): loaded for the start step. */
  private readonly picker = new LazyPart<unknown>(this, () => import('../commune-picker/commune-picker.js'));
  /** Who has access to the dossier (`people`): loaded only when this form shows the panel. */
  private readonly people = new PeopleLoader(this, {
    client: () => this.api,
    application: () => (this.onThisPage('people') ? this.painted.id : undefined),
    accountId: () => this.clientSource.sessionValue?.account.id,
    announcer: this.announcer,
  });
  /** What the organisers said to the commune: decisions, fields to change, comments per section, advice. */
  private readonly review = new ReviewFeedback(this, {
    client: () => this.api,
    dossier: () => {
      const application = this.dossier.state.phase === 'ready' ? this.dossier.state.engine.application : undefined;
      return application && { id: application.id, status: application.status };
    },
    painted: () => this.painted.id,
    moveFocus: (targets, message) => this.focusing.move(targets, message),
  });
  /** The dossier as the person sees it and its report, computed once per update (see `PerUpdate`), once the rules are there. */
  private readonly snapshots = new PerUpdate(this, (state: ReadyState) => {
    const rules = this.rules.value;
    return rules && snapshotOf(state.engine, state.definition, this.time.now, langOf(this), rules);
  });
  /** Tells a bound checklist (`qmi-change`) after a render in which the dossier changed. */
  private readonly changes = new ChangeNotice(this, () => this.snapshot());

  private get t(): FormMessages {
    return translate(this, FORM_MESSAGES);
  }

  private get api(): FormClient | undefined {
    return this.clientSource.client;
  }

  private async open(api: FormClient, id: string): Promise<Autosave> {
    const session = this.clientSource.sessionValue;
    // The sign-in dialog takes the focus: it waits for a pause in the typing (see TypingPause).
    const reauthenticate = session
      ? () => this.typing.paused().then(() => (this.clientSource.sessionValue ?? session).reauthenticate())
      : undefined;
    // So that signing out of <qmi-session> forgets what the journal keeps of this dossier for this account.
    if (session) noteDossier(api.baseUrl, session.account.id, id);
    // The parts this page shows of a dossier load beside it, and the dossier shows with them (no part
    // appears later and moves the page): the documents' uploader, the people panel; then what its
    // status calls for (the place notice, the organisers' banner). They never reject (see `LazyPart`).
    const parts = [
      this.rules.load(),
      this.shows('documents') && this.uploader.load(),
      this.shows('people') && this.people.load(),
    ];
    const engine = await openEngine(id, { api, journal: this.journal, debounceMs: this.debounce, reauthenticate });
    const { holdsPlace, status } = engine.application;
    await Promise.all([...parts, holdsPlace || this.people.load(), this.review.prepare(status)]);
    this.focusing.knowConflicts(engine.state.conflicts);
    return engine;
  }

  /** The dossier the form holds, as the person sees it, and its report. */
  private snapshot() {
    const held = this.dossier.ready;
    return held && this.snapshots.get(held);
  }

  /** The dossier as the person sees it: the server's version with the local edits applied. */
  get currentApplication(): EvaluableApplication | undefined {
    return this.snapshot()?.application;
  }

  /** The rules' report on the dossier as it stands (undefined until it is loaded). */
  get report(): Report | undefined {
    return this.snapshot()?.report;
  }

  /** Resolves once the long lists' items built after the first frame are there too (see `deferred.ts`). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    await allBuilt(this);
    return complete;
  }

  /** Takes the person to a field (or a document kind) by its path, as the error summary's links do; to the partner's page of its section when this form does not show it (`section-href`). */
  focusField(path: string): void {
    const section = sectionOf(this.dossier.definition, path);
    if (section && !this.onThisPage(section)) {
      // On another page of the partner's site: go there when `section-href` says where.
      const href = sectionHref(this.sectionHref, section, path);
      if (href) globalThis.location.assign(href);
      return;
    }
    buildAll(this); // a list item still waiting to be built (see `deferred.ts`) is built first
    const find = (selector: string) => this.renderRoot.querySelector<HTMLElement>(selector);
    this.focusing.show(
      find(`#${fieldId(path)}`) ??
        find(`#${fieldId(path.split('.').slice(0, 2).join('.'))}`) ??
        find(`#section-${section ?? ''}`),
    );
  }

  /** Whether this form will show a part (`documents`, `people`), known before the call's definition is. */
  private shows(id: 'documents' | 'people'): boolean {
    return namesSection(this.sections, id);
  }

  /** Whether this form shows a section (or `task-list`, `documents`, `submit`): see `sections`. */
  private onThisPage(id: string): boolean {
    const definition = this.dossier.definition ?? this.definition;
    const selected = definition ? selectedSections(this.sections, definition) : undefined;
    return !selected || selected.has(id);
  }

  private async create(state: StartState) {
    if (!this.commune) return;
    await this.dossier.create(state, this.call, this.commune);
    // The start step is gone: the focus goes to the dossier's title (or the failure's retry).
    await this.focusing.move(['#form-title', '.failure button']);
  }

  private async submit(state: ReadyState) {
    const report = this.snapshots.get(state)?.report;
    if (!report || this.shown.revealAll(report)) return;
    this.submitting = true;
    try {
      const submitted = await this.dossier.submit(state, (engine) => new Error(this.t.status[engine.state.status]));
      this.shown.clear();
      // The send button is gone with the draft: the focus goes to the receipt, which is read.
      void this.focusing.move(['#receipt']);
      this.dispatchEvent(new QmiSubmitEvent(submitted));
    } catch (error) {
      const issues = (error as { issues?: Issue[] }).issues;
      if (issues?.length) await this.shown.list(issues);
      else this.dispatchEvent(new QmiErrorEvent(asError(error)));
    } finally {
      this.submitting = false;
    }
  }

  override render() {
    // The live region first and in every state, so that it is in the page before its first message.
    return html`${this.announcer.region()}
          ${renderForm(this.formHost(), this.dossier.state)}`;
  }

  /**
   * The call's questions, shown while no dossier is open (before sign-in, and while it loads): the same
   * first render on a server and in the browser, whatever the browser knows of a session.
   */
  private outline(): FormHost['outline'] {
    const definition = this.definition;
    return definition?.id === this.call ? { definition, module: outlineModule } : undefined;
  }

  /**
   * Rendered on a server and hydrated: the first render, which lit hydrates, must be the server's, so the
   * outline's module (a chunk of its own) is here before it when the server rendered it (its title), as the checklist
   * does with its own. (Not `this.outline()`: lit gives back the properties set before the upgrade, such
   * as `definition`, only as the update starts.)
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.hasUpdated && !outlineModule && this.shadowRoot?.getElementById('form-title'))
      return this.outlinePart.load().then(() => super.scheduleUpdate());
    return super.scheduleUpdate();
  }

  /** What the templates see of the form at this render (see `FormHost`). */
  private formHost(): FormHost {
    return {
      element: this,
      clientSource: this.clientSource,
      lang: langOf(this),
      t: this.t,
      headingLevel: this.headingLevel,
      now: this.time.now,
      outline: this.outline(),
      loadOutline: () => void this.outlinePart.load(),
      sectionHref: this.sectionHref,
      commune: this.commune,
      submitting: this.submitting,
      shown: this.shown,
      focusing: this.focusing,
      people: this.people,
      uploader: this.uploader,
      picker: this.picker,
      rules: this.rules,
      review: this.review,
      continueUrl: () => globalThis.location?.href?.split('#')[0],
      snapshot: (state) => this.snapshots.get(state),
      onThisPage: (id) => this.onThisPage(id),
      focusField: (path) => this.focusField(path),
      reload: () => this.dossier.reload(),
      pick: (commune) => (this.commune = commune),
      create: (state) => void this.create(state),
      submit: (state) => void this.submit(state),
    };
  }
}
