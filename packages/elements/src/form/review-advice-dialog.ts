// The request-for-advice dialog and the state of the latest request: part of the organisers' feedback
// chunk (review.part.ts), loaded when the person opens the dialog or the dossier has a request.
import { html, nothing } from 'lit';
import { heading } from '../a11y/heading.js';
import { reviewDate } from './review-banners.js';
import { sendAdviceRequest } from './review-actions.js';
import { ADVICE_DIALOG, ADVICE_MESSAGE, ADVICE_STATUS, type ReviewFeedback } from './review-feedback.js';
import type { FormView } from './view.js';

/** The request-for-advice dialog, while open (a modal `<dialog>`: see `ReviewFeedback.hostUpdated`). */
export function renderDialog(review: ReviewFeedback) {
  const dialog = review.dialog;
  if (!dialog) return nothing;
  const t = review.t;
  const describedBy = [`${ADVICE_MESSAGE}-hint`, dialog.error ? `${ADVICE_MESSAGE}-error` : '']
    .filter(Boolean)
    .join(' ');
  return html`<dialog id=${ADVICE_DIALOG} class="review-dialog" aria-labelledby="${ADVICE_DIALOG}-title" part="dialog"
    @cancel=${(event: Event) => {
      // Escape closes the dialog, unless the request is on its way.
      event.preventDefault();
      review.closeDialog();
    }}>
    ${heading(2, t.adviceDialogTitle, { id: `${ADVICE_DIALOG}-title` })}
    <form novalidate @submit=${(event: SubmitEvent) => {
      event.preventDefault();
      void sendAdviceRequest(review);
    }}>
      <div class="field ${dialog.error ? 'field--error' : ''}" part="field">
        <label for=${ADVICE_MESSAGE} part="label">${t.adviceMessage}</label>
        <p class="hint" id="${ADVICE_MESSAGE}-hint" part="hint">${t.adviceHint}</p>
        ${dialog.error ? html`<p class="error" id="${ADVICE_MESSAGE}-error" part="error"><span class="visually-hidden">${t.errorPrefix}</span> ${dialog.error}</p>` : nothing}
        <textarea id=${ADVICE_MESSAGE} part="input textarea" rows="5" maxlength="4000" .value=${dialog.message}
          aria-describedby=${describedBy} aria-invalid=${dialog.error ? 'true' : 'false'}
          @input=${(event: Event) => review.type((event.target as HTMLTextAreaElement).value)}></textarea>
      </div>
      <div class="review-dialog__actions">
        <button type="submit" part="button primary" aria-disabled=${dialog.busy ? 'true' : 'false'}>${dialog.busy ? t.adviceSending : t.adviceSend}</button>
        <button type="button" part="button secondary" @click=${() => review.closeDialog()}>${t.adviceCancel}</button>
      </div>
    </form>
  </dialog>`;
}

/** Where the latest request stands: asked (the organisers will answer here), or answered. */
export function renderAdviceState(view: FormView, review: ReviewFeedback) {
  const t = review.t;
  const requests = review.feedback.advice;
  const open = requests.find((request) => request.status === 'open');
  const answered = requests.findLast((request) => request.status === 'answered' && request.answeredAt);
  return open
    ? html`<p class="notice" id=${ADVICE_STATUS} tabindex="-1">${t.adviceOpen(reviewDate(view, open.createdAt))}</p>`
    : answered?.answeredAt
      ? html`<p class="notice" id=${ADVICE_STATUS} tabindex="-1">${t.adviceAnswered(reviewDate(view, answered.answeredAt))}</p>`
      : nothing;
}
