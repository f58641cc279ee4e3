import { Task } from '@lit/task';
import { ApiError } from '@qmi/core';
import { html, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Announcer } from '../a11y/announcer.js';
import { QmiApiElement } from '../context/api-element.js';
import { connectionProblem } from '../i18n/connection.js';
import { langOf } from '../i18n/lang.js';
import { problemText } from '../i18n/problem-text.js';
import { translate } from '../i18n/translate.js';
import { commentIds } from './dossier-view.comments.js';
import { saveDownload } from '../files/save-download.js';
import { QmiSectionCommentEvent } from './dossier-view.events.js';
import type { CommentDraft, DossierViewHost, DownloadTarget, Loaded, ViewerMode } from './dossier-view.host.js';
import { DOSSIER_VIEW_MESSAGES, type DossierViewMessages } from './dossier-view.messages.js';
import { renderDossier } from './dossier-view.render.js';
import { dossierViewStyles } from './dossier-view.styles.js';
import { DOSSIER_VIEW_RESOURCES, type DossierViewClient } from './dossier-view.client.js';
import { ClientSource } from '../context/client-source.js';

/**
 * A dossier, read-only, for everyone who may read it: the commune after submission, organisers and
 * the reviewers assigned to it. Every section of the call's form with its labels and answers
 * (repeatable groups as numbered lists, partners included), the documents with their download and
 * SHA-256 fingerprint, a ZIP of them all, the submission receipts (« récépissé de dépôt », PDF), and
 * the dossier's history (who did what, when) for the commune and organisers. Organisers comment on
 * each section while the commune's request for advice is open, or at any time on a draft; the commune
 * sees those comments next to the section in its form.
 *
 * It prints as a paper dossier (black on white, no buttons, each link followed by its address, a page
 * per section); `print-preview` shows that on screen.
 *
 * ```html
 * <qmi-session api-base="https://plateforme.example">
 *   <qmi-dossier-view application-id="app_…"></qmi-dossier-view>
 * </qmi-session>
 * ```
 *
 * Accessibility: one heading for the dossier and one per section (`heading-level` fits them into the
 * page), answers as description lists, the history as a table with a caption; the results of
 * downloads and comments are said in one polite live region; a refused comment says why beside its
 * field, which takes the focus.
 *
 * @summary A dossier, read-only: sections, documents, receipts, history, organisers' comments.
 *
 * @fires {QmiSectionCommentEvent} qmi-section-comment - An organiser published a comment on a section (`event.comment`).
 *
 * @csspart dossier - The whole dossier.
 * @csspart header - Its heading, status, dates and actions.
 * @csspart heading - The dossier's heading.
 * @csspart status - The dossier's status tag.
 * @csspart download-status - How the last download went, under the actions.
 * @csspart notice - The commune's open request for advice (organisers).
 * @csspart actions - The print and ZIP buttons.
 * @csspart section - A section (also `receipts`, `history`).
 * @csspart receipts - The receipts' section (also `section`).
 * @csspart history - The history's section (also `section`).
 * @csspart history-scroller - The box around the history's table, which scrolls sideways on a narrow screen.
 * @csspart history-table - The history's table.
 * @csspart file - A document or receipt (also `receipt`).
 * @csspart receipt - A receipt (also `file`).
 * @csspart link - The download link of a document or receipt.
 * @csspart comments - The organisers' comments on one section, and the field to write one.
 * @csspart comment - One comment.
 * @csspart form - The field to write a comment.
 * @csspart textarea - The comment's text.
 * @csspart error-message - Why a comment was refused.
 * @csspart button - Every button (also `primary`).
 * @csspart primary - The comment's button (also `button`).
 *
 * @cssproperty --qmi-color-primary - links, the status tag, buttons, the comments' edge
 * @cssproperty --qmi-color-on-primary - text of the primary button
 * @cssproperty --qmi-color-ink - text
 * @cssproperty --qmi-color-muted - the call's title, details, fingerprints, unanswered fields
 * @cssproperty --qmi-color-surface - fields and buttons
 * @cssproperty --qmi-color-surface-raised - comments and notices
 * @cssproperty --qmi-color-border - fields; the lines between sections
 * @cssproperty --qmi-color-error - a refused comment
 * @cssproperty --qmi-font-family - text
 * @cssproperty --qmi-font-size - text
 * @cssproperty --qmi-font-size-small - details and fingerprints
 * @cssproperty --qmi-line-height - text
 * @cssproperty --qmi-font-weight-strong - labels, links, buttons
 * @cssproperty --qmi-space-xs - inside entries
 * @cssproperty --qmi-space-s - between entries
 * @cssproperty --qmi-space-m - inside sections
 * @cssproperty --qmi-space-l - between sections
 * @cssproperty --qmi-space-xl - between the dossier's facts
 * @cssproperty --qmi-radius - buttons, fields, the status tag
 * @cssproperty --qmi-focus-ring-color - the focus ring of every control
 * @cssproperty --qmi-focus-ring-width - the focus ring of every control
 * @cssproperty --qmi-focus-ring-offset - the focus ring of every control
 */
