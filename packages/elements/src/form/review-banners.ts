// The organisers' decisions at the top of the commune's form: changes requested (their message and
// the fields they name, each linked), or the decision on the dossier (GOV.UK notification banners:
// a region named by its heading, read when reached, never stealing the focus on load).
import type { ApplicationStatus, Decision } from '@qmi/core';
import { html, nothing } from 'lit';
import { locale } from '../i18n/translate.js';
import { fieldId } from './fields.js';
import { labelOf, sectionOf } from './reveal.js';
import type { ReviewFeedback } from './review-feedback.js';
import type { FormView } from './view.js';

/** A date of the platform in the call's time zone ("12 janvier 2024 à 10:00"). */
export const reviewDate = (view: FormView, instant: string, time = false) =>
  new Intl.DateTimeFormat(locale(view.lang), {
    dateStyle: 'long',
    ...(time ? { timeStyle: 'short' } : {}),
    timeZone: view.definition.timeZone,
  }).format(new Date(instant));

/** A requested path's name: a section's title for a section id, the field's label (and part) otherwise. */
function requestedName(view: FormView, path: string): { name: string; section: string | undefined } {
  const section = view.definition.formSections.find((s) => s.id === path);
  if (section) return { name: section.title[view.lang], section: section.id };
  if (path === 'documents') return { name: view.t.documents.title, section: 'documents' };
  return { name: labelOf(view.definition, path, view.lang), section: sectionOf(view.definition, path) };
}

/** An item of the list of requested changes: a link to the field (or section) here, or to the partner's page of it. */
function requestedItem(view: FormView, path: string) {
  const { name, section } = requestedName(view, path);
  const isSection = section === path;
  if (section === undefined || view.onThisPage(section)) {
    const follow = (event: Event) => {
      event.preventDefault();
      if (isSection) view.goToSection(path);
      else view.focusField(path);
    };
    return html`<a href="#${isSection ? `section-${path}` : fieldId(path)}" @click=${follow}>${name}</a>`;
  }
  const href = view.hrefTo(section, isSection ? undefined : path);
  const where = isSection ? '' : ` ${view.t.inSection(requestedName(view, section).name)}`;
  return href
    ? html`<a href=${href} @click=${() => void view.engine.flush()}>${name}${where}</a>`
    : html`${name}${where}`;
}

function renderChangesRequested(view: FormView, review: ReviewFeedback) {
  const t = review.t;
  const decision = review.changesRequested;
  const fields = decision?.fields ?? [];
  return html`<section class="review-banner review-banner--changes" id="changes-requested" aria-labelledby="changes-title" tabindex="-1" part="review-banner">
    ${view.heading(1, t.changesTitle, 'changes-title')}
    <p>${t.changesIntro}</p>
    ${decision ? html`<p class="hint">${t.decidedOn(reviewDate(view, decision.decidedAt))}</p>` : nothing}
    ${
      decision?.comment
        ? html`${view.heading(2, t.organisersSaid)}
          <p class="review-message">${decision.comment}</p>`
        : nothing
    }
    ${
      fields.length
        ? html`${view.heading(2, t.requestedList)}
          <ul class="review-list">
            ${fields.map((path) => html`<li>${requestedItem(view, path)}</li>`)}
          </ul>`
        : nothing
    }
    <p>${t.resubmit}</p>
  </section>`;
}

type Decided = Extract<ApplicationStatus, 'eligible' | 'ineligible' | 'selected' | 'not_selected'>;
const DECIDED = new Set<ApplicationStatus>(['eligible', 'ineligible', 'selected', 'not_selected']);

function renderDecision(view: FormView, review: ReviewFeedback, status: Decided) {
  const t = review.t;
  const decision: Decision | undefined = review.feedback.decisions.findLast((d) => d.toStatus === status);
  const body = {
    eligible: html`<p>${t.eligible}</p>
      <p>${t.training}</p>`,
    ineligible: html`<p>${t.ineligible}</p>
      ${
        decision?.reasons?.length
          ? html`${view.heading(2, t.reasons)}
            <ul class="review-list">
              ${decision.reasons.map((reason) => html`<li>${reason}</li>`)}
            </ul>`
          : nothing
      }`,
    selected: html`<p>${t.selected}</p>
      ${decision?.agreementDeadline ? html`<p><strong>${t.agreementBy(reviewDate(view, decision.agreementDeadline, true))}</strong></p>` : nothing}
      <p>${t.agreementRule}</p>`,
    not_selected: html`<p>${t.notSelected}</p>`,
  }[status];
  return html`<section class="review-banner review-banner--${status}" id="decision" aria-labelledby="decision-title" part="review-banner">
    ${view.heading(1, t.decisionTitle[status], 'decision-title')}
    ${body}
    ${decision?.comment ? html`<p class="review-message">${decision.comment}</p>` : nothing}
    ${decision ? html`<p class="hint">${t.decidedOn(reviewDate(view, decision.decidedAt))}</p>` : nothing}
  </section>`;
}

/** The banner of the dossier's status after an organisers' decision, if any. */
export function renderReviewBanner(view: FormView, review: ReviewFeedback) {
  const status = view.engine.application.status;
  if (status === 'changes_requested') return renderChangesRequested(view, review);
  if (DECIDED.has(status)) return renderDecision(view, review, status as Decided);
  return nothing;
}
