import { getPath, type FormField } from '@qmi/core';
import { html, nothing } from 'lit';
import { textControl } from './controls.js';
import { fieldId, requestedLine, type FieldHost } from './field-frame.js';

/** The values of a person, in the order of its fields. */
export const PERSON_PARTS = ['firstName', 'lastName', 'role', 'email', 'phone'] as const;

/** A person (a fieldset of names, role, e-mail and phone); the phone is never required. */
export function personControl(host: FieldHost, field: FormField, path: string, label: string, value: unknown) {
  // Its id lets the organisers' list of changes to make take the person to it (its first field).
  const id = fieldId(path);
  const requested = host.requested?.(path);
  return html`<fieldset class="person ${requested ? 'field--requested' : ''}" part="fieldset" id=${id} tabindex="-1" aria-describedby=${requested ? `${id}-requested` : nothing}>
    <legend part="legend">${label} <span class="optional" ?hidden=${field.required}>${host.t.optional}</span></legend>
    ${field.help ? html`<p class="hint">${field.help[host.lang]}</p>` : nothing}
    ${requestedLine(id, requested)}
    ${PERSON_PARTS.map((key) =>
      textControl(
        host,
        { ...field, type: 'text', required: key !== 'phone' && field.required, help: undefined },
        `${path}.${key}`,
        host.t.person[key],
        getPath(value, key),
        key === 'email' ? 'email' : key === 'phone' ? 'tel' : 'text',
      ),
    )}
  </fieldset>`;
}
