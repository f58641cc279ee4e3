// "Demander un avis aux organisateurs": before the deadline, the commune asks the organisers to read
// its draft (a modal dialog with its message); the open request's state shows until they answer.
import { html, nothing } from 'lit';
import { heading } from '../a11y/heading.js';
import { reviewDate } from './review-banners.js';
import { ADVICE_BUTTON, ADVICE_DIALOG, ADVICE_MESSAGE, ADVICE_STATUS, type ReviewFeedback } from './review-feedback.js';
import type { FormView } from './view.js';

function renderDialog(review: ReviewFeedback) {
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
      void review.sendAdviceRequest();
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

/** The "Accompagnement" part, before the send step of a dossier the commune can still change (not a `.section`: not a part of the dossier a page may choose). */
export function renderAdvice(view: FormView, review: ReviewFeedback) {
  const t = review.t;
  const requests = review.feedback.advice;
  const open = requests.find((request) => request.status === 'open');
  const answered = requests.findLast((request) => request.status === 'answered' && request.answeredAt);
  return html`<section class="review-advice" id="advice" aria-labelledby="title-advice" part="review-advice">
    ${view.heading(1, t.adviceTitle, 'title-advice')}
    <p>${t.adviceIntro}</p>
    ${
      open
        ? html`<p class="notice" id=${ADVICE_STATUS} tabindex="-1">${t.adviceOpen(reviewDate(view, open.createdAt))}</p>`
        : answered?.answeredAt
          ? html`<p class="notice" id=${ADVICE_STATUS} tabindex="-1">${t.adviceAnswered(reviewDate(view, answered.answeredAt))}</p>`
          : nothing
    }
    ${open ? nothing : html`<button type="button" id=${ADVICE_BUTTON} part="button secondary" @click=${() => review.openDialog()}>${t.adviceAsk}</button>`}
    ${renderDialog(review)}
  </section>`;
}
