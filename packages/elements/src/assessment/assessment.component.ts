import { Task } from '@lit/task';
import { ApiError, type CriterionRating, type DecisionRequest } from '@qmi/core';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Announcer } from '../a11y/announcer.js';
import { heading, headingLevel } from '../a11y/heading.js';
import { SettledStatus } from '../a11y/settled-status.js';
import { type Draft, draft, formIds, refusal } from '../account/account.fields.js';
import { QmiApiElement } from '../context/api-element.js';
import { langOf } from '../i18n/lang.js';
import { translate } from '../i18n/translate.js';
import { renderSpread } from './assessment.committee.js';
import { renderDecision } from './assessment.decision.js';
import { DraftSaver } from './assessment.draft.js';
import { QmiAssessmentSubmitEvent, QmiConflictDeclareEvent, QmiDecisionEvent } from './assessment.events.js';
import { type AssessmentForm, type AssessmentHost, clockTime, day, FORMS, parisDate } from './assessment.host.js';
import { decisionsFrom, ruleReasons, unrated } from './assessment.logic.js';
import { ASSESSMENT_MESSAGES, type AssessmentMessages } from './assessment.messages.js';
import { renderAnnotations, renderAssignments, renderSynthesisEditor } from './assessment.organiser.js';
import { renderReviewer } from './assessment.reviewer.js';
import { type Loaded, load } from './assessment.state.js';
import { assessmentStyles } from './assessment.styles.js';
import { ASSESSMENT_RESOURCES, type AssessmentClient } from './assessment.client.js';
import { ClientSource } from '../context/client-source.js';

/** A refusal the element words itself (a criterion's name, the call's cap) for the form's error summary. */
class Refused extends Error {
  constructor(
    readonly errors: Record<string, string>,
    readonly formError?: string,
  ) {
    super(formError ?? Object.values(errors).join(' '));
  }
}

const freshForms = () => Object.fromEntries(FORMS.map((form) => [form, draft()])) as Record<AssessmentForm, Draft>;

/**
 * A dossier's assessment by the selection committee, on the call's criteria and scale.
 *
 * - **A reviewer** (a committee member or partner expert the dossier is assigned to) may first
 *   declare a conflict of interest (confirmed, then the dossier is closed to them). Otherwise, per
 *   criterion: its description, the guidance signals of `@qmi/validators` as evidence (what the
 *   dossier contains, never a score), a rating on the call's scale and a comment. The draft is saved
 *   as they go (debounced, guarded by its revision); "Envoyer mon évaluation" sends it once every
 *   criterion is rated, and only then are the other members' ratings and the spread shown (no anchoring).
 * - **An organiser** sees the reviewers assigned (assigns another among the active ones, removes
 *   one), every assessment per criterion with its spread (min, median, max: no average, no rank),
 *   writes the committee's synthesis and private notes (never shown to the commune), and decides
 *   within the lifecycle and the call's rules: request changes naming the fields, eligible, ineligible
 *   with reasons drawn from the rules, selected up to the call's maximum ("2 / 4 sélectionnées"), not
 *   selected; after a selection, the agreement's deadline and the date it was signed.
 *
 * ```html
 * <qmi-session api-base="https://plateforme.example">
 *   <qmi-assessment application-id="app_…"></qmi-assessment>
 * </qmi-session>
 * ```
 *
 * Accessibility: one section per part, each named by its heading; each criterion's scale is a group
 * of radios with its legend; a refused form lists its problems in an error summary that takes the
 * focus, each linking to its field; results are said in one polite live region, the draft's saving
 * only once it has settled.
 *
 * @summary The committee's assessment of a dossier: reviewers' ratings, spread, synthesis, notes and decision.
 *
 * @fires {QmiAssessmentSubmitEvent} qmi-assessment-submit - The reviewer sent their assessment (`event.assessment`).
 * @fires {QmiConflictDeclareEvent} qmi-conflict-declare - The reviewer declared a conflict of interest (`event.assignment`).
 * @fires {QmiDecisionEvent} qmi-decision - An organiser recorded a decision (`event.decision`, `event.application`).
 *
 * @csspart heading - The element's heading.
 * @csspart section - One part (conflict, criteria, committee, reviewers, synthesis, notes, decision).
 * @csspart criterion - One criterion of the reviewer's form.
 * @csspart form - A form.
 * @csspart field - A label, its hint, its error and its control.
 * @csspart input - A select or date input.
 * @csspart textarea - A comment, synthesis or note.
 * @csspart table - The ratings per criterion.
 * @csspart status - The draft's saving.
 * @csspart badge - The number of dossiers selected out of the call's maximum.
 * @csspart error-summary - The problems of a refused form; it takes focus.
 * @csspart button - Every button (also `primary`, `warning`).
 * @csspart primary - A form's main button: save, send, decide (also `button`).
 * @csspart warning - The button that declares a conflict of interest (also `button`).
 * @csspart done - The result of a form, under it.
 *
 * @cssproperty --qmi-color-primary - buttons, signals present, results
 * @cssproperty --qmi-color-on-primary - text of the primary buttons
 * @cssproperty --qmi-color-ink - text
 * @cssproperty --qmi-color-muted - hints
 * @cssproperty --qmi-color-surface - fields and buttons
 * @cssproperty --qmi-color-border - fields, tables; the lines between sections
 * @cssproperty --qmi-color-error - errors, the error summary, the conflict's button
 * @cssproperty --qmi-font-family - text
 * @cssproperty --qmi-font-size - text
 * @cssproperty --qmi-line-height - text
 * @cssproperty --qmi-font-weight-strong - labels, headings of the table, buttons
 * @cssproperty --qmi-space-xs - between a label and its field
 * @cssproperty --qmi-space-s - inside fields, cells and buttons
 * @cssproperty --qmi-space-m - between fields
 * @cssproperty --qmi-space-xl - between sections
 * @cssproperty --qmi-radius - fields, buttons and the error summary
 * @cssproperty --qmi-focus-ring-color - the focus ring of every control
 * @cssproperty --qmi-focus-ring-width - the focus ring of every control
 * @cssproperty --qmi-focus-ring-offset - the focus ring of every control
 */
