import type { CallDefinition, FormField, Lang } from '@qmi/core';
import { html, nothing, type TemplateResult } from 'lit';
import { translate } from '../i18n/translate.js';
import type { FormMessages } from './application-form.messages.js';
import { OUTLINE_MESSAGES, type OutlineMessages } from './outline.messages.js';
import type { Heading } from './view.js';

// Written here rather than imported from the form's modules (view.ts, person.ts): a chunk that imports
// them splits them out of the form's own file, which then costs more than the outline (scripts/budgets.mjs).
const PERSON_PARTS = ['firstName', 'lastName', 'role', 'email', 'phone'] as const;
const helpSlot = (section: string) => html`<slot name="help-${section}"></slot>`;

/** What the outline needs from the form. */
export interface OutlineView {
  /** The form: its language's strings are read from it. */
  element: Element;
  t: FormMessages;
  lang: Lang;
  heading: Heading;
  definition: CallDefinition;
  /** The form's status line (loading, or waiting for sign-in). */
  status: unknown;
  /** Whether this form shows a section (or `documents`): see the form's `sections`. */
  onThisPage(id: string): boolean;
}

/**
 * The dossier's questions before it is open (no one signed in yet): the call's title, then each section this
 * page shows with its help and the labels of its fields (which are optional, how long an answer may be, the
 * parts of a person, the fields of a list's items), and the documents asked for. It reads without
 * JavaScript when rendered on a server (`@qmi/elements/ssr`), and lets a town hall prepare its answers
 * before signing in. No control: nothing here can be filled in yet, so nothing pretends to be.
 *
 * A chunk of its own (with its strings), loaded by a form that shows it: an open dossier never needs it.
 */
export function renderOutline(view: OutlineView): TemplateResult {
  const { t, lang, definition } = view;
  const words = translate(view.element, OUTLINE_MESSAGES);
  const sections = definition.formSections.filter((section) => view.onThisPage(section.id));
  const documents = view.onThisPage('documents') ? definition.documentKinds : [];
  return html`<div class="header" part="header">${view.heading(0, definition.title[lang], 'form-title', -1)}</div>
    ${view.status} <slot name="intro"></slot>
    ${sections.length + documents.length ? html`<p>${words.intro}</p>` : nothing}
    ${sections.map(
      (
        section,
      ) => html`<section class="section" id="section-${section.id}" aria-labelledby="title-${section.id}" part="section">
        ${view.heading(1, section.title[lang], `title-${section.id}`)}
        ${section.help ? html`<p class="hint">${section.help[lang]}</p>` : nothing} ${helpSlot(section.id)}
        ${questions(view, words, section.fields)}
      </section>`,
    )}
    ${
      documents.length
        ? html`<section class="section" id="section-documents" aria-labelledby="title-documents" part="section">
        ${view.heading(1, t.documents.title, 'title-documents')} ${helpSlot('documents')}
        <ul class="questions">${documents.map((kind) => question(t, kind.title[lang], kind.minCount > 0, kind.description[lang]))}</ul>
      </section>`
        : nothing
    }`;
}

/** The fields as a list of questions (the commune is chosen when the dossier is created: not asked here). */
function questions(view: OutlineView, words: OutlineMessages, fields: readonly FormField[]): TemplateResult {
  const { t, lang } = view;
  const number = new Intl.NumberFormat(lang);
  return html`<ul class="questions">
    ${fields
      .filter((field) => field.type !== 'commune')
      .map((field) => {
        const details = [
          field.maxLength ? words.maxLength(number.format(field.maxLength)) : undefined,
          field.type === 'group' ? words.items(field.minItems ?? 0, field.maxItems) : undefined,
        ].filter(Boolean);
        const inside =
          field.type === 'person'
            ? html`<ul class="questions">${PERSON_PARTS.map((part) => question(t, t.person[part], part !== 'phone' && field.required))}</ul>`
            : field.type === 'group' && field.fields
              ? questions(view, words, field.fields)
              : field.type === 'choice' && field.options
                ? html`<ul class="options">${field.options.map((option) => html`<li>${option.label[lang]}</li>`)}</ul>`
                : nothing;
        return question(t, field.label[lang], field.required, field.help?.[lang], details.join(' '), inside);
      })}
  </ul>`;
}

/** One question: its label, "(facultatif)" when it is, its help and limits, and what it is made of. */
const question = (
  t: FormMessages,
  label: string,
  required: boolean,
  help?: string,
  details?: string,
  inside: unknown = nothing,
) =>
  html`<li part="question"><span part="label">${label}</span>${required ? nothing : html` <span class="optional">${t.optional}</span>`}
    ${help || details ? html`<p class="hint" part="hint">${[help, details].filter(Boolean).join(' ')}</p>` : nothing}${inside}</li>`;
