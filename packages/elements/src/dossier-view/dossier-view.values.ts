import { type FormField, getPath, type Lang } from '@qmi/core';
import { html, type TemplateResult } from 'lit';
import { communeName } from '../account/account.render.js';
import type { DossierViewMessages } from './dossier-view.messages.js';

/** What the renderers of values need: the words and the language. */
export interface ValueHost {
  t: DossierViewMessages;
  lang: Lang;
}

const present = (value: unknown): boolean =>
  value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '');

const empty = (host: ValueHost) => html`<span class="empty">${host.t.empty}</span>`;

/**
 * One field's answer, read-only: text as written (line breaks kept by the styles), a choice by its
 * label, a checkbox as yes/no, a commune by its name, a person as a small list, a repeatable group as
 * a numbered list of its items. An unanswered field says so, rather than leaving a blank.
 */
export function renderValue(host: ValueHost, field: FormField, value: unknown): TemplateResult {
  switch (field.type) {
    case 'checkbox':
      return html`${value === true ? host.t.yes : host.t.no}`;
    case 'choice': {
      if (!present(value)) return empty(host);
      const option = field.options?.find((candidate) => candidate.value === value);
      return html`${option ? option.label[host.lang] : String(value)}`;
    }
    case 'commune':
      return present(value) ? html`${communeName(String(value))}` : empty(host);
    case 'person':
      return renderPerson(host, value);
    case 'group':
      return renderGroup(host, field, value);
    case 'longtext':
      return present(value) ? html`<span class="longtext">${String(value)}</span>` : empty(host);
    default:
      return present(value) ? html`${String(value)}` : empty(host);
  }
}

function renderPerson(host: ValueHost, value: unknown): TemplateResult {
  const name = [getPath(value, 'firstName'), getPath(value, 'lastName')].filter(present).join(' ');
  const parts: Array<[string, unknown]> = [
    [host.t.person.name, name],
    [host.t.person.role, getPath(value, 'role')],
    [host.t.person.email, getPath(value, 'email')],
    [host.t.person.phone, getPath(value, 'phone')],
  ];
  const given = parts.filter(([, part]) => present(part));
  if (given.length === 0) return empty(host);
  return html`<dl class="person">
    ${given.map(([label, part]) => html`<div><dt>${label}</dt><dd>${String(part)}</dd></div>`)}
  </dl>`;
}

function renderGroup(host: ValueHost, field: FormField, value: unknown): TemplateResult {
  const items = Array.isArray(value) ? value : [];
  if (items.length === 0) return html`<span class="empty">${host.t.noItems}</span>`;
  const fields = field.fields ?? [];
  return html`<ol class="items">
    ${items.map(
      (item, index) => html`<li class="item">
        <span class="item-title">${host.t.item(field.label[host.lang], index + 1)}</span>
        <dl>
          ${fields.map((child) => renderEntry(host, child, getPath(item, child.path)))}
        </dl>
      </li>`,
    )}
  </ol>`;
}

/** A label and its answer, as one entry of a description list. */
export function renderEntry(host: ValueHost, field: FormField, value: unknown): TemplateResult {
  return html`<div class="entry ${field.type === 'group' ? 'entry--group' : ''}">
    <dt>${field.label[host.lang]}</dt>
    <dd>${renderValue(host, field, value)}</dd>
  </div>`;
}