export class QmiAssessment extends QmiApiElement {
  protected readonly clientSource = new ClientSource(this, ASSESSMENT_RESOURCES);
  static override styles = assessmentStyles;

  /** The dossier's id. */
  @property({ attribute: 'application-id' }) applicationId = '';
  /** The level of the element's heading (2 by default); its parts use the next levels. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  @state() private loaded: Loaded | undefined;
  @state() private forms = freshForms();
  @state() private done: Partial<Record<AssessmentForm, string>> = {};
  @state() private ratings: Record<string, CriterionRating> = {};
  @state() private conflictOpen = false;
  @state() private decisionFields: ReadonlySet<string> = new Set();
  @state() private decisionReasons: ReadonlySet<string> = new Set();

  private readonly announcer = new Announcer(this);
  private readonly settled = new SettledStatus(this, this.announcer);
  private focusId: string | undefined;

  private readonly saver = new DraftSaver(
    this,
    () => {
      const client = this.api;
      const id = this.applicationId;
      if (!client || !id) return undefined;
      return {
        save: (ratings, revision) => client.assessments.save(id, { ratings }, { ifMatch: revision }),
        reload: () => client.assessments.mine(id),
        now: () => client.clock.now(),
      };
    },
    (assessment) => {
      if (this.loaded?.phase === 'reviewer') this.loaded = { ...this.loaded, mine: assessment };
    },
  );

  private readonly loading = new Task(this, {
    args: () => [this.clientSource.client, this.clientSource.signedIn, this.applicationId] as const,
    task: async ([client, signedIn, id], { signal }) => {
      if (!client || !signedIn || !id) return undefined;
      const loaded = await load(client, id, signal);
      this.take(loaded);
      return loaded;
    },
  });

  private get t(): AssessmentMessages {
    return translate(this, ASSESSMENT_MESSAGES);
  }

  private get api(): AssessmentClient | undefined {
    return this.clientSource.client;
  }

  private take(loaded: Loaded): void {
    const first = this.loaded?.phase !== loaded.phase;
    this.loaded = loaded;
    if (loaded.phase === 'reviewer' && first) {
      this.ratings = structuredClone(loaded.mine.ratings);
      this.saver.reset(loaded.mine);
    }
    if (loaded.phase === 'organiser' && (first || !this.forms.synthesis.values['text']))
      this.set('synthesis', { values: { text: loaded.view.synthesis?.text ?? '' } });
  }

  /** Loads again (after an action), keeping what is shown meanwhile. */
  private async refresh(): Promise<void> {
    await this.loading.run();
  }

  private edit(form: AssessmentForm, name: string, value: string): void {
    const current = this.forms[form];
    this.forms = { ...this.forms, [form]: { ...current, values: { ...current.values, [name]: value } } };
  }

