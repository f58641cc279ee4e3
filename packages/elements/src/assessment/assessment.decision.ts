import type { Application, CallDefinition, Decision, DecisionAction } from '@qmi/core';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { heading, headingLevel } from '../a11y/heading.js';
import { formIds, renderSummary } from '../account/account.fields.js';
import { type AssessmentHost, day, when } from './assessment.host.js';
import { decisionsFrom, fieldChoices, latestDecision } from './assessment.logic.js';
import { done, onSubmit, submitButton, textArea } from './assessment.organiser.js';

export interface DecisionFacts {
  call: CallDefinition;
  application: Application;
  decisions: Decision[];
  /** Reasons of ineligibility the rules find (evaluate()'s eligibility issues). */
  ruleReasons: string[];
  selected: number | undefined;
  agreementSignedAt: string | undefined;
  /** The platform's day in Paris: a signature is never later. */
  today: string;
}

const checkbox = (
  host: AssessmentHost,
  set: 'fields' | 'reasons',
  id: string,
  value: string,
  label: string,
  checked: boolean,
) => html`<div class="choice">
  <input type="checkbox" id=${id} .checked=${live(checked)}
    @change=${(event: Event) => host.toggle(set, value, (event.target as HTMLInputElement).checked)} />
  <label for=${id}>${label}</label>
</div>`;

/** Which of the form's fields the commune must change: one group per section of the call's form. */
function renderFields(host: AssessmentHost, call: CallDefinition): TemplateResult {
  const { t, lang } = host;
  const ids = formIds('decision');
  const error = host.forms.decision.errors['fields'];
  let first = true;
  const idOf = (path: string) => {
    if (!first) return `decision-field-${path.replace(/[^\w-]/g, '_')}`;
    first = false;
    return ids.field('fields');
  };
  return html`<fieldset class=${error ? 'field--error' : ''} aria-describedby=${ids.hint('fields')}>
    <legend>${t.fieldsLegend}</legend>
    <p class="hint" id=${ids.hint('fields')}>${t.fieldsHint}</p>
    ${error ? html`<p class="error-message"><span class="visually-hidden">${t.errorPrefix}</span> ${error}</p>` : nothing}
    ${fieldChoices(call, lang, t.documentsField).map(
      (section) => html`<fieldset class="subgroup">
        <legend>${section.title}</legend>
        ${section.fields.map((field) =>
          checkbox(host, 'fields', idOf(field.path), field.path, field.label, host.decisionFields.has(field.path)),
        )}
      </fieldset>`,
    )}
  </fieldset>`;
}

/** Why the dossier is ineligible: the rules' reasons as checkboxes, and another one written freely. */
function renderReasons(host: AssessmentHost, reasons: string[]): TemplateResult {
  const { t } = host;
  const ids = formIds('decision');
  const error = host.forms.decision.errors['reasons'];
  return html`<fieldset class=${error ? 'field--error' : ''} aria-describedby=${ids.hint('reasons')}>
    <legend>${t.reasonsLegend}</legend>
    <p class="hint" id=${ids.hint('reasons')}>${t.reasonsHint}</p>
    ${error ? html`<p class="error-message"><span class="visually-hidden">${t.errorPrefix}</span> ${error}</p>` : nothing}
    ${
      reasons.length
        ? reasons.map((reason, index) =>
            checkbox(
              host,
              'reasons',
              index === 0 ? ids.field('reasons') : `decision-reason-${index}`,
              reason,
              reason,
              host.decisionReasons.has(reason),
            ),
          )
        : html`<p id=${ids.field('reasons')} tabindex="-1">${t.noRuleReason}</p>`
    }
    ${textArea(host, 'decision', 'otherReason', t.otherReason, undefined, 2)}
  </fieldset>`;
}