export class QmiDossierView extends QmiApiElement {
  protected readonly clientSource = new ClientSource(this, DOSSIER_VIEW_RESOURCES);
  static override styles = dossierViewStyles;

  /** The dossier's id. */
  @property({ attribute: 'application-id' }) applicationId = '';
  /** The level of the dossier's heading (2 by default); its sections use the next level. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  /** Shows the dossier as it prints (black on white, no buttons, the links' addresses). */
  @property({ attribute: 'print-preview', type: Boolean, reflect: true }) printPreview = false;

  @state() private loaded: Loaded | undefined;
  @state() private drafts: Record<string, CommentDraft> = {};
  @state() private busy: string | undefined;
  /** How the last download went, shown under the actions (and said in the live region). */
  @state() private downloadStatus = '';

  private readonly announcer = new Announcer(this);
  /** The id of the element to focus after the next render. */
  private focusId: string | undefined;

  private readonly loading = new Task(this, {
    args: () => [this.clientSource.client, this.clientSource.signedIn, this.applicationId] as const,
    task: async ([client, signedIn, id], { signal }) => {
      this.loaded = undefined;
      if (!client || !signedIn || !id) return undefined;
      const [account, application] = await Promise.all([
        client.auth.me({ signal }),
        client.applications.get(id, { signal }),
      ]);
      const mode: ViewerMode =
        account.role === 'organiser' ? 'organiser' : account.role === 'reviewer' ? 'reviewer' : 'applicant';
      // A part that fails leaves the rest readable: it says so where it would be (null).
      const part = <T>(promise: Promise<T>): Promise<T | null> =>
        promise.catch((error: unknown) => {
          if (signal.aborted) throw error;
          return null;
        });
      const [call, receipts, history, comments, advice] = await Promise.all([
        client.calls.get(application.callId, { signal }),
        application.status === 'draft' ? Promise.resolve([]) : part(client.dossiers.receipts(id, { signal })),
        // Reviewers see the dossier, not its people's doings nor the advice given to the commune.
        mode === 'reviewer' ? Promise.resolve(undefined) : part(client.applications.history(id, { signal })),
        mode === 'reviewer' ? Promise.resolve(undefined) : part(client.advice.comments(id, { signal })),
        mode === 'organiser' ? part(client.advice.list(id, { signal })) : Promise.resolve(null),
      ]);
      const open = advice?.find((request) => request.status === 'open');
      this.loaded = {
        mode,
        call,
        application,
        receipts,
        history,
        comments,
        adviceOpenSince: open?.createdAt,
      };
      return this.loaded;
    },
  });

  private get t(): DossierViewMessages {
    return translate(this, DOSSIER_VIEW_MESSAGES);
  }

  private get api(): DossierViewClient | undefined {
    return this.clientSource.client;
  }

  /** The person's words for a failure: the connection, the platform's problem, or a generic one. */
  private failure(error: unknown): string {
    return connectionProblem(this, error, this.api?.baseUrl) ?? problemText(error, langOf(this)) ?? this.t.unexpected;
  }

  private async download(event: Event, target: DownloadTarget): Promise<void> {
    // The link's address needs the bearer token, which a plain link cannot carry.
    event.preventDefault();
    const client = this.api;
    const loaded = this.loaded;
    const key = target.kind === 'document' ? target.document.id : target.receipt.id;
    if (!client || !loaded || this.busy) return;
    this.busy = key;
    try {
      const id = loaded.application.id;
      const file =
        target.kind === 'document'
          ? await client.documents.content(id, target.document.id)
          : await client.dossiers.receiptPdf(id, target.receipt.id);
      const fallback =
        target.kind === 'document' ? target.document.filename : `recepisse-${target.receipt.commune}.pdf`;
      this.said(this.t.downloaded(saveDownload(file, fallback)));
    } catch (error) {
      this.said(this.failure(error));
    } finally {
      this.busy = undefined;
    }
  }

