import { getPath, type FormField, type Lang } from '@qmi/core';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FormMessages } from './application-form.messages.js';

/** What the field templates need from the form: values, messages to show, and where edits go. */
export interface FieldHost {
  lang: Lang;
  t: FormMessages;
  draft: unknown;
  readOnly: boolean;
  /** The message to show next to a field, once its section was checked (never while typing). */
  errorFor(path: string): string | undefined;
  /** An edit of a field; lists are edited whole (`path` of the list, new array). */
  edit(path: string, value: unknown): void;
  /** The person left the field: save now. */
  commit(): void;
}

/** A stable, valid id for a field path ("team.agent.email" -> "f-team-agent-email"). */
export const fieldId = (path: string) => `f-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;

const newItemId = () => Math.random().toString(36).slice(2, 10);

const describedBy = (...ids: Array<string | false | undefined>) => ids.filter(Boolean).join(' ') || nothing;

function frame(host: FieldHost, field: { label: string; path: string; required: boolean; help?: string | undefined }, control: (ids: { id: string; describedBy: string | typeof nothing; invalid: boolean }) => TemplateResult, extra?: TemplateResult) {
  const id = fieldId(field.path);
  const error = host.errorFor(field.path);
  return html`<div class="field ${error ? 'field--error' : ''}" part="field">
    <label for=${id} part="label">${field.label} ${field.required ? nothing : html`<span class="optional">${host.t.optional}</span>`}</label>
    ${field.help ? html`<p class="hint" id="${id}-hint" part="hint">${field.help}</p>` : nothing}
    ${error ? html`<p class="error" id="${id}-error" part="error"><span class="visually-hidden">${host.t.errorPrefix}</span> ${error}</p>` : nothing}
    ${control({ id, describedBy: describedBy(field.help && `${id}-hint`, error && `${id}-error`, extra && `${id}-count`), invalid: Boolean(error) })}
    ${extra ?? nothing}
  </div>`;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

function textControl(host: FieldHost, field: FormField, path: string, label: string, value: unknown, type: 'text' | 'email' | 'tel') {
  const autocomplete = type === 'email' ? 'email' : type === 'tel' ? 'tel' : 'off';
  return frame(host, { label, path, required: field.required, help: field.help?.[host.lang] }, ({ id, describedBy, invalid }) =>
    html`<input id=${id} part="input" type=${type} autocomplete=${autocomplete} spellcheck=${type === 'text' ? 'true' : 'false'}
      .value=${live(text(value))} ?readonly=${host.readOnly} aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${describedBy}
      @input=${(e: Event) => host.edit(path, (e.target as HTMLInputElement).value)} @change=${() => host.commit()} />`,
  );
}

function longTextControl(host: FieldHost, field: FormField, path: string, label: string, value: unknown) {
  const current = text(value);
  const max = field.maxLength;
  const id = fieldId(path);
  const count = max
    ? html`<p class="count ${current.length > max ? 'count--over' : ''}" id="${id}-count" part="count">${current.length > max ? host.t.charactersOver(current.length - max) : host.t.characters(current.length, max)}</p>`
    : undefined;
  return frame(
    host,
    { label, path, required: field.required, help: field.help?.[host.lang] },
    ({ id: inputId, describedBy, invalid }) =>
      html`<textarea id=${inputId} part="input textarea" rows="6" .value=${live(current)} ?readonly=${host.readOnly} aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${describedBy}
        @input=${(e: Event) => host.edit(path, (e.target as HTMLTextAreaElement).value)} @change=${() => host.commit()}></textarea>`,
    count,
  );
}

function choiceControl(host: FieldHost, field: FormField, path: string, label: string, value: unknown) {
  return frame(host, { label, path, required: field.required, help: field.help?.[host.lang] }, ({ id, describedBy, invalid }) =>
    html`<select id=${id} part="input select" ?disabled=${host.readOnly} aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${describedBy}
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

function checkboxControl(host: FieldHost, field: FormField, path: string, label: string, value: unknown) {
  const id = fieldId(path);
  const error = host.errorFor(path);
  return html`<div class="field field--checkbox ${error ? 'field--error' : ''}" part="field">
    ${error ? html`<p class="error" id="${id}-error" part="error"><span class="visually-hidden">${host.t.errorPrefix}</span> ${error}</p>` : nothing}
    <input id=${id} part="checkbox" type="checkbox" .checked=${live(value === true)} ?disabled=${host.readOnly}
      aria-describedby=${error ? `${id}-error` : nothing} aria-invalid=${error ? 'true' : 'false'}
      @change=${(e: Event) => {
        host.edit(path, (e.target as HTMLInputElement).checked);
        host.commit();
      }} />
    <label for=${id} part="label">${label}</label>
  </div>`;
}