  private set(form: AssessmentForm, next: Partial<Draft>): void {
    this.forms = { ...this.forms, [form]: { ...this.forms[form], ...next } };
  }

  private refuse(form: AssessmentForm, errors: Record<string, string>, formError?: string): void {
    this.set(form, { errors, formError, details: [], busy: false });
    this.focusId = formIds(form).summary;
  }

  /**
   * Runs one form's action against the platform: the result under the form and in the live region,
   * or the refusal in the form's error summary (which takes the focus), field errors mapped by `fieldOf`.
   */
  private async run(
    form: AssessmentForm,
    action: (client: AssessmentClient) => Promise<string | undefined>,
    fieldOf: (path: string) => string | undefined = () => undefined,
  ): Promise<void> {
    const client = this.api;
    if (!client || this.forms[form].busy) return;
    this.set(form, { busy: true, errors: {}, formError: undefined });
    this.done = { ...this.done, [form]: undefined };
    try {
      const result = await action(client);
      this.set(form, { busy: false });
      if (result) {
        this.done = { ...this.done, [form]: result };
        this.announcer.announce(result);
      }
    } catch (error) {
      if (error instanceof Refused) return this.refuse(form, error.errors, error.formError);
      const shown = refusal(error, fieldOf, langOf(this), this, this.t.unexpected, client.baseUrl);
      this.refuse(form, shown.errors, shown.formError);
    }
  }

  private rate(criterionId: string, change: Partial<CriterionRating>): void {
    const current = this.ratings[criterionId] ?? { rating: null, comment: '' };
    this.ratings = { ...this.ratings, [criterionId]: { ...current, ...change } };
    const errors = { ...this.forms.rating.errors };
    if (change.rating != null && errors[criterionId]) {
      delete errors[criterionId];
      this.set('rating', { errors });
    }
    this.saver.change(this.ratings);
  }

  private declareConflict(): void {
    const t = this.t;
    const { reason = '', confirm } = this.forms.conflict.values;
    const errors: Record<string, string> = {};
    if (!reason.trim()) errors['reason'] = t.conflictReasonMissing;
    if (confirm !== 'yes') errors['confirm'] = t.conflictConfirmMissing;
    if (Object.keys(errors).length) return this.refuse('conflict', errors);
    void this.run(
      'conflict',
      async (client) => {
        const assignment = await client.assignments.declareConflict(this.applicationId, { reason: reason.trim() });
        this.loaded = { phase: 'conflict' };
        this.focusId = 'assessment-heading';
        this.dispatchEvent(new QmiConflictDeclareEvent(assignment));
        return t.conflictDeclared;
      },
      (path) => (path === 'reason' ? 'reason' : undefined),
    );
  }

  private submitAssessment(): void {
    const loaded = this.loaded;
    if (loaded?.phase !== 'reviewer') return;
    const t = this.t;
    const missingText = (id: string) => {
      const criterion = loaded.call.criteria.find((item) => item.id === id);
      return criterion ? t.ratingMissing(criterion.number, criterion.title[langOf(this)]) : id;
    };
    const missing = unrated(loaded.call, this.ratings);
    if (missing.length) return this.refuse('rating', Object.fromEntries(missing.map((id) => [id, missingText(id)])));
    void this.run('rating', async (client) => {
      await this.saver.flush();
      try {
        const assessment = await client.assessments.submit(this.applicationId);
        this.dispatchEvent(new QmiAssessmentSubmitEvent(assessment));
      } catch (error) {
        // 422 assessment_incomplete names each criterion left unrated (`ratings.<id>`): told as the form tells it.
        if (error instanceof ApiError && error.code === 'assessment_incomplete') {
          const ids = error.fieldErrors
            .map((item) => item.path.replace(/^ratings\./, '').split('.')[0] ?? '')
            .filter((id) => loaded.call.criteria.some((criterion) => criterion.id === id));
          throw new Refused(Object.fromEntries(ids.map((id) => [id, missingText(id)])));
        }
        throw error;
      }
      await this.refresh();
      this.focusId = 'criteria-title';
      return t.submittedAnnounce;
    });
  }

  private assign(): void {
    const reviewerId = this.forms.assign.values['reviewerId'] ?? '';
    if (!reviewerId) return this.refuse('assign', { reviewerId: this.t.assignChoose });
    const loaded = this.loaded;
    const email = loaded?.phase === 'organiser' ? loaded.reviewers.find((r) => r.id === reviewerId)?.email : undefined;
    void this.run('assign', async (client) => {
      await client.assignments.assign(this.applicationId, reviewerId);
      this.set('assign', { values: {} });
      await this.refresh();
      return this.t.assigned(email ?? reviewerId);
    });
  }