  private async zip(): Promise<void> {
    const client = this.api;
    const loaded = this.loaded;
    if (!client || !loaded || this.busy) return;
    this.busy = 'zip';
    try {
      const file = await client.dossiers.zip(loaded.application.id);
      this.said(this.t.downloaded(saveDownload(file, `dossier-${loaded.application.commune}.zip`)));
    } catch (error) {
      this.said(this.failure(error));
    } finally {
      this.busy = undefined;
    }
  }

  private said(message: string): void {
    this.downloadStatus = message;
    this.announcer.announce(message);
  }

  private editComment(sectionId: string, text: string): void {
    this.drafts = { ...this.drafts, [sectionId]: { ...this.drafts[sectionId], text } };
  }

  /** Publishes a section's comment; a refusal is said beside the field, which takes the focus. */
  private async publishComment(sectionId: string, sectionTitle: string): Promise<void> {
    const client = this.api;
    const loaded = this.loaded;
    const draft = this.drafts[sectionId] ?? { text: '' };
    if (!client || !loaded || draft.busy) return;
    const refuse = (error: string) => {
      this.drafts = { ...this.drafts, [sectionId]: { text: draft.text, error } };
      this.focusId = commentIds(sectionId).field;
    };
    if (!draft.text.trim()) return refuse(this.t.commentRequired);
    this.drafts = { ...this.drafts, [sectionId]: { text: draft.text, busy: true } };
    try {
      const comment = await client.advice.comment(loaded.application.id, { sectionId, text: draft.text.trim() });
      if (this.loaded) this.loaded = { ...this.loaded, comments: [...(this.loaded.comments ?? []), comment] };
      this.drafts = { ...this.drafts, [sectionId]: { text: '' } };
      this.announcer.announce(this.t.commentPublished(sectionTitle));
      this.dispatchEvent(new QmiSectionCommentEvent(comment));
    } catch (error) {
      refuse(
        error instanceof ApiError && error.fieldErrors.length
          ? error.fieldErrors.map((field) => field.message).join(' ')
          : this.failure(error),
      );
    }
  }

  protected override updated(): void {
    if (!this.focusId) return;
    const target = this.renderRoot.querySelector<HTMLElement>(`#${this.focusId}`);
    this.focusId = undefined;
    target?.focus();
  }

  private host(loaded: Loaded): DossierViewHost {
    const { mode, application } = loaded;
    return {
      t: this.t,
      lang: langOf(this),
      mode,
      level: this.headingLevel,
      loaded,
      baseUrl: this.api?.baseUrl ?? '',
      busy: this.busy,
      downloadStatus: this.downloadStatus,
      canComment: mode === 'organiser' && (application.status === 'draft' || loaded.adviceOpenSince !== undefined),
      drafts: this.drafts,
      download: (event, target) => void this.download(event, target),
      zip: () => void this.zip(),
      print: () => globalThis.print(),
      editComment: (sectionId, text) => this.editComment(sectionId, text),
      publishComment: (sectionId, title) => void this.publishComment(sectionId, title),
    };
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const loaded = this.loaded;
    const body = loaded
      ? renderDossier(this.host(loaded))
      : this.loading.render({
          initial: () => html`<p>${this.clientSource.signedIn ? t.loading : t.signedOut}</p>`,
          pending: () => html`<p>${t.loading}</p>`,
          complete: () => html`<p>${t.signedOut}</p>`,
          error: (error) => this.renderFailure(error),
        });
    return html`${this.announcer.region()} ${body}`;
  }

  private renderFailure(error: unknown): TemplateResult {
    const t = this.t;
    // Not found, or not for this person (the platform answers 404 alike): nothing to retry.
    if (error instanceof ApiError && error.status === 404)
      return html`<p class="failure" role="alert">${t.notFound}</p>`;
    if (error instanceof ApiError && error.status === 403)
      return html`<p class="failure" role="alert">${problemText(error, langOf(this)) ?? t.notFound}</p>`;
    return html`<div class="failure" role="alert">
      <p>${connectionProblem(this, error, this.api?.baseUrl) ?? t.failed}</p>
      <button part="button" class="button" type="button" @click=${() => void this.loading.run()}>${t.retry}</button>
    </div>`;
  }
}
