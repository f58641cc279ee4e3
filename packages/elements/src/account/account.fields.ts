import { ApiError, ConnectionError, type Lang, RateLimitError, TimeoutError, ValidationError } from '@qmi/core';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { heading } from '../a11y/heading.js';
import { connectionProblem } from '../i18n/connection.js';
import { problemText } from '../i18n/problem-text.js';
import { retryWhen } from '../i18n/retry-when.js';

/**
 * A small form of the account page or the dossier's people panel: what was typed, what was refused
 * (beside each field and in a GOV.UK error summary that takes the focus), whether it is on its way.
 * Values live here, so nothing typed is lost when a refusal re-renders the form.
 */
export interface Draft {
  values: Record<string, string>;
  errors: Record<string, string>;
  /** A refusal that concerns no one field (shown in the summary only). */
  formError: string | undefined;
  /** Extra lines under the summary's problems (the dossiers an account deletion is refused for). */
  details: string[];
  busy: boolean;
}

export const draft = (values: Record<string, string> = {}): Draft => ({
  values,
  errors: {},
  formError: undefined,
  details: [],
  busy: false,
});

export const refused = (form: Draft): boolean => Boolean(form.formError) || Object.keys(form.errors).length > 0;

export interface FieldSpec {
  name: string;
  label: string;
  type?: 'text' | 'email' | 'password';
  autocomplete?: string;
  hint?: string | undefined;
}

/** Ids of a form's parts, for labels, descriptions, summary links and focus (several forms share a shadow root). */
export const formIds = (form: string) => ({
  summary: `${form}-summary`,
  field: (name: string) => `${form}-${name}`,
  hint: (name: string) => `${form}-${name}-hint`,
  error: (name: string) => `${form}-${name}-error`,
});

/** The words a form's renderers need. */
export interface FieldWords {
  summaryTitle: string;
  errorPrefix: string;
}

/**
 * The list of every problem, each linking to its field; it takes the focus after a refusal (not an
 * alert too: the focus already makes a screen reader read it). Fragment links do not reach into a
 * shadow root: the link focuses its field itself.
 */
export function renderSummary(
  form: string,
  state: Draft,
  order: readonly string[],
  words: FieldWords,
  level: number,
  focus: (id: string) => void,
): TemplateResult | typeof nothing {
  if (!refused(state)) return nothing;
  const id = formIds(form);
  return html`<div part="error-summary" class="error-summary" id=${id.summary} tabindex="-1" role="group" aria-labelledby=${`${id.summary}-title`}>
    ${heading(level, words.summaryTitle, { id: `${id.summary}-title`, className: 'error-summary__title' })}
    <ul>
      ${state.formError ? html`<li>${state.formError}</li>` : nothing}
      ${state.details.map((line) => html`<li>${line}</li>`)}
      ${order
        .filter((name) => state.errors[name])
        .map(
          (name) =>
            html`<li><a href=${`#${id.field(name)}`} @click=${(event: Event) => {
              event.preventDefault();
              focus(id.field(name));
            }}>${state.errors[name]}</a></li>`,
        )}
    </ul>
  </div>`;
}

/** A labelled input with its hint and, after a refusal, its error above it (GOV.UK's order). */
export function renderInput(
  form: string,
  spec: FieldSpec,
  state: Draft,
  words: FieldWords,
  onInput: (name: string, value: string) => void,
): TemplateResult {
  const id = formIds(form);
  const error = state.errors[spec.name];
  const describedBy = [spec.hint ? id.hint(spec.name) : '', error ? id.error(spec.name) : ''].filter(Boolean).join(' ');
  const type = spec.type ?? 'text';
  return html`<div part="field" class=${error ? 'field field--error' : 'field'}>
    <label part="label" for=${id.field(spec.name)}>${spec.label}</label>
    ${spec.hint ? html`<p part="hint" class="hint" id=${id.hint(spec.name)}>${spec.hint}</p>` : nothing}
    ${
      error
        ? html`<p part="error-message" class="error-message" id=${id.error(spec.name)}>
          <span class="visually-hidden">${words.errorPrefix}</span> ${error}
        </p>`
        : nothing
    }
    <input
      part="input"
      id=${id.field(spec.name)}
      name=${spec.name}
      type=${type}
      autocomplete=${ifDefined(spec.autocomplete)}
      spellcheck=${type === 'text' ? 'true' : 'false'}
      autocapitalize=${ifDefined(type === 'text' ? undefined : 'none')}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy || undefined)}
      .value=${live(state.values[spec.name] ?? '')}
      @input=${(event: InputEvent) => onInput(spec.name, (event.target as HTMLInputElement).value)}
    />
  </div>`;
}

/** What a form shows after the platform refused it: field errors beside their fields, the rest in the summary. */
export function refusal(
  error: unknown,
  fieldOf: (path: string) => string | undefined,
  lang: Lang,
  host: Element,
  unexpected: string,
  platform?: string,
  /** The field of the current password, where a refused re-authentication is told. */
  passwordField?: string,
): Pick<Draft, 'errors' | 'formError'> {
  if (
    passwordField &&
    error instanceof ApiError &&
    (error.code === 'reauthentication_required' || error.code === 'invalid_credentials')
  )
    return { errors: { [passwordField]: problemText(error, lang) ?? error.problem.title }, formError: undefined };
  if (error instanceof ValidationError) {
    const errors: Record<string, string> = {};
    let formError: string | undefined;
    for (const { path, message } of error.fieldErrors) {
      const name = fieldOf(path);
      if (name) errors[name] ??= message;
      else formError ??= message;
    }
    if (!formError && Object.keys(errors).length === 0) formError = problemText(error, lang) ?? error.problem.title;
    return { errors, formError };
  }
  if (error instanceof RateLimitError) {
    const when = retryWhen(error, lang);
    return { errors: {}, formError: `${problemText(error, lang) ?? error.problem.title}${when ? ` (${when})` : ''}` };
  }
  if (error instanceof ConnectionError || error instanceof TimeoutError)
    return { errors: {}, formError: connectionProblem(host, error, platform) ?? unexpected };
  if (error instanceof ApiError) return { errors: {}, formError: problemText(error, lang) ?? error.problem.title };
  return { errors: {}, formError: unexpected };
}

/** Fields left empty that the form needs, as errors ("Saisissez : nom."), before anything is sent. */
export function missing(state: Draft, specs: readonly FieldSpec[], required: (label: string) => string) {
  const errors: Record<string, string> = {};
  for (const spec of specs) if (!state.values[spec.name]?.trim()) errors[spec.name] = required(spec.label);
  return errors;
}
