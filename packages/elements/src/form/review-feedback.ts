import { Task } from '@lit/task';
import {
  type AdviceRequest,
  type ApplicationStatus,
  type Decision,
  isEditable,
  NotFoundError,
  type SectionComment,
} from '@qmi/core';
import { nothing, type ReactiveController, type ReactiveElement } from 'lit';
import { translate } from '../i18n/translate.js';
import type { FocusTargets } from './focus.js';
import { LazyPart, partFailure, renderPart } from './lazy-part.js';
import type { ReviewMessages } from './review-feedback.messages.js';
import type { FormView } from './view.js';
import type { FormClient } from './form.client.js';

/** What the organisers said to the commune about its dossier. */
export interface Feedback {
  /** Oldest first, as the platform lists them. */
  decisions: Decision[];
  comments: SectionComment[];
  advice: AdviceRequest[];
}

/** The statuses that follow an organisers' decision, whose form shows it. */
export const DECIDED_STATUSES: readonly ApplicationStatus[] = [
  'changes_requested',
  'eligible',
  'ineligible',
  'selected',
  'not_selected',
];

/** The request-for-advice dialog while open: what is typed, its refusal, whether it is on its way. */
export interface AdviceDialog {
  message: string;
  error: string | undefined;
  busy: boolean;
}

/** The statuses whose form shows the organisers' banner from its first render (their decision, or the changes they asked for). */
const BANNER_STATUSES = new Set(DECIDED_STATUSES);

/** Whether the form shows the organisers' decision at the top (and no generic "cannot be changed" notice). */
export const hasDecisionBanner = (status: ApplicationStatus) =>
  status !== 'changes_requested' && BANNER_STATUSES.has(status);

/** Where a banner stands in the form before its chunk is there: about its usual height, so that nothing jumps. */
const BANNER_HEIGHT = '12rem';

export const ADVICE_DIALOG = 'advice-dialog';
export const ADVICE_BUTTON = 'advice-ask';
export const ADVICE_STATUS = 'advice-status';
export const ADVICE_MESSAGE = 'advice-message';
export const commentId = (comment: SectionComment) => `comment-${comment.id}`;

export interface ReviewFeedbackOptions {
  client(): FormClient | undefined;
  /** The open dossier's id and status (none while loading). */
  dossier(): { id: string; status: ApplicationStatus } | undefined;
  /** The dossier shown once painted (see `PaintedDossier`): the feedback is asked for after the dossier's first frame. */
  painted(): string | undefined;
  /** After an action and its render: the focus goes to the first target there, then the message is said. */
  moveFocus(targets: FocusTargets, message?: string): Promise<void>;
}

const EMPTY: Feedback = { decisions: [], comments: [], advice: [] };

/** A list the platform does not have (404: an older platform, or no access any more) is an empty one. */
const orEmpty = async <T>(list: Promise<T[]>): Promise<T[]> =>
  list.catch((error: unknown) => {
    if (error instanceof NotFoundError) return [];
    throw error;
  });

/**
 * The organisers' side as the commune sees it in its form (issue 16): the decisions (changes requested
 * with the fields named, eligibility, selection), the organisers' comments per section with "Marquer
 * comme traité", and the request for advice before the deadline. Loaded only for what the dossier's
 * status can have: a draft has no decision, a submitted dossier takes no more advice.
 */
export class ReviewFeedback implements ReactiveController {
  dialog: AdviceDialog | undefined;
  /** The comment being marked as dealt with. */
  resolving: string | undefined;
  /** Why the last "Marquer comme traité" failed, shown next to that comment. */
  resolveError: { id: string; message: string } | undefined;
  /** The latest load, with what the person's actions changed since (see review-actions.ts). */
  private data: Feedback = EMPTY;
  /** The templates and strings of the feedback: a chunk of their own, loaded only when there is feedback to show (see `review.part.ts`). */
  private readonly views: LazyPart<typeof import('./review.part.js')>;

  readonly task: Task<readonly [FormClient | undefined, string | undefined, ApplicationStatus | undefined], Feedback>;