  private unassign(reviewerId: string, email: string): void {
    void this.run('assign', async (client) => {
      await client.assignments.unassign(this.applicationId, reviewerId);
      await this.refresh();
      this.focusId = 'reviewers-title';
      return this.t.unassigned(email);
    });
  }

  private saveSynthesis(): void {
    const text = this.forms.synthesis.values['text'] ?? '';
    void this.run(
      'synthesis',
      async (client) => {
        await client.assessments.writeSynthesis(this.applicationId, { text });
        await this.refresh();
        return this.t.synthesisSaved;
      },
      (path) => (path === 'text' ? 'text' : undefined),
    );
  }

  private addAnnotation(): void {
    const text = (this.forms.annotation.values['text'] ?? '').trim();
    if (!text) return this.refuse('annotation', { text: this.t.annotationMissing });
    void this.run(
      'annotation',
      async (client) => {
        await client.annotations.create(this.applicationId, { text });
        this.set('annotation', { values: {} });
        await this.refresh();
        return this.t.annotationAdded;
      },
      (path) => (path === 'text' ? 'text' : undefined),
    );
  }

  private removeAnnotation(annotationId: string): void {
    void this.run('annotation', async (client) => {
      await client.annotations.remove(this.applicationId, annotationId);
      await this.refresh();
      this.focusId = 'annotations-title';
      return this.t.annotationRemoved;
    });
  }

  private toggle(set: 'fields' | 'reasons', value: string, on: boolean): void {
    const next = new Set(set === 'fields' ? this.decisionFields : this.decisionReasons);
    if (on) next.add(value);
    else next.delete(value);
    if (set === 'fields') this.decisionFields = next;
    else this.decisionReasons = next;
  }

  private decide(): void {
    const loaded = this.loaded;
    if (loaded?.phase !== 'organiser') return;
    const t = this.t;
    const { comment = '', otherReason = '', action: chosen } = this.forms.decision.values;
    const action = decisionsFrom(loaded.application.status).find((item) => item === chosen);
    const fields = [...this.decisionFields];
    const reasons = [...this.decisionReasons, ...(otherReason.trim() ? [otherReason.trim()] : [])];
    const errors: Record<string, string> = {};
    if (!action) errors['action'] = t.actionMissing;
    if (action === 'request_changes' && !fields.length) errors['fields'] = t.fieldsMissing;
    if (action === 'declare_ineligible' && !reasons.length) errors['reasons'] = t.reasonsMissing;
    if (!action || Object.keys(errors).length) return this.refuse('decision', errors);
    const request: DecisionRequest = {
      action,
      ...(comment.trim() ? { comment: comment.trim() } : {}),
      ...(action === 'request_changes' ? { fields } : {}),
      ...(action === 'declare_ineligible' ? { reasons } : {}),
    };
    void this.run(
      'decision',
      async (client) => {
        try {
          const { decision, application } = await client.applications.decide(this.applicationId, request);
          this.dispatchEvent(new QmiDecisionEvent(decision, application));
        } catch (error) {
          // The cap was reached meanwhile (another organiser): say it in the call's terms, with the count.
          if (error instanceof ApiError && error.code === 'selection_cap_reached') {
            const max = Number(error.problem['maxSelected']) || loaded.call.maxSelected || 0;
            const selected = Number(error.problem['selected']);
            if (this.loaded?.phase === 'organiser' && Number.isFinite(selected))
              this.loaded = { ...this.loaded, selected };
            throw new Refused({}, t.capReached(max));
          }
          throw error;
        }
        this.decisionFields = new Set();
        this.decisionReasons = new Set();
        this.set('decision', { values: {} });
        await this.refresh();
        this.focusId = 'decision-title';
        return t.decided(t.actions[action]);
      },
      (path) => (path === 'fields' || path === 'reasons' ? path : undefined),
    );
  }

