import { getPath, setPath, type FormField } from '@qmi/core';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { deferredItem } from './deferred.js';
import { errorLine, fieldId, requestedLine, type FieldHost } from './field-frame.js';
import { PERSON_PARTS } from './person.js';
import { fieldIdFromUrl } from './sections.js';

/** The control of a field inside an item (the form's own `renderField`, given so that the two modules do not import each other). */
export type ItemFieldRenderer = (
  host: FieldHost,
  field: FormField,
  path: string,
  value: unknown,
) => TemplateResult | typeof nothing;

/**
 * An item's fields are in a <form> of their own. Chromium's autofill reads a field's whole form whenever a
 * choice is made, by script too (every <select> the form builds, with its option selected): the fields of
 * no form make one "form" of the whole dossier, and reading it laid out all the items that
 * `content-visibility` keeps from layout (20-35 ms before the form's first frame, or up to ~100 ms after it
 * as the later items are built). The form submits nothing: Enter in a field stays there, as without it.
 */
const keepPage = (event: Event) => event.preventDefault();

const newItemId = () => Math.random().toString(36).slice(2, 10);

/** An item of a list with a field inside it edited (`relative` is the path in the item); an empty value removes the field. */
const writeInItem = (item: Record<string, unknown>, relative: string, value: unknown) =>
  setPath(item, relative, value === '' ? null : value);

/** The paths of an item's values that a conflict may name (a person's parts one by one). */
const leafPaths = (fields: readonly FormField[], itemPath: string): string[] =>
  fields.flatMap((child) =>
    child.type === 'person'
      ? PERSON_PARTS.map((part) => `${itemPath}.${child.path}.${part}`)
      : [`${itemPath}.${child.path}`],
  );

/**
 * A list the person adds items to, each item a fieldset of the list's fields, with buttons to move or
 * remove it; every action leaves the focus on a control that is still there and says what it did.
 */
export function groupControl(
  host: FieldHost,
  field: FormField,
  path: string,
  label: string,
  value: unknown,
  renderField: ItemFieldRenderer,
) {
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
    next.splice(to, 0, ...next.splice(from, 1));
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
  const requested = host.requested?.(path);
  const describedBy = [requested && `${id}-requested`, error && `${id}-error`].filter(Boolean).join(' ');
  const landing = fieldIdFromUrl();
  // A list inside an item is already in that item's <form> (a form may not hold another).
  const inItem = /\.\d+(\.|$)/.test(path);
  return html`<fieldset class="group ${error ? 'field--error' : ''} ${requested ? 'field--requested' : ''}" part="fieldset group" id=${id} tabindex="-1" aria-describedby=${describedBy || nothing}>
      <legend part="legend">${label} <span class="optional" ?hidden=${field.required}>${host.t.optional}</span></legend>
      ${field.help ? html`<p class="hint">${field.help[host.lang]}</p>` : nothing}
      ${requestedLine(id, requested)}
      ${error ? errorLine(host, id, error) : nothing}
      ${items.length === 0 ? html`<p class="hint">${host.t.noItems}</p>` : nothing}
      ${repeat(
        items,
        // Keyed by the item's id, so that an item's DOM (and what is focused in it) follows the item when the list is reordered.
        (it, index) => (typeof it.id === 'string' ? it.id : index),
        (it, index) => {
          const itemId = fieldId(`${path}.${index}`);
          const itemPath = `${path}.${index}`;
          const label = itemLabel(index + 1);
          // Past the first items of a long dossier, built after the first frame (see `deferred.ts`); at
          // once when a link names this item or a field in it, or a conflict's chooser belongs in it.
          const atOnce =
            landing === itemId ||
            landing?.startsWith(`${itemId}-`) === true ||
            leafPaths(field.fields ?? [], itemPath).some((leaf) => host.conflict(leaf) !== nothing);
          const placeholder = html`<fieldset class="item" part="item" id=${itemId} aria-busy="true">
            <legend part="legend">${label}</legend>
          </fieldset>`;
          const itemHost: FieldHost = {
            ...host,
            edit: (childPath, childValue) =>
              host.edit(
                path,
                items.map((other, i) =>
                  i === index ? writeInItem(other, childPath.slice(`${itemPath}.`.length), childValue) : other,
                ),
              ),
          };
          const item = () => {
            const fields = (field.fields ?? []).map((child) =>
              renderField(itemHost, child, `${itemPath}.${child.path}`, getPath(it, child.path)),
            );
            return html`<fieldset class="item" part="item" id=${itemId}>
            <legend part="legend">${label}</legend>
            ${inItem ? fields : html`<form class="item-fields" novalidate @submit=${keepPage}>${fields}</form>`}
            ${
              host.readOnly
                ? nothing
                : html`<div class="item-actions">
                  <button type="button" id="${itemId}-up" part="button secondary" ?disabled=${index === 0} @click=${() => move(index, index - 1)}>${host.t.moveUp(label)}</button>
                  <button type="button" id="${itemId}-down" part="button secondary" ?disabled=${index === items.length - 1} @click=${() => move(index, index + 1)}>${host.t.moveDown(label)}</button>
                  <button type="button" id="${itemId}-remove" part="button warning" @click=${() => remove(index)}>${host.t.removeItem(label)}</button>
                </div>`
            }
          </fieldset>`;
          };
          return deferredItem(item, placeholder, atOnce);
        },
      )}
      ${host.readOnly || full ? nothing : html`<button type="button" id="${id}-add" part="button secondary" @click=${add}>${host.t.addItem(field.label[host.lang])}</button>`}
    </fieldset>
    ${host.conflict(path)}`;
}