  constructor(
    readonly host: ReactiveElement,
    /** Read by the actions (review-actions.ts, in the feedback's chunk). */
    readonly options: ReviewFeedbackOptions,
  ) {
    host.addController(this);
    this.views = new LazyPart(host, () => import('./review.part.js'));
    this.task = new Task(host, {
      args: () => {
        const dossier = options.dossier();
        const id = dossier && dossier.id === options.painted() ? dossier.id : undefined;
        // The status only with the id: a dossier shown but not yet painted changes no argument, so the task
        // does not run for nothing, its empty answer updating the whole form again before its first frame.
        return [options.client(), id, id === undefined ? undefined : dossier?.status] as const;
      },
      task: async ([client, id, status], { signal }) => {
        if (!client || !id || !status) return EMPTY;
        const editable = isEditable(status);
        const [decisions, comments, advice] = await Promise.all([
          DECIDED_STATUSES.includes(status) ? orEmpty(client.dossiers.decisions(id, { signal })) : [],
          editable ? orEmpty(client.advice.comments(id, { signal })) : [],
          editable ? orEmpty(client.advice.list(id, { signal })) : [],
        ]);
        // Shown with its templates: what the organisers said appears at once, complete.
        if (decisions.length || comments.length || advice.length) await this.views.load();
        return { decisions, comments, advice };
      },
      onComplete: (feedback) => (this.data = feedback),
    });
  }

  /** The feedback's strings: only read once its chunk is there (everything that shows them waits for it). */
  get t(): ReviewMessages {
    const views = this.views.value;
    if (!views) throw new Error('The organisers’ feedback is read before its module was loaded.');
    return translate(this.host, views.REVIEW_MESSAGES);
  }

  /**
   * Before the first render of a dossier: loads the feedback's chunk when its status shows a banner
   * from the start (the form waits for it, as it waits for the dossier). Never rejects: offline, the
   * banner's place says so and it comes once the connection is back.
   */
  prepare(status: ApplicationStatus): Promise<void> {
    return BANNER_STATUSES.has(status) ? this.views.load() : Promise.resolve();
  }

  /** The organisers' banner at the top of the form (their decision, or the changes they asked for), if the status has one. */
  banner(view: FormView) {
    if (!BANNER_STATUSES.has(view.engine.application.status)) return nothing;
    return renderPart(this.views, (views) => views.renderReviewBanner(view, this), BANNER_HEIGHT);
  }

  /** Beside a section: the marker of a section to change and the organisers' comments on it (nothing when there are none). */
  sectionFeedback(view: FormView, sectionId: string, sectionTitle: string) {
    const views = this.views.value;
    return views ? views.renderSectionFeedback(view, this, sectionId, sectionTitle) : nothing;
  }

  /** The state of the latest request for advice, when there is one. */
  adviceState(view: FormView) {
    const views = this.views.value;
    return views && this.data.advice.length ? views.renderAdviceState(view, this) : nothing;
  }

  /** The request-for-advice dialog, while open (asked for before its module is there: it opens when the module arrives). */
  dialogView() {
    return this.dialog
      ? renderPart(
          this.views,
          (views) => views.renderDialog(this),
          '0',
          () => partFailure(this.views, true),
        )
      : nothing;
  }

  /** What is known so far (nothing while the first load is on its way or failed). */
  get feedback(): Feedback {
    return this.data;
  }

  /** What an action changed (a request sent, a comment dealt with), kept until the next load. */
  record(change: Partial<Feedback>): void {
    this.data = { ...this.data, ...change };
  }

  /** The latest request for changes, when the dossier is back with the commune. */
  get changesRequested(): Decision | undefined {
    return this.options.dossier()?.status === 'changes_requested'
      ? this.feedback.decisions.findLast((decision) => decision.action === 'request_changes')
      : undefined;
  }

  /** The fields and sections the organisers asked to change (while the dossier is back with the commune). */
  get requested(): ReadonlySet<string> {
    // Named with the feedback's own words, so not before its chunk is there.
    return new Set(this.views.value ? (this.changesRequested?.fields ?? []) : []);
  }

  hostUpdated(): void {
    // A modal dialog is opened with showModal() once it is in the shadow root (the browser traps the focus in it).
    const dialog = this.host.renderRoot.querySelector<HTMLDialogElement>(`#${ADVICE_DIALOG}`);
    if (dialog && !dialog.open) dialog.showModal();
  }

  openDialog(): void {
    this.dialog = { message: '', error: undefined, busy: false };
    this.host.requestUpdate();
  }

  /** Cancelled (the button, or Escape): the focus goes back to the button that opened it. */
  closeDialog(): void {
    if (!this.dialog || this.dialog.busy) return;
    this.dialog = undefined;
    void this.options.moveFocus([`#${ADVICE_BUTTON}`]);
  }

  type(message: string): void {
    if (this.dialog) this.dialog = { ...this.dialog, message };
    this.host.requestUpdate();
  }
}
