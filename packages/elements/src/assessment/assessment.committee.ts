import type { Assessment, AssessmentsView, CallDefinition } from '@qmi/core';
import { html, nothing, type TemplateResult } from 'lit';
import { heading, headingLevel } from '../a11y/heading.js';
import { locale } from '../i18n/translate.js';
import { type AssessmentHost, day, levelName } from './assessment.host.js';

const who = (assessment: Assessment) => `${assessment.organisation} (${assessment.email})`;

/**
 * The committee's ratings per criterion: one column per assessment sent, then the spread (min,
 * median, max). Never an average or a rank: the committee decides, the table only shows where it agrees.
 */
export function renderSpread(host: AssessmentHost, call: CallDefinition, view: AssessmentsView): TemplateResult {
  const { t, lang } = host;
  const scale = call.assessmentScale ?? [];
  const sent = view.assessments.filter((assessment) => assessment.status === 'submitted');
  const drafts = view.assessments.filter((assessment) => assessment.status === 'draft');
  const level = headingLevel(host.level, 1);
  // A median of two ratings may be a half: "3,5" in French.
  const number = (value: number) => value.toLocaleString(locale(lang));
  return html`<section part="section" class="section" aria-labelledby="spread-title">
    ${heading(level, t.spreadHeading, { id: 'spread-title' })}
    <p>${t.progress(view.submitted, view.expected)}</p>
    ${
      sent.length
        ? html`<div class="table-scroll" tabindex="0" role="region" aria-labelledby="spread-caption">
          <table part="table">
            <caption id="spread-caption">${t.spreadCaption}</caption>
            <thead>
              <tr>
                <th scope="col">${t.criterionColumn}</th>
                ${sent.map((assessment) => html`<th scope="col">${who(assessment)}</th>`)}
                <th scope="col">${t.spreadColumn}</th>
              </tr>
            </thead>
            <tbody>
              ${call.criteria.map((criterion) => {
                const spread = view.spread.find((item) => item.criterionId === criterion.id);
                return html`<tr>
                  <th scope="row">${t.criterion(criterion.number, criterion.title[lang])}</th>
                  ${sent.map(
                    (assessment) =>
                      html`<td>${levelName(scale, assessment.ratings[criterion.id]?.rating, lang) || t.noRating}</td>`,
                  )}
                  <td>${
                    spread && spread.min !== undefined && spread.max !== undefined && spread.median !== undefined
                      ? t.spreadValue(number(spread.min), number(spread.median), number(spread.max))
                      : t.noRating
                  }</td>
                </tr>`;
              })}
            </tbody>
          </table>
        </div>
        <p class="hint">${t.spreadNote}</p>
        ${heading(headingLevel(host.level, 2), t.commentsHeading)}
        <dl class="comments">
          ${call.criteria.map(
            (criterion) => html`<dt>${t.criterion(criterion.number, criterion.title[lang])}</dt>
              ${sent.map((assessment) => {
                const comment = assessment.ratings[criterion.id]?.comment.trim();
                return html`<dd><strong>${who(assessment)}</strong> : ${comment || t.noComment}</dd>`;
              })}`,
          )}
        </dl>`
        : nothing
    }
    ${drafts.length ? html`<p class="hint">${drafts.map((assessment) => t.draftBy(who(assessment))).join(' · ')}</p>` : nothing}
  </section>`;
}

/** The synthesis as a reviewer reads it once they sent their assessment. */
export function renderSynthesis(host: AssessmentHost, view: AssessmentsView): TemplateResult {
  const { t } = host;
  return html`<section part="section" class="section" aria-labelledby="synthesis-title">
    ${heading(headingLevel(host.level, 1), t.synthesisHeading, { id: 'synthesis-title' })}
    ${
      view.synthesis?.text.trim()
        ? html`<p class="prose">${view.synthesis.text}</p>
          <p class="hint">${t.synthesisUpdated(day(view.synthesis.updatedAt, host.lang))}</p>`
        : html`<p>${t.noSynthesis}</p>`
    }
  </section>`;
}
