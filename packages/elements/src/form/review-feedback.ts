import { Task } from '@lit/task';
import {
  type AdviceRequest,
  type ApplicationStatus,
  type Decision,
  isEditable,
  NotFoundError,
  type QmiClient,
  type SectionComment,
} from '@qmi/core';
import type { ReactiveController, ReactiveElement } from 'lit';
import { translate } from '../i18n/translate.js';
import type { FocusTargets } from './focus.js';
import { REVIEW_MESSAGES, type ReviewMessages } from './review-feedback.messages.js';

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

export const ADVICE_DIALOG = 'advice-dialog';
export const ADVICE_BUTTON = 'advice-ask';
export const ADVICE_STATUS = 'advice-status';
export const ADVICE_MESSAGE = 'advice-message';
export const commentId = (comment: SectionComment) => `comment-${comment.id}`;

export interface ReviewFeedbackOptions {
  client(): QmiClient | undefined;
  /** The open dossier's id and status (none while loading). */
  dossier(): { id: string; status: ApplicationStatus } | undefined;
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
  /** The latest load, with what the person's actions changed since. */
  private data: Feedback = EMPTY;

  readonly task: Task<readonly [QmiClient | undefined, string | undefined, ApplicationStatus | undefined], Feedback>;

  constructor(
    readonly host: ReactiveElement,
    private readonly options: ReviewFeedbackOptions,
  ) {
    host.addController(this);
    this.task = new Task(host, {
      args: () => [options.client(), options.dossier()?.id, options.dossier()?.status] as const,
      task: async ([client, id, status], { signal }) => {
        if (!client || !id || !status) return EMPTY;
        const editable = isEditable(status);
        const [decisions, comments, advice] = await Promise.all([
          DECIDED_STATUSES.includes(status) ? orEmpty(client.dossiers.decisions(id, { signal })) : [],
          editable ? orEmpty(client.advice.comments(id, { signal })) : [],
          editable ? orEmpty(client.advice.list(id, { signal })) : [],
        ]);
        return { decisions, comments, advice };
      },
      onComplete: (feedback) => (this.data = feedback),
    });
  }

  get t(): ReviewMessages {
    return translate(this.host, REVIEW_MESSAGES);
  }

  /** What is known so far (nothing while the first load is on its way or failed). */
  get feedback(): Feedback {
    return this.data;
  }

  /** The latest request for changes, when the dossier is back with the commune. */
  get changesRequested(): Decision | undefined {
    return this.options.dossier()?.status === 'changes_requested'
      ? this.feedback.decisions.findLast((decision) => decision.action === 'request_changes')
      : undefined;
  }

  /** The fields and sections the organisers asked to change (while the dossier is back with the commune). */
  get requested(): ReadonlySet<string> {
    return new Set(this.changesRequested?.fields ?? []);
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

  async sendAdviceRequest(): Promise<void> {
    const client = this.options.client();
    const dossier = this.options.dossier();
    const dialog = this.dialog;
    if (!client || !dossier || !dialog || dialog.busy) return;
    const t = this.t;
    const message = dialog.message.trim();
    if (!message) {
      this.dialog = { ...dialog, error: t.adviceEmpty };
      this.host.requestUpdate();
      void this.options.moveFocus([`#${ADVICE_MESSAGE}`]);
      return;
    }
    this.dialog = { ...dialog, error: undefined, busy: true };
    this.host.requestUpdate();
    try {
      const request = await client.advice.request(dossier.id, { message });
      const advice = [...this.data.advice.filter((item) => item.id !== request.id), request];
      this.data = { ...this.data, advice };
      this.dialog = undefined;
      void this.options.moveFocus([`#${ADVICE_STATUS}`], t.adviceSent);
    } catch {
      this.dialog = { ...dialog, error: t.adviceFailed, busy: false };
      void this.options.moveFocus([`#${ADVICE_MESSAGE}`]);
    } finally {
      this.host.requestUpdate();
    }
  }

  async resolve(comment: SectionComment): Promise<void> {
    const client = this.options.client();
    const dossier = this.options.dossier();
    if (!client || !dossier || this.resolving) return;
    const t = this.t;
    this.resolving = comment.id;
    this.resolveError = undefined;
    this.host.requestUpdate();
    try {
      const resolved = await client.advice.resolve(dossier.id, comment.id);
      const comments = this.data.comments.map((item) => (item.id === resolved.id ? resolved : item));
      this.data = { ...this.data, comments };
      this.resolving = undefined;
      // The button is gone: the focus goes to the comment, which now says it was dealt with.
      void this.options.moveFocus([`#${commentId(comment)}`], t.resolved);
    } catch {
      this.resolving = undefined;
      this.resolveError = { id: comment.id, message: t.resolveFailed };
      this.host.requestUpdate();
    }
  }
}
