import type { Application, Assessment, AssessmentsView, CallDefinition, Criterion } from '@qmi/core';
import { criteriaSignals, type EvaluableApplication, type Signal } from '@qmi/validators';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { heading, headingLevel } from '../a11y/heading.js';
import { formIds, renderSummary } from '../account/account.fields.js';
import { renderSpread, renderSynthesis } from './assessment.committee.js';
import { type AssessmentHost, clockTime, when } from './assessment.host.js';

/** The id of a criterion's first radio: the error summary's link focuses it. */
export const ratingId = (criterionId: string) => formIds('rating').field(criterionId);

/** "Présent : Le défi a un intitulé." (the word, not only a colour or an icon, says which). */
const renderSignal = (host: AssessmentHost, signal: Signal) =>
  html`<li class=${signal.met ? 'signal signal--met' : 'signal'}>
    <span class="signal__mark" aria-hidden="true">${signal.met ? '✓' : '–'}</span>
    <strong>${signal.met ? host.t.signalMet : host.t.signalMissing}</strong> ${signal.message}
  </li>`;

function renderCriterion(
  host: AssessmentHost,
  call: CallDefinition,
  criterion: Criterion,
  signals: readonly Signal[],
  readOnly: boolean,
): TemplateResult {
  const { t, lang } = host;
  const scale = call.assessmentScale ?? [];
  const current = host.ratings[criterion.id] ?? { rating: null, comment: '' };
  const error = host.forms.rating.errors[criterion.id];
  const ids = formIds(`criterion-${criterion.id}`);
  return html`<section part="criterion" class=${error ? 'criterion field--error' : 'criterion'} aria-labelledby=${ids.field('title')}>
    ${heading(headingLevel(host.level, 2), t.criterion(criterion.number, criterion.title[lang]), { id: ids.field('title') })}
    <p>${criterion.description[lang]}</p>
    <div class="signals">
      <p class="signals__title"><strong>${t.signalsHeading}</strong> (${t.signalsNote})</p>
      ${
        signals.length
          ? html`<ul class="signals__list">${signals.map((signal) => renderSignal(host, signal))}</ul>`
          : html`<p class="hint">${t.noSignals}</p>`
      }
    </div>
    <fieldset class="scale" aria-describedby=${error ? ids.error('rating') : nothing}>
      <legend>${t.rating}</legend>
      ${error ? html`<p class="error-message" id=${ids.error('rating')}><span class="visually-hidden">${t.errorPrefix}</span> ${error}</p>` : nothing}
      ${scale.map(
        (level, index) => html`<div class="choice">
          <input type="radio" name=${`rating-${criterion.id}`} id=${index === 0 ? ratingId(criterion.id) : `${ratingId(criterion.id)}-${level.value}`}
            ?disabled=${readOnly} .checked=${live(current.rating === level.value)}
            @change=${() => host.rate(criterion.id, { rating: level.value })} />
          <label for=${index === 0 ? ratingId(criterion.id) : `${ratingId(criterion.id)}-${level.value}`}>
            ${level.value} · ${level.label[lang]}${level.description ? html` <span class="hint">${level.description[lang]}</span>` : nothing}
          </label>
        </div>`,
      )}
    </fieldset>
    <div part="field" class="field">
      <label for=${ids.field('comment')}>${t.comment}</label>
      <p class="hint" id=${ids.hint('comment')}>${t.commentHint}</p>
      <textarea part="textarea" id=${ids.field('comment')} rows="4" maxlength="8000" ?readonly=${readOnly}
        aria-describedby=${ids.hint('comment')} .value=${live(current.comment)}
        @input=${(event: InputEvent) => host.rate(criterion.id, { comment: (event.target as HTMLTextAreaElement).value })}></textarea>
    </div>
  </section>`;
}

function saveLine(host: AssessmentHost): string {
  const { t, saveStatus } = host;
  switch (saveStatus.state) {
    case 'saving':
      return t.saving;
    case 'saved':
      return t.saved(clockTime(saveStatus.at, host.lang));
    case 'failed':
      return t.saveFailed;
    case 'idle':
      return t.saveIdle;
  }
}

