import { getPath, type FormField, type Lang } from '@qmi/core';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
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
  /** The chooser of a conflict on this path (changed here and elsewhere), shown right after the field; nothing without one. */
  conflict(path: string): unknown;
  /**
   * After the next render, the focus goes to the first of `targets` (selectors; a container gives its
   * first enabled control) that is there, and `message` is said: an action that moves or removes its own
   * control never leaves the focus on <body>.
   */
  focusAfter(targets: string[], message?: string): void;
}

/** A stable, valid id for a field path ("team.agent.email" -> "f-team-agent-email"). */
export const fieldId = (path: string) => `f-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;

const newItemId = () => Math.random().toString(36).slice(2, 10);

const describedBy = (...ids: Array<string | false | undefined>) => ids.filter(Boolean).join(' ') || nothing;

/**
 * Required in the accessibility tree, not by the browser: `aria-required` rather than `required`, so that
 * no native validation (`:invalid` styles on a field not yet filled, tooltips) runs beside the rules' messages.
 */
const ariaRequired = (required: boolean) => (required ? 'true' : nothing);

// "(facultatif)" after the label of an optional field (the note above the fields says the others are
// required) is a span written in each label's own template, hidden when the field is required: from a
// nested template, Chromium drops the space before it in the field's name ("Téléphone(facultatif)").

function frame(
  host: FieldHost,
  field: { label: string; path: string; required: boolean; help?: string | undefined },
  control: (ids: { id: string; describedBy: string | typeof nothing; invalid: boolean; required: string | typeof nothing }) => TemplateResult,
  extra?: TemplateResult,
) {
  const id = fieldId(field.path);
  const error = host.errorFor(field.path);
  return html`<div class="field ${error ? 'field--error' : ''}" part="field">
      <label for=${id} part="label">${field.label} <span class="optional" ?hidden=${field.required}>${host.t.optional}</span></label>
      ${field.help ? html`<p class="hint" id="${id}-hint" part="hint">${field.help}</p>` : nothing}
      ${error ? html`<p class="error" id="${id}-error" part="error"><span class="visually-hidden">${host.t.errorPrefix}</span> ${error}</p>` : nothing}
      ${control({ id, describedBy: describedBy(field.help && `${id}-hint`, error && `${id}-error`, extra && `${id}-count`), invalid: Boolean(error), required: ariaRequired(field.required) })}
      ${extra ?? nothing}
    </div>
    ${host.conflict(field.path)}`;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

function textControl(host: FieldHost, field: FormField, path: string, label: string, value: unknown, type: 'text' | 'email' | 'tel') {
  const autocomplete = type === 'email' ? 'email' : type === 'tel' ? 'tel' : 'off';
  return frame(host, { label, path, required: field.required, help: field.help?.[host.lang] }, ({ id, describedBy, invalid, required }) =>
    html`<input id=${id} part="input" type=${type} autocomplete=${autocomplete} spellcheck=${type === 'text' ? 'true' : 'false'}
      .value=${live(text(value))} ?readonly=${host.readOnly} aria-invalid=${invalid ? 'true' : 'false'} aria-required=${required} aria-describedby=${describedBy}
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
    ({ id: inputId, describedBy, invalid, required }) =>
      html`<textarea id=${inputId} part="input textarea" rows="6" .value=${live(current)} ?readonly=${host.readOnly} aria-invalid=${invalid ? 'true' : 'false'} aria-required=${required} aria-describedby=${describedBy}
        @input=${(e: Event) => host.edit(path, (e.target as HTMLTextAreaElement).value)} @change=${() => host.commit()}></textarea>`,
    count,
  );
}

