import { formatCallInstant } from '@qmi/validators/application-window';
import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../a11y/heading.js';
import type { DossierViewHost } from './dossier-view.host.js';

/** Ids of a section's comment field and its hint and error, for the label and `aria-describedby`. */
export const commentIds = (sectionId: string) => ({
  field: `comment-${sectionId}`,
  hint: `comment-${sectionId}-hint`,
  error: `comment-${sectionId}-error`,
});

/**
 * The organisers' comments on one section, beside it: the ones already written (with whether the
 * commune dealt with them), then, for organisers while they may comment, a field to write one more.
 */
export function renderComments(
  host: DossierViewHost,
  sectionId: string,
  sectionTitle: string,
): TemplateResult | typeof nothing {
  const { t, loaded } = host;
  const comments = (loaded.comments ?? []).filter((comment) => comment.sectionId === sectionId);
  const writing = host.mode === 'organiser' && host.canComment;
  if (comments.length === 0 && !writing) return nothing;
  const at = (instant: string) => formatCallInstant(instant, loaded.call, host.lang);
  const ids = commentIds(sectionId);
  const draft = host.drafts[sectionId] ?? { text: '' };
  return html`<div class="comments" part="comments">
    ${
      comments.length
        ? html`${heading(host.level + 2, t.comments, { className: 'comments-title' })}
          <ul class="comment-list">
            ${comments.map(
              (comment) => html`<li class="comment" part="comment">
                <p class="comment-text">${comment.text}</p>
                <p class="meta">${t.commentAt(at(comment.createdAt))}${comment.resolvedAt ? html` · <span class="resolved">${t.commentResolved(at(comment.resolvedAt))}</span>` : nothing}</p>
              </li>`,
            )}
          </ul>`
        : nothing
    }
    ${
      writing
        ? html`<form class="comment-form" part="form" novalidate @submit=${(event: Event) => {
            event.preventDefault();
            host.publishComment(sectionId, sectionTitle);
          }}>
            <label class="label" for=${ids.field}>${t.commentLabel(sectionTitle)}</label>
            <p class="hint" id=${ids.hint}>${t.commentHint}</p>
            ${draft.error ? html`<p class="error-message" id=${ids.error} part="error-message">${draft.error}</p>` : nothing}
            <textarea id=${ids.field} part="textarea" rows="3" .value=${draft.text}
              aria-describedby=${draft.error ? `${ids.hint} ${ids.error}` : ids.hint} aria-invalid=${draft.error ? 'true' : 'false'}
              @input=${(event: Event) => host.editComment(sectionId, (event.target as HTMLTextAreaElement).value)}></textarea>
            <button class="button button--primary" part="button primary" type="submit" aria-disabled=${draft.busy ? 'true' : 'false'}>${t.commentSubmit}</button>
          </form>`
        : nothing
    }
  </div>`;
}