function renderConflict(host: AssessmentHost): TemplateResult {
  const { t } = host;
  const state = host.forms.conflict;
  const ids = formIds('conflict');
  const reasonError = state.errors['reason'];
  const confirmError = state.errors['confirm'];
  return html`<section part="section" class="section" aria-labelledby="conflict-title">
    ${heading(headingLevel(host.level, 1), t.conflictHeading, { id: 'conflict-title' })}
    <p>${t.conflictHelp}</p>
    ${
      host.conflictOpen
        ? html`<form part="form" novalidate @submit=${(event: SubmitEvent) => {
            event.preventDefault();
            host.declareConflict();
          }}>
          ${renderSummary('conflict', state, ['reason', 'confirm'], t, headingLevel(host.level, 2), (id) => host.focus(id))}
          <div part="field" class=${reasonError ? 'field field--error' : 'field'}>
            <label for=${ids.field('reason')}>${t.conflictReason}</label>
            <p class="hint" id=${ids.hint('reason')}>${t.conflictReasonHint}</p>
            ${reasonError ? html`<p class="error-message" id=${ids.error('reason')}><span class="visually-hidden">${t.errorPrefix}</span> ${reasonError}</p>` : nothing}
            <textarea id=${ids.field('reason')} rows="3" maxlength="2000" aria-invalid=${reasonError ? 'true' : 'false'}
              aria-describedby=${[ids.hint('reason'), reasonError ? ids.error('reason') : ''].join(' ').trim()}
              .value=${live(state.values['reason'] ?? '')}
              @input=${(event: InputEvent) => host.edit('conflict', 'reason', (event.target as HTMLTextAreaElement).value)}></textarea>
          </div>
          <div class=${confirmError ? 'field field--error' : 'field'}>
            ${confirmError ? html`<p class="error-message" id=${ids.error('confirm')}><span class="visually-hidden">${t.errorPrefix}</span> ${confirmError}</p>` : nothing}
            <div class="choice">
              <input type="checkbox" id=${ids.field('confirm')} .checked=${live(state.values['confirm'] === 'yes')}
                aria-describedby=${confirmError ? ids.error('confirm') : nothing}
                @change=${(event: Event) => host.edit('conflict', 'confirm', (event.target as HTMLInputElement).checked ? 'yes' : '')} />
              <label for=${ids.field('confirm')}>${t.conflictConfirm}</label>
            </div>
          </div>
          <div class="actions">
            <button part="button warning" class="button button--warning" type="submit" aria-disabled=${state.busy ? 'true' : 'false'}>
              ${state.busy ? t.sending : t.conflictSubmit}
            </button>
            <button part="button" class="button" type="button" @click=${() => host.toggleConflict(false)}>${t.conflictCancel}</button>
          </div>
        </form>`
        : html`<button part="button" class="button" type="button" id="conflict-open" @click=${() => host.toggleConflict(true)}>${t.conflictOpen}</button>`
    }
  </section>`;
}

/** The reviewer's side: their conflict of interest, their ratings (a draft, then sent), then the committee's. */
export function renderReviewer(
  host: AssessmentHost,
  call: CallDefinition,
  application: Application,
  mine: Assessment,
  view: AssessmentsView,
): TemplateResult {
  const { t, lang } = host;
  const sent = mine.status === 'submitted';
  const signals = criteriaSignals(application as EvaluableApplication, call.criteria, lang);
  const order = call.criteria.map((criterion) => criterion.id);
  return html`${sent ? nothing : renderConflict(host)}
    <section part="section" class="section" aria-labelledby="criteria-title">
      ${heading(headingLevel(host.level, 1), t.criteriaHeading, { id: 'criteria-title' })}
      ${
        sent && mine.submittedAt
          ? html`<p part="done" class="done">${t.submitted(when(mine.submittedAt, lang))}</p>`
          : html`<p>${t.criteriaIntro}</p>`
      }
      <form part="form" novalidate @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        host.submitAssessment();
      }}>
        ${renderSummary('rating', host.forms.rating, order, t, headingLevel(host.level, 2), (id) => host.focus(id))}
        ${call.criteria.map((criterion) =>
          renderCriterion(
            host,
            call,
            criterion,
            signals.find((report) => report.id === criterion.id)?.signals ?? [],
            sent,
          ),
        )}
        ${
          sent
            ? nothing
            : html`<p part="status" class="save-status">${saveLine(host)}</p>
              <p class="hint">${t.submitHelp}</p>
              <div class="actions">
                <button part="button primary" class="button button--primary" type="submit" aria-disabled=${host.forms.rating.busy ? 'true' : 'false'}>
                  ${host.forms.rating.busy ? t.submitting : t.submit}
                </button>
              </div>`
        }
      </form>
    </section>
    ${view.othersVisible ? html`${renderSpread(host, call, view)} ${renderSynthesis(host, view)}` : html`<p class="hint">${t.othersHidden}</p>`}`;
}
