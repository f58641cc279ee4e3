// "Demander un avis aux organisateurs": before the deadline, the commune asks the organisers to read
// its draft (a modal dialog with its message); the open request's state shows until they answer.
// This part is on every draft's page, so it is small and loaded with the form; the dialog and the
// request's state come with the organisers' feedback chunk (see ReviewFeedback), when they are needed.
import { html, nothing } from 'lit';
import { translate } from '../i18n/translate.js';
import { ADVICE_ASK_MESSAGES } from './review-advice.messages.js';
import { ADVICE_BUTTON, type ReviewFeedback } from './review-feedback.js';
import type { FormView } from './view.js';

/** The "Accompagnement" part, before the send step of a dossier the commune can still change (not a `.section`: not a part of the dossier a page may choose). */
export function renderAdvice(view: FormView, review: ReviewFeedback) {
  const t = translate(review.host, ADVICE_ASK_MESSAGES);
  const open = review.feedback.advice.some((request) => request.status === 'open');
  return html`<section class="review-advice" id="advice" aria-labelledby="title-advice" part="review-advice">
    ${view.heading(1, t.adviceTitle, 'title-advice')}
    <p>${t.adviceIntro}</p>
    ${review.adviceState(view)}
    ${open ? nothing : html`<button type="button" id=${ADVICE_BUTTON} part="button secondary" @click=${() => review.openDialog()}>${t.adviceAsk}</button>`}
    ${review.dialogView()}
  </section>`;
}