  private recordAgreement(): void {
    const client = this.api;
    const date = this.forms.agreement.values['signedAt'] ?? '';
    if (!client || !/^\d{4}-\d{2}-\d{2}$/.test(date))
      return this.refuse('agreement', { signedAt: this.t.agreementMissing });
    // A day, sent as an instant of that day in Paris: noon UTC, or the platform's now for today
    // (the platform refuses a signature in its future).
    const now = client.clock.now();
    const signedAt = date === parisDate(now) ? now.toISOString() : `${date}T12:00:00.000Z`;
    void this.run(
      'agreement',
      async (api) => {
        await api.dossiers.recordAgreement(this.applicationId, { signedAt });
        if (this.loaded?.phase === 'organiser') this.loaded = { ...this.loaded, agreementSignedAt: signedAt };
        await this.refresh();
        return this.t.agreementRecorded(day(signedAt, langOf(this)));
      },
      (path) => (path === 'signedAt' ? 'signedAt' : undefined),
    );
  }

  protected override updated(): void {
    const saving = this.saver.status;
    if (this.loaded?.phase === 'reviewer')
      this.settled.update(saving.state === 'saved' ? this.t.saved(clockTime(saving.at, langOf(this))) : undefined);
    if (!this.focusId) return;
    const target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(this.focusId)}`);
    this.focusId = undefined;
    target?.focus();
  }

  private host(): AssessmentHost {
    return {
      t: this.t,
      lang: langOf(this),
      level: this.headingLevel,
      forms: this.forms,
      done: this.done,
      ratings: this.ratings,
      saveStatus: this.saver.status,
      conflictOpen: this.conflictOpen,
      decisionFields: this.decisionFields,
      decisionReasons: this.decisionReasons,
      edit: (form, name, value) => this.edit(form, name, value),
      focus: (id) => {
        this.focusId = id;
        this.requestUpdate();
      },
      rate: (id, change) => this.rate(id, change),
      toggleConflict: (open) => {
        this.conflictOpen = open;
        this.focusId = open ? formIds('conflict').field('reason') : 'conflict-open';
      },
      declareConflict: () => this.declareConflict(),
      submitAssessment: () => this.submitAssessment(),
      assign: () => this.assign(),
      unassign: (id, email) => this.unassign(id, email),
      saveSynthesis: () => this.saveSynthesis(),
      addAnnotation: () => this.addAnnotation(),
      removeAnnotation: (id) => this.removeAnnotation(id),
      toggle: (set, value, on) => this.toggle(set, value, on),
      decide: () => this.decide(),
      recordAgreement: () => this.recordAgreement(),
    };
  }

  private renderLoaded(loaded: Loaded): TemplateResult {
    const host = this.host();
    const t = host.t;
    if (loaded.phase === 'conflict')
      return html`<p part="done" class="done">${t.conflictDeclared}</p>
        <p>${t.conflictDeclaredHelp}</p>`;
    if (loaded.phase === 'denied') return html`<p>${loaded.reason === 'role' ? t.notAllowed : t.noScale}</p>`;
    const { application, call, view } = loaded;
    const intro = html`<p class="hint">${t.dossierOf(application.commune, t.statuses[application.status] ?? application.status)}</p>`;
    if (loaded.phase === 'reviewer')
      return html`${intro} ${renderReviewer(host, call, application, loaded.mine, view)}`;
    return html`${intro} ${renderAssignments(host, loaded.assignments, loaded.reviewers)}
      ${call.assessmentScale ? renderSpread(host, call, view) : nothing}
      ${renderSynthesisEditor(host, view.synthesis?.updatedAt)}
      ${renderAnnotations(host, loaded.annotations, loaded.me.id)}
      ${renderDecision(host, {
        call,
        application,
        decisions: loaded.decisions,
        ruleReasons: ruleReasons(application, call, host.lang, this.api?.clock.now() ?? new Date()),
        selected: loaded.selected,
        agreementSignedAt: loaded.agreementSignedAt,
        today: parisDate(this.api?.clock.now() ?? new Date()),
      })}`;
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const loaded = this.loaded;
    const title = heading(headingLevel(this.headingLevel), t.title, {
      id: 'assessment-heading',
      className: 'heading',
      part: 'heading',
      tabindex: -1,
    });
    const body = loaded
      ? this.renderLoaded(loaded)
      : this.loading.render({
          initial: () => html`<p>${this.clientSource.signedIn ? t.loading : t.signedOut}</p>`,
          pending: () => html`<p>${t.loading}</p>`,
          complete: () => html`<p>${t.signedOut}</p>`,
          error: (error) => html`<div class="failure">
            <p>${error instanceof ApiError ? refusal(error, () => undefined, langOf(this), this, t.unexpected).formError : t.failed}</p>
            <button part="button" class="button" type="button" @click=${() => void this.loading.run()}>${t.retry}</button>
          </div>`,
        });
    return html`${this.announcer.region()} ${title} ${body}`;
  }
}
