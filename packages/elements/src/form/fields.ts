import type { FormField } from '@qmi/core';
import { nothing, type TemplateResult } from 'lit';
import { checkboxControl, choiceControl, longTextControl, textControl } from './controls.js';
import type { FieldHost } from './field-frame.js';
import { groupControl } from './group.js';
import { personControl } from './person.js';

// The field layer's names, where the rest of the form (and the checklist's links) has always found them.
export { fieldId, type FieldHost } from './field-frame.js';

/** The control of one field of the call's form, by its type. */
export function renderField(
  host: FieldHost,
  field: FormField,
  path: string,
  value: unknown,
): TemplateResult | typeof nothing {
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
      return groupControl(host, field, path, label, value, renderField);
    case 'commune':
      return nothing; // chosen when the dossier is created
  }
}
