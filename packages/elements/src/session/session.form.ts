import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { heading } from '../a11y/heading.js';
import { choosesPassword, type Field, hasErrors, type Mode } from './session.errors.js';
import { emptyForm, type FormModel, ids } from './session.model.js';
import type { FormWords } from './session.form.messages.js';

export { emptyForm, type FormModel, ids };

/** The fields each form asks for. */
export const FIELDS: Record<Mode, Field[]> = {
  'sign-in': ['email', 'password'],
  'sign-up': ['email', 'password'],
  forgot: ['email'],
  'new-password': ['password'],
  // The address is the invitation's: only the password is chosen.
  'reviewer-invitation': ['password'],
};

export interface FormView {
  /** Prefix of the ids in the shadow root: the page's form and the dialog's coexist. */
  id: string;
  model: FormModel;
  t: FormWords;
  heading: string;
  /** The level of the form's heading and of the error summary's title (`heading-level`). */
  headingLevel: number;
  submitLabel: string;
  /** The submit button's text while the request is on its way. */
  busyLabel: string;
  intro?: TemplateResult | undefined;
  /** Below the submit button: the switch to the other form, or the dialog's cancel button. */
  footer: TemplateResult;
  onInput(field: Field, value: string): void;
  onSubmit(): void;
  /** A link of the error summary was followed: focus that field. */
  onSummaryLink(field: Field): void;
}

/**
 * The GOV.UK error summary: a list of every problem, each linking to its field. It takes focus
 * after a refused submission so that a keyboard or screen reader user starts from it. It is not an
 * alert as well: the focus already makes a screen reader read it, and an alert would read it twice.
 * A group, so that its title names it when the focus lands.
 */
function summary(view: FormView): TemplateResult | typeof nothing {
  const { errors } = view.model;
  if (!hasErrors(errors)) return nothing;
  const id = ids(view.id);
  const order = FIELDS[view.model.mode];
  return html`
    <div part="error-summary" class="error-summary" id=${id.summary} tabindex="-1" role="group" aria-labelledby=${`${id.summary}-title`}>
      <div>
        ${heading(view.headingLevel, view.t.summaryTitle, { id: `${id.summary}-title`, className: 'error-summary__title' })}
        <ul>
          ${errors.form ? html`<li>${errors.form}</li>` : nothing}
          ${order
            .filter((field) => errors.fields[field])
            .map(
              (field) =>
                html`<li>
                <a
                  href=${`#${id.field(field)}`}
                  @click=${(event: Event) => {
                    // Fragment links do not reach into a shadow root: focus the field ourselves.
                    event.preventDefault();
                    view.onSummaryLink(field);
                  }}
                  >${errors.fields[field]}</a
                >
              </li>`,
            )}
        </ul>
      </div>
    </div>
  `;
}

function field(view: FormView, name: Field, label: string, hint?: string): TemplateResult {
  const id = ids(view.id);
  const error = view.model.errors.fields[name];
  const describedBy = [hint ? id.hint(name) : '', error ? id.error(name) : ''].filter(Boolean).join(' ');
  const isPassword = name === 'password';
  return html`
    <div part="field" class=${error ? 'field field--error' : 'field'}>
      <label part="label" for=${id.field(name)}>${label}</label>
      ${hint ? html`<p part="hint" class="hint" id=${id.hint(name)}>${hint}</p>` : nothing}
      ${
        error
          ? html`<p part="error-message" class="error-message" id=${id.error(name)}>
            <span class="visually-hidden">${view.t.errorPrefix}</span> ${error}
          </p>`
          : nothing
      }
      <input
        part="input"
        id=${id.field(name)}
        name=${name}
        type=${isPassword ? 'password' : 'email'}
        autocomplete=${isPassword ? (choosesPassword(view.model.mode) ? 'new-password' : 'current-password') : 'username'}
        spellcheck="false"
        autocapitalize=${ifDefined(isPassword ? undefined : 'none')}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy || undefined)}
        .value=${live(view.model[name])}
        @input=${(event: InputEvent) => view.onInput(name, (event.target as HTMLInputElement).value)}
      />
    </div>
  `;
}

/**
 * A sign-in or sign-up form. `novalidate`: the API is the one judge of what is valid, and its
 * errors are shown the accessible way (next to the field and in the summary), not in the browser's
 * bubbles. Values live in the model, so nothing typed is lost when an error re-renders the form.
 */
export function renderForm(view: FormView): TemplateResult {
  const id = ids(view.id);
  const { busy, mode } = view.model;
  return html`
    <form
      part="form"
      novalidate
      aria-labelledby=${id.heading}
      aria-busy=${busy ? 'true' : 'false'}
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        view.onSubmit();
      }}
    >
      ${summary(view)}
      ${heading(view.headingLevel, view.heading, { id: id.heading, className: 'heading', part: 'heading', tabindex: -1 })}
      ${view.intro ?? nothing}
      ${FIELDS[mode].includes('email') ? field(view, 'email', view.t.email) : nothing}
      ${
        FIELDS[mode].includes('password')
          ? field(
              view,
              'password',
              mode === 'new-password' ? view.t.newPassword : view.t.password,
              choosesPassword(mode) ? view.t.passwordRule : undefined,
            )
          : nothing
      }
      <div class="actions">
        <!-- aria-disabled rather than disabled: a disabled button would drop the keyboard focus. -->
        <button part="button submit-button" class="button button--primary" type="submit" aria-disabled=${busy ? 'true' : 'false'}>
          ${busy ? view.busyLabel : view.submitLabel}
        </button>
        ${view.footer}
      </div>
    </form>
  `;
}
