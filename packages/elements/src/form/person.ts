import { getPath, type FormField } from '@qmi/core';
import { html, nothing } from 'lit';
import { textControl } from './controls.js';
import { fieldId, requestedLine, type FieldHost } from './field-frame.js';

/** A person (a fieldset of names, role, e-mail and phone); the phone is never required. */
export function personControl(host: FieldHost, field: FormField, path: string, label: string, value: unknown) {
  const parts = [
    ['firstName', host.t.person.firstName, 'text'],
    ['lastName', host.t.person.lastName, 'text'],
    ['role', host.t.person.role, 'text'],
    ['email', host.t.person.email, 'email'],
    ['phone', host.t.person.phone, 'tel'],
  ] as const;
  // Its id lets the organisers' list of changes to make take the person to it (its first field).
  const id = fieldId(path);
  const requested = host.requested?.(path);
  return html`<fieldset class="person ${requested ? 'field--requested' : ''}" part="fieldset" id=${id} tabindex="-1" aria-describedby=${requested ? `${id}-requested` : nothing}>
    <legend part="legend">${label} <span class="optional" ?hidden=${field.required}>${host.t.optional}</span></legend>
    ${field.help ? html`<p class="hint">${field.help[host.lang]}</p>` : nothing}
    ${requestedLine(id, requested)}
    ${parts.map(([key, partLabel, type]) =>
      textControl(
        host,
        { ...field, type: 'text', required: key !== 'phone' && field.required, help: undefined },
        `${path}.${key}`,
        partLabel,
        getPath(value, key),
        type,
      ),
    )}
  </fieldset>`;
}
