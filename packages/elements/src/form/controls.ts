// The controls of one value: a text, a long text with its count, a choice and a checkbox.
import type { FormField } from '@qmi/core';
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
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

export function choiceControl(host: FieldHost, field: FormField, path: string, label: string, value: unknown) {
  return frame(
    host,
    { label, path, required: field.required, help: field.help?.[host.lang] },
    ({ id, describedBy, invalid, required }) =>
      html`<select id=${id} part="input select" ?disabled=${host.readOnly} aria-invalid=${invalid ? 'true' : 'false'} aria-required=${required} aria-describedby=${describedBy}
      @change=${(e: Event) => {
        const selected = (e.target as HTMLSelectElement).value;
        host.edit(path, selected || null);
        host.commit();
      }}>
      <option value="" ?selected=${!value}>${host.t.choose}</option>
      ${(field.options ?? []).map((option) => html`<option value=${option.value} ?selected=${option.value === value}>${option.label[host.lang]}</option>`)}
    </select>`,
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
