import type { Annotation, Assignment, Reviewer } from '@qmi/core';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { heading, headingLevel } from '../a11y/heading.js';
import { formIds, renderSummary } from '../account/account.fields.js';
import { type AssessmentForm, type AssessmentHost, day, when } from './assessment.host.js';

/** A labelled textarea of a small form, with its hint and error (GOV.UK's order). */
export function textArea(
  host: AssessmentHost,
  form: AssessmentForm,
  name: string,
  label: string,
  hint?: string,
  rows = 4,
): TemplateResult {
  const ids = formIds(form);
  const error = host.forms[form].errors[name];
  const describedBy = [hint ? ids.hint(name) : '', error ? ids.error(name) : ''].filter(Boolean).join(' ');
  return html`<div part="field" class=${error ? 'field field--error' : 'field'}>
    <label for=${ids.field(name)}>${label}</label>
    ${hint ? html`<p class="hint" id=${ids.hint(name)}>${hint}</p>` : nothing}
    ${error ? html`<p class="error-message" id=${ids.error(name)}><span class="visually-hidden">${host.t.errorPrefix}</span> ${error}</p>` : nothing}
    <textarea part="textarea" id=${ids.field(name)} rows=${rows} aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${describedBy || nothing} .value=${live(host.forms[form].values[name] ?? '')}
      @input=${(event: InputEvent) => host.edit(form, name, (event.target as HTMLTextAreaElement).value)}></textarea>
  </div>`;
}

/** A form's submit button (aria-disabled while busy: a disabled button would drop the focus). */
export const submitButton = (host: AssessmentHost, form: AssessmentForm, label: string, primary = true) =>
  html`<div class="actions">
    <button part=${primary ? 'button primary' : 'button'} class=${primary ? 'button button--primary' : 'button'} type="submit"
      aria-disabled=${host.forms[form].busy ? 'true' : 'false'}>${host.forms[form].busy ? host.t.sending : label}</button>
  </div>`;

export const done = (host: AssessmentHost, form: AssessmentForm) =>
  host.done[form] ? html`<p part="done" class="done">${host.done[form]}</p>` : nothing;

export const onSubmit = (action: () => void) => (event: SubmitEvent) => {
  event.preventDefault();
  action();
};

/** The reviewers assigned to the dossier, their assessment's state or conflict, and the assignment of another. */
export function renderAssignments(
  host: AssessmentHost,
  assignments: Assignment[],
  reviewers: Reviewer[],
): TemplateResult {
  const { t, lang } = host;
  const ids = formIds('assign');
  const free = reviewers.filter(
    (reviewer) => reviewer.status === 'active' && !assignments.some((item) => item.reviewerId === reviewer.id),
  );
  const error = host.forms.assign.errors['reviewerId'];
  return html`<section part="section" class="section" aria-labelledby="reviewers-title">
    ${heading(headingLevel(host.level, 1), t.reviewersHeading, { id: 'reviewers-title' })}
    ${
      assignments.length
        ? html`<ul class="list reviewers">
          ${assignments.map(
            (item) => html`<li>
              <span><strong>${item.organisation}</strong> (${item.email}) : ${
                item.conflict
                  ? t.conflictOf(day(item.conflict.declaredAt, lang), item.conflict.reason)
                  : t.assessmentStates[item.assessment]
              }</span>
              <button part="button" class="button button--small" type="button" aria-label=${t.unassignLabel(item.email)}
                @click=${() => host.unassign(item.reviewerId, item.email)}>${t.unassign}</button>
            </li>`,
          )}
        </ul>`
        : html`<p>${t.noAssignment}</p>`
    }
    ${
      free.length
        ? html`<form part="form" class="inline-form" novalidate @submit=${onSubmit(() => host.assign())}>
          ${renderSummary('assign', host.forms.assign, ['reviewerId'], t, headingLevel(host.level, 2), (id) => host.focus(id))}
          <div part="field" class=${error ? 'field field--error' : 'field'}>
            <label for=${ids.field('reviewerId')}>${t.assignLabel}</label>
            <select part="input" id=${ids.field('reviewerId')} .value=${live(host.forms.assign.values['reviewerId'] ?? '')}
              @change=${(event: Event) => host.edit('assign', 'reviewerId', (event.target as HTMLSelectElement).value)}>
              <option value="">—</option>
              ${free.map((reviewer) => html`<option value=${reviewer.id}>${reviewer.organisation} (${reviewer.email})</option>`)}
            </select>
          </div>
          ${submitButton(host, 'assign', t.assign, false)}
        </form>`
        : html`<p class="hint">${t.assignNone}</p>`
    }
    ${done(host, 'assign')}
  </section>`;
}

/** The committee's synthesis, written by organisers. */
export function renderSynthesisEditor(host: AssessmentHost, updatedAt: string | undefined): TemplateResult {
  const { t } = host;
  return html`<section part="section" class="section" aria-labelledby="synthesis-title">
    ${heading(headingLevel(host.level, 1), t.synthesisHeading, { id: 'synthesis-title' })}
    <form part="form" novalidate @submit=${onSubmit(() => host.saveSynthesis())}>
      ${renderSummary('synthesis', host.forms.synthesis, ['text'], t, headingLevel(host.level, 2), (id) => host.focus(id))}
      ${textArea(host, 'synthesis', 'text', t.synthesisLabel, t.synthesisHint, 6)}
      ${updatedAt ? html`<p class="hint">${t.synthesisUpdated(when(updatedAt, host.lang))}</p>` : nothing}
      ${submitButton(host, 'synthesis', t.synthesisSave)}
    </form>
    ${done(host, 'synthesis')}
  </section>`;
}

/** The organisers' private notes: never shown to the commune nor to reviewers (the platform refuses them). */
export function renderAnnotations(host: AssessmentHost, annotations: Annotation[], myId: string): TemplateResult {
  const { t, lang } = host;
  return html`<section part="section" class="section private" aria-labelledby="annotations-title">
    ${heading(headingLevel(host.level, 1), t.annotationsHeading, { id: 'annotations-title' })}
    <p class="private-note"><strong>${t.annotationsNote}</strong></p>
    ${
      annotations.length
        ? html`<ul class="list annotations">
          ${annotations.map(
            (note) => html`<li>
              <p class="prose">${note.text}</p>
              <p class="hint">${t.annotationBy(note.authorEmail, when(note.createdAt, lang))}</p>
              ${
                note.authorId === myId
                  ? html`<button part="button" class="button button--small" type="button"
                    @click=${() => host.removeAnnotation(note.id)}>${t.annotationRemove}</button>`
                  : nothing
              }
            </li>`,
          )}
        </ul>`
        : html`<p>${t.noAnnotation}</p>`
    }
    <form part="form" novalidate @submit=${onSubmit(() => host.addAnnotation())}>
      ${renderSummary('annotation', host.forms.annotation, ['text'], t, headingLevel(host.level, 2), (id) => host.focus(id))}
      ${textArea(host, 'annotation', 'text', t.annotationLabel, undefined, 3)}
      ${submitButton(host, 'annotation', t.annotationAdd, false)}
    </form>
    ${done(host, 'annotation')}
  </section>`;
}