function choiceControl(host: FieldHost, field: FormField, path: string, label: string, value: unknown) {
  return frame(host, { label, path, required: field.required, help: field.help?.[host.lang] }, ({ id, describedBy, invalid, required }) =>
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

function checkboxControl(host: FieldHost, field: FormField, path: string, label: string, value: unknown) {
  const id = fieldId(path);
  const error = host.errorFor(path);
  return html`<div class="field field--checkbox ${error ? 'field--error' : ''}" part="field">
      ${error ? html`<p class="error" id="${id}-error" part="error"><span class="visually-hidden">${host.t.errorPrefix}</span> ${error}</p>` : nothing}
      <input id=${id} part="checkbox" type="checkbox" .checked=${live(value === true)} ?disabled=${host.readOnly}
        aria-describedby=${error ? `${id}-error` : nothing} aria-invalid=${error ? 'true' : 'false'} aria-required=${ariaRequired(field.required)}
        @change=${(e: Event) => {
          host.edit(path, (e.target as HTMLInputElement).checked);
          host.commit();
        }} />
      <label for=${id} part="label">${label} <span class="optional" ?hidden=${field.required}>${host.t.optional}</span></label>
    </div>
    ${host.conflict(path)}`;
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
    <legend part="legend">${label} <span class="optional" ?hidden=${field.required}>${host.t.optional}</span></legend>
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
  // An item's fieldset is `#f-partners-0`: given as a focus target, it gives its first field.
  const item = (index: number) => `#${fieldId(`${path}.${index}`)}`;
  const write = (next: unknown[]) => {
    host.edit(path, next);
    host.commit();
  };
  const add = () => {
    write([...items, { id: newItemId() }]);
    host.focusAfter([item(items.length)], host.t.itemAdded(itemLabel(items.length + 1)));
  };
  // The moved item keeps the focus on the same button at its new place, or on the other one when it reached an end.
  const move = (from: number, to: number) => {
    const next = [...items];
    const [moved] = next.splice(from, 1);
    next.splice(to, 0, moved!);
    write(next);
    const [same, other] = to > from ? ['down', 'up'] : ['up', 'down'];
    host.focusAfter([`${item(to)}-${same}`, `${item(to)}-${other}`], host.t.itemMoved(itemLabel(from + 1), to + 1));
  };
  // The item gone, the focus goes to the next one (now at its index), else the previous one, else "Ajouter".
  const remove = (index: number) => {
    write(items.filter((_, i) => i !== index));
    host.focusAfter([item(index), item(index - 1), `#${id}-add`, `#${id}`], host.t.itemRemoved(itemLabel(index + 1)));
  };
  const full = field.maxItems !== undefined && items.length >= field.maxItems;
  return html`<fieldset class="group ${error ? 'field--error' : ''}" part="fieldset group" id=${id} tabindex="-1" aria-describedby=${error ? `${id}-error` : nothing}>
      <legend part="legend">${label} <span class="optional" ?hidden=${field.required}>${host.t.optional}</span></legend>
      ${field.help ? html`<p class="hint">${field.help[host.lang]}</p>` : nothing}
      ${error ? html`<p class="error" id="${id}-error" part="error"><span class="visually-hidden">${host.t.errorPrefix}</span> ${error}</p>` : nothing}
      ${items.length === 0 ? html`<p class="hint">${host.t.noItems}</p>` : nothing}
      ${repeat(
        items,
        // Keyed by the item's id, so that an item's DOM (and what is focused in it) follows the item when the list is reordered.
        (it, index) => (typeof it.id === 'string' ? it.id : index),
        (it, index) => {
          const itemId = fieldId(`${path}.${index}`);
          return html`<fieldset class="item" part="item" id=${itemId}>
            <legend part="legend">${itemLabel(index + 1)}</legend>
            ${(field.fields ?? []).map((child) =>
              renderField(
                { ...host, edit: (childPath, childValue) => host.edit(path, items.map((other, i) => (i === index ? writeRelative(other, childPath.slice(`${path}.${index}.`.length), childValue) : other))) },
                child,
                `${path}.${index}.${child.path}`,
                getPath(it, child.path),
              ),
            )}
            ${host.readOnly
              ? nothing
              : html`<div class="item-actions">
                  <button type="button" id="${itemId}-up" part="button secondary" ?disabled=${index === 0} @click=${() => move(index, index - 1)}>${host.t.moveUp(itemLabel(index + 1))}</button>
                  <button type="button" id="${itemId}-down" part="button secondary" ?disabled=${index === items.length - 1} @click=${() => move(index, index + 1)}>${host.t.moveDown(itemLabel(index + 1))}</button>
                  <button type="button" id="${itemId}-remove" part="button warning" @click=${() => remove(index)}>${host.t.removeItem(itemLabel(index + 1))}</button>
                </div>`}
          </fieldset>`;
        },
      )}
      ${host.readOnly || full ? nothing : html`<button type="button" id="${id}-add" part="button secondary" @click=${add}>${host.t.addItem(field.label[host.lang])}</button>`}
    </fieldset>
    ${host.conflict(path)}`;
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
