// Beside each section of the commune's form: the organisers' marker when they asked to change it,
// and their comments on it (answers to a request for advice), each with "Marquer comme traité".
import type { SectionComment } from '@qmi/core';
import { html, nothing } from 'lit';
import { reviewDate } from './review-banners.js';
import { resolveComment } from './review-actions.js';
import { commentId, type ReviewFeedback } from './review-feedback.js';
import type { FormView } from './view.js';

function renderComment(view: FormView, review: ReviewFeedback, comment: SectionComment, sectionTitle: string) {
  const t = review.t;
  const busy = review.resolving === comment.id;
  const error = review.resolveError?.id === comment.id ? review.resolveError.message : undefined;
  return html`<li class="review-comment ${comment.resolvedAt ? 'review-comment--resolved' : ''}" id=${commentId(comment)} tabindex="-1" part="review-comment">
    <p class="hint">${t.commentLine(reviewDate(view, comment.createdAt))}</p>
    <p class="review-message">${comment.text}</p>
    ${error ? html`<p class="error"><span class="visually-hidden">${t.errorPrefix}</span> ${error}</p>` : nothing}
    ${
      comment.resolvedAt
        ? html`<p class="ok">${t.resolvedLine(reviewDate(view, comment.resolvedAt))}</p>`
        : view.readOnly
          ? nothing
          : html`<button type="button" part="button secondary" aria-disabled=${busy ? 'true' : 'false'} aria-label=${view.t.named(t.resolve, sectionTitle)}
            @click=${() => void resolveComment(review, comment)}>${busy ? t.resolving : t.resolve}</button>`
    }
  </li>`;
}

/**
 * Under a section's title: "À modifier à la demande des organisateurs" when they named the section, and
 * their comments on it, the ones still to deal with first.
 */
export function renderSectionFeedback(view: FormView, review: ReviewFeedback, sectionId: string, sectionTitle: string) {
  const t = review.t;
  const requested = review.requested.has(sectionId);
  const comments = review.feedback.comments
    .filter((comment) => comment.sectionId === sectionId)
    .sort((a, b) => Number(Boolean(a.resolvedAt)) - Number(Boolean(b.resolvedAt)));
  if (!requested && comments.length === 0) return nothing;
  const titleId = `comments-title-${sectionId}`;
  return html`${requested ? html`<p class="requested" part="requested"><strong>${t.requestedMarker}</strong></p>` : nothing}
    ${
      comments.length
        ? html`<aside class="review-comments" aria-labelledby=${titleId} part="review-comments">
          ${view.heading(2, t.commentsTitle, titleId)}
          <ul class="review-comments__list">
            ${comments.map((comment) => renderComment(view, review, comment, sectionTitle))}
          </ul>
        </aside>`
        : nothing
    }`;
}
