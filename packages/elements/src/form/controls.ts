// The controls of one value: a text, a long text with its count, a choice and a checkbox.
import type { FormField } from '@qmi/core';
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { ariaRequired, errorLine, fieldId, frame, requestedLine, textOf, type FieldHost } from './field-frame.js';

export function textControl(
  host: FieldHost,
  field: FormField,
  path: string,
  label: string,
  value: unknown,
  type: 'text' | 'email' | 'tel',
) {
  const autocomplete = type === 'email' ? 'email' : type === 'tel' ? 'tel' : 'off';
  return frame(
    host,
    { label, path, required: field.required, help: field.help?.[host.lang] },
    ({ id, describedBy, invalid, required }) =>
      html`<input id=${id} part="input" type=${type} autocomplete=${autocomplete} spellcheck=${type === 'text' ? 'true' : 'false'}
      .value=${live(textOf(value))} ?readonly=${host.readOnly} aria-invalid=${invalid ? 'true' : 'false'} aria-required=${required} aria-describedby=${describedBy}
      @input=${(e: Event) => host.edit(path, (e.target as HTMLInputElement).value)} @change=${() => host.commit()} />`,
  );
}

export function longTextControl(host: FieldHost, field: FormField, path: string, label: string, value: unknown) {
  const current = textOf(value);
  const max = field.maxLength;
  const id = fieldId(path);
  const count = max
    ? html`<p class="count ${current.length > max ? 'count--over' : ''}" id="${id}-count" part="count">${current.length > max ? host.t.charactersOver(current.length - max) : host.t.characters(current.length, max)}</p>`
    : undefined;
  return frame(
    host,
    { label, path, required: field.required, help: field.help?.[host.lang] },
    ({ id: inputId, describedBy, invalid, required }) =>
      html`<textarea id=${inputId} part="input textarea" rows="6" .value=${live(current)} ?readonly=${host.readOnly} aria-invalid=${invalid ? 'true' : 'false'} aria-required=${required} aria-describedby=${describedBy}
        @input=${(e: Event) => host.edit(path, (e.target as HTMLTextAreaElement).value)} @change=${() => host.commit()}></textarea>`,
    count,
  );
}

/** Text put in markup: the characters that could end it or start a tag written as references. */
const escaped = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A choice's options as static markup, made once per list of options, language and "choose" text. The
 * selects of a list's items (a type for each of 30 partners) then share one prepared template, where each
 * option was a template instance of its own (270 on the full dossier, about a tenth of its first render).
 */
const optionsMarkup = new WeakMap<NonNullable<FormField['options']>, Map<string, ReturnType<typeof unsafeStatic>>>();
function optionsOf(options: NonNullable<FormField['options']>, lang: FieldHost['lang'], choose: string) {
  const byText = optionsMarkup.get(options) ?? new Map<string, ReturnType<typeof unsafeStatic>>();
  optionsMarkup.set(options, byText);
  const key = `${lang}\n${choose}`;
  let markup = byText.get(key);
  if (!markup) {
    markup = unsafeStatic(
      `<option value="">${escaped(choose)}</option>${options
        .map((option) => `<option value="${escaped(option.value)}">${escaped(option.label[lang])}</option>`)
        .join('')}`,
    );
    byText.set(key, markup);
  }
  return markup;
}

export function choiceControl(host: FieldHost, field: FormField, path: string, label: string, value: unknown) {
  const options = field.options ?? [];
  // A value that is not one of the options shows "choose", as it did when no option was marked selected.
  const selected = options.some((option) => option.value === value) ? (value as string) : '';
  return frame(
    host,
    { label, path, required: field.required, help: field.help?.[host.lang] },
    ({ id, describedBy, invalid, required }) =>
      staticHtml`<select id=${id} part="input select" .value=${live(selected)} ?disabled=${host.readOnly} aria-invalid=${invalid ? 'true' : 'false'} aria-required=${required} aria-describedby=${describedBy}
      @change=${(e: Event) => {
        const chosen = (e.target as HTMLSelectElement).value;
        host.edit(path, chosen || null);
        host.commit();
      }}>${optionsOf(options, host.lang, host.t.choose)}</select>`,
  );
}

export function checkboxControl(host: FieldHost, field: FormField, path: string, label: string, value: unknown) {
  const id = fieldId(path);
  const error = host.errorFor(path);
  const requested = host.requested?.(path);
  const describedBy = [requested && `${id}-requested`, error && `${id}-error`].filter(Boolean).join(' ');
  return html`<div class="field field--checkbox ${error ? 'field--error' : ''} ${requested ? 'field--requested' : ''}" part="field">
      ${requestedLine(id, requested)}
      ${error ? errorLine(host, id, error) : nothing}
      <input id=${id} part="checkbox" type="checkbox" .checked=${live(value === true)} ?disabled=${host.readOnly}
        aria-describedby=${describedBy || nothing} aria-invalid=${error ? 'true' : 'false'} aria-required=${ariaRequired(field.required)}
        @change=${(e: Event) => {
          host.edit(path, (e.target as HTMLInputElement).checked);
          host.commit();
        }} />
      <label for=${id} part="label">${label} <span class="optional" ?hidden=${field.required}>${host.t.optional}</span></label>
    </div>
    ${host.conflict(path)}`;
}