function personControl(host: FieldHost, field: FormField, path: string, label: string, value: unknown) {
  const parts = [
    ['firstName', host.t.person.firstName, 'text'],
    ['lastName', host.t.person.lastName, 'text'],
    ['role', host.t.person.role, 'text'],
    ['email', host.t.person.email, 'email'],
    ['phone', host.t.person.phone, 'tel'],
  ] as const;
  return html`<fieldset class="person" part="fieldset">
    <legend part="legend">${label} ${field.required ? nothing : html`<span class="optional">${host.t.optional}</span>`}</legend>
    ${field.help ? html`<p class="hint">${field.help[host.lang]}</p>` : nothing}
    ${parts.map(([key, partLabel, type]) =>
      textControl(host, { ...field, type: 'text', required: key !== 'phone' && field.required, help: undefined }, `${path}.${key}`, partLabel, getPath(value, key), type),
    )}
  </fieldset>`;
}

function groupControl(host: FieldHost, field: FormField, path: string, label: string, value: unknown) {
  const items = Array.isArray(value) ? (value as Array<Record<string, unknown>>) : [];
  const error = host.errorFor(path);
  const id = fieldId(path);
  const itemLabel = (n: number) => host.t.item(field.label[host.lang], n);
  const write = (next: unknown[]) => {
    host.edit(path, next);
    host.commit();
  };
  const move = (from: number, to: number) => {
    const next = [...items];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    write(next);
  };
  const full = field.maxItems !== undefined && items.length >= field.maxItems;
  return html`<fieldset class="group ${error ? 'field--error' : ''}" part="fieldset group" id=${id} tabindex="-1" aria-describedby=${error ? `${id}-error` : nothing}>
    <legend part="legend">${label}</legend>
    ${field.help ? html`<p class="hint">${field.help[host.lang]}</p>` : nothing}
    ${error ? html`<p class="error" id="${id}-error" part="error"><span class="visually-hidden">${host.t.errorPrefix}</span> ${error}</p>` : nothing}
    ${items.length === 0 ? html`<p class="hint">${host.t.noItems}</p>` : nothing}
    ${items.map(
      (item, index) => html`<fieldset class="item" part="item">
        <legend part="legend">${itemLabel(index + 1)}</legend>
        ${(field.fields ?? []).map((child) =>
          renderField(
            { ...host, edit: (childPath, childValue) => host.edit(path, items.map((it, i) => (i === index ? writeRelative(it, childPath.slice(`${path}.${index}.`.length), childValue) : it))) },
            child,
            `${path}.${index}.${child.path}`,
            getPath(item, child.path),
          ),
        )}
        ${host.readOnly
          ? nothing
          : html`<div class="item-actions">
              <button type="button" part="button secondary" ?disabled=${index === 0} @click=${() => move(index, index - 1)}>${host.t.moveUp(itemLabel(index + 1))}</button>
              <button type="button" part="button secondary" ?disabled=${index === items.length - 1} @click=${() => move(index, index + 1)}>${host.t.moveDown(itemLabel(index + 1))}</button>
              <button type="button" part="button warning" @click=${() => write(items.filter((_, i) => i !== index))}>${host.t.removeItem(itemLabel(index + 1))}</button>
            </div>`}
      </fieldset>`,
    )}
    ${host.readOnly || full ? nothing : html`<button type="button" part="button secondary" @click=${() => write([...items, { id: newItemId() }])}>${host.t.addItem(field.label[host.lang])}</button>`}
  </fieldset>`;
}

/** Writes a value at a relative dotted path inside one list item (null removes it). */
function writeRelative(item: Record<string, unknown>, relative: string, value: unknown): Record<string, unknown> {
  const [key, ...rest] = relative.split('.') as [string, ...string[]];
  const copy = { ...item };
  if (rest.length === 0) {
    if (value === null || value === undefined || value === '') delete copy[key];
    else copy[key] = value;
  } else copy[key] = writeRelative((copy[key] as Record<string, unknown>) ?? {}, rest.join('.'), value);
  return copy;
}

/** The control of one field of the call's form, by its type. */
export function renderField(host: FieldHost, field: FormField, path: string, value: unknown): TemplateResult | typeof nothing {
  const label = field.label[host.lang];
  switch (field.type) {
    case 'text':
      return textControl(host, field, path, label, value, 'text');
    case 'email':
      return textControl(host, field, path, label, value, 'email');
    case 'phone':
      return textControl(host, field, path, label, value, 'tel');
    case 'longtext':
      return longTextControl(host, field, path, label, value);
    case 'choice':
      return choiceControl(host, field, path, label, value);
    case 'checkbox':
      return checkboxControl(host, field, path, label, value);
    case 'person':
      return personControl(host, field, path, label, value);
    case 'group':
      return groupControl(host, field, path, label, value);
    case 'commune':
      return nothing; // chosen when the dossier is created
  }
}
