import type { Lang } from '@qmi/core';
import { html, nothing, type TemplateResult } from 'lit';
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
  /** The marker of a field the organisers asked to change ("À modifier à la demande des organisateurs"); undefined for the others. */
  requested?(path: string): string | undefined;
}

/** A stable, valid id for a field path ("team.agent.email" -> "f-team-agent-email"). */
export const fieldId = (path: string) => `f-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** A field's value as the text a control shows ('' for anything else). */
export const textOf = (value: unknown) => (typeof value === 'string' ? value : '');

const describedBy = (...ids: Array<string | false | undefined>) => ids.filter(Boolean).join(' ') || nothing;

/**
 * Required in the accessibility tree, not by the browser: `aria-required` rather than `required`, so that
 * no native validation (`:invalid` styles on a field not yet filled, tooltips) runs beside the rules' messages.
 */
export const ariaRequired = (required: boolean) => (required ? 'true' : nothing);

/** The rules' message next to a field (`<id>-error`, which the field's `aria-describedby` names). */
export const errorLine = (host: FieldHost, id: string, error: string) =>
  html`<p class="error" id="${id}-error" part="error"><span class="visually-hidden">${host.t.errorPrefix}</span> ${error}</p>`;

// "(facultatif)" after the label of an optional field (the note above the fields says the others are
// required) is a span written in each label's own template, hidden when the field is required: from a
// nested template, Chromium drops the space before it in the field's name ("Téléphone(facultatif)").

/** The organisers' marker under a field's label (`<id>-requested`, which its `aria-describedby` names, so it is read with the field). */
export const requestedLine = (id: string, text: string | undefined) =>
  text ? html`<p class="requested" id="${id}-requested" part="requested"><strong>${text}</strong></p>` : nothing;

/** What a control in a frame is given: its id, what describes it, and its state for assistive technologies. */
export interface ControlIds {
  id: string;
  describedBy: string | typeof nothing;
  invalid: boolean;
  required: string | typeof nothing;
}

/** A field's label, hint and message around its control (`extra`, e.g. a count, after it), then its conflict chooser. */
export function frame(
  host: FieldHost,
  field: { label: string; path: string; required: boolean; help?: string | undefined },
  control: (ids: ControlIds) => TemplateResult,
  extra?: TemplateResult,
) {
  const id = fieldId(field.path);
  const error = host.errorFor(field.path);
  const requested = host.requested?.(field.path);
  return html`<div class="field ${error ? 'field--error' : ''} ${requested ? 'field--requested' : ''}" part="field">
      <label for=${id} part="label">${field.label} <span class="optional" ?hidden=${field.required}>${host.t.optional}</span></label>
      ${field.help ? html`<p class="hint" id="${id}-hint" part="hint">${field.help}</p>` : nothing}
      ${requestedLine(id, requested)}
      ${error ? errorLine(host, id, error) : nothing}
      ${control({
        id,
        describedBy: describedBy(
          field.help && `${id}-hint`,
          requested && `${id}-requested`,
          error && `${id}-error`,
          extra && `${id}-count`,
        ),
        invalid: Boolean(error),
        required: ariaRequired(field.required),
      })}
      ${extra ?? nothing}
    </div>
    ${host.conflict(field.path)}`;
}