/** After a selection: the agreement's deadline and the date it was signed. */
function renderAgreement(host: AssessmentHost, facts: DecisionFacts): TemplateResult {
  const { t, lang } = host;
  const deadline = latestDecision(facts.decisions, 'select')?.agreementDeadline;
  const ids = formIds('agreement');
  const error = host.forms.agreement.errors['signedAt'];
  return html`<div class="agreement">
    ${heading(headingLevel(host.level, 2), t.agreementHeading)}
    ${deadline ? html`<p><strong>${t.agreementDeadline(when(deadline, lang))}</strong></p>` : nothing}
    ${
      facts.agreementSignedAt
        ? html`<p part="done" class="done">${t.agreementSignedOn(day(facts.agreementSignedAt, lang))}</p>`
        : html`<form part="form" class="inline-form" novalidate @submit=${onSubmit(() => host.recordAgreement())}>
          ${renderSummary('agreement', host.forms.agreement, ['signedAt'], t, headingLevel(host.level, 3), (id) => host.focus(id))}
          <div part="field" class=${error ? 'field field--error' : 'field'}>
            <label for=${ids.field('signedAt')}>${t.agreementDate}</label>
            <input part="input" type="date" id=${ids.field('signedAt')} max=${facts.today} .value=${live(host.forms.agreement.values['signedAt'] ?? '')}
              @input=${(event: InputEvent) => host.edit('agreement', 'signedAt', (event.target as HTMLInputElement).value)} />
          </div>
          ${submitButton(host, 'agreement', t.agreementRecord, false)}
        </form>`
    }
    ${done(host, 'agreement')}
  </div>`;
}

/** The organisers' decision on the dossier, within what the lifecycle and the call's rules allow. */
export function renderDecision(host: AssessmentHost, facts: DecisionFacts): TemplateResult {
  const { t, lang } = host;
  const { application, call } = facts;
  const latest = latestDecision(facts.decisions);
  const actions = decisionsFrom(application.status);
  const chosen = host.forms.decision.values['action'] as DecisionAction | undefined;
  const action = chosen && actions.includes(chosen) ? chosen : undefined;
  const max = call.maxSelected;
  const full = max !== undefined && facts.selected !== undefined && facts.selected >= max;
  const ids = formIds('decision');
  return html`<section part="section" class="section" aria-labelledby="decision-title">
    ${heading(headingLevel(host.level, 1), t.decisionHeading, { id: 'decision-title' })}
    ${latest ? html`<p>${t.decisionLatest(t.actions[latest.action], when(latest.decidedAt, lang))}</p>` : nothing}
    ${max !== undefined && facts.selected !== undefined ? html`<p part="badge" class="badge">${t.selectedCount(facts.selected, max)}</p>` : nothing}
    ${application.status === 'selected' ? renderAgreement(host, facts) : nothing}
    ${
      actions.length
        ? html`<form part="form" novalidate @submit=${onSubmit(() => host.decide())}>
          ${renderSummary('decision', host.forms.decision, ['action', 'fields', 'reasons'], t, headingLevel(host.level, 2), (id) => host.focus(id))}
          <fieldset class=${host.forms.decision.errors['action'] ? 'field--error' : ''}>
            <legend>${t.actionLegend}</legend>
            ${actions.map(
              (item, index) => html`<div class="choice">
                <input type="radio" name="decision-action" id=${index === 0 ? ids.field('action') : `decision-action-${item}`}
                  .checked=${live(action === item)} @change=${() => host.edit('decision', 'action', item)} />
                <label for=${index === 0 ? ids.field('action') : `decision-action-${item}`}>${t.actions[item]}</label>
              </div>`,
            )}
          </fieldset>
          ${action === 'request_changes' ? renderFields(host, call) : nothing}
          ${action === 'declare_ineligible' ? renderReasons(host, facts.ruleReasons) : nothing}
          ${action === 'select' && full && max !== undefined ? html`<p class="warning-text" id="cap-reached"><strong>${t.capReached(max)}</strong></p>` : nothing}
          ${textArea(host, 'decision', 'comment', t.decisionComment, t.decisionCommentHint, 3)}
          ${submitButton(host, 'decision', t.decide)}
        </form>`
        : html`<p>${t.noDecisionNow(t.statuses[application.status] ?? application.status)}</p>`
    }
    ${done(host, 'decision')}
  </section>`;
}
