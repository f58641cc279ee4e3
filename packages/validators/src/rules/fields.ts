import { EMAIL, getPath, PHONE, type FormField, type Lang } from '@qmi/core';
import { defineRule, type Finding, type RuleContext } from './types.js';

/** The parts of a person (a referent, a contact) and which of them a complete dossier needs. */
const PERSON_PARTS = [
  { key: 'firstName', required: true, label: { fr: 'prénom', en: 'first name' } },
  { key: 'lastName', required: true, label: { fr: 'nom', en: 'last name' } },
  { key: 'role', required: true, label: { fr: 'fonction', en: 'position' } },
  { key: 'email', required: true, label: { fr: 'adresse e-mail', en: 'e-mail address' }, format: 'email' },
  { key: 'phone', required: false, label: { fr: 'téléphone', en: 'phone' }, format: 'phone' },
] as const;

export const isBlank = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0);

const hasAnyValue = (value: unknown): boolean =>
  typeof value === 'object' && value !== null
    ? Object.values(value).some((v) => !isBlank(v) && v !== false)
    : !isBlank(value) && value !== false;

/** A form field prepared once per call: its path split, its items' fields prepared too. */
interface PreparedField {
  field: FormField;
  keys: string[];
  children: PreparedField[];
}

const prepared = new WeakMap<readonly FormField[], PreparedField[]>();

/** Prepares a list of fields once (the call definition does not change), so a keystroke costs little. */
function prepare(fields: readonly FormField[]): PreparedField[] {
  let result = prepared.get(fields);
  if (!result) {
    result = fields.map((field) => ({ field, keys: field.path.split('.'), children: prepare(field.fields ?? []) }));
    prepared.set(fields, result);
  }
  return result;
}

/** Labels are only written when an issue needs one: most fields of a good dossier need none. */
type Label = () => string;

/** The ids the form's fields are reported with. */
const FIELD_ISSUES = [
  'field.required',
  'field.checkbox-required',
  'field.format',
  'field.too-long',
  'group.min-items',
  'group.max-items',
] as const;
type FieldIssue = (typeof FIELD_ISSUES)[number];

function checkPerson(
  field: FormField,
  value: unknown,
  path: string,
  label: Label,
  lang: Lang,
  out: Finding<FieldIssue>[],
) {
  const person = (value ?? {}) as Record<string, unknown>;
  // An optional referent left empty is fine; one partly given must be complete and valid.
  if (!field.required && !hasAnyValue(person)) return;
  for (const part of PERSON_PARTS) {
    const partValue = person[part.key];
    const partLabel = () => `${label()} — ${part.label[lang]}`;
    if (isBlank(partValue)) {
      if (part.required)
        out.push({ path: `${path}.${part.key}`, params: { label: partLabel() }, rule: 'field.required' });
      continue;
    }
    const format = 'format' in part ? part.format : undefined;
    if (format && !(format === 'email' ? EMAIL : PHONE).test(String(partValue).trim())) {
      out.push({ path: `${path}.${part.key}`, params: { label: partLabel(), format }, rule: 'field.format' });
    }
  }
}

function checkField(
  prepared: PreparedField,
  value: unknown,
  path: string,
  label: Label,
  lang: Lang,
  out: Finding<FieldIssue>[],
) {
  const { field } = prepared;
  switch (field.type) {
    case 'person':
      return checkPerson(field, value, path, label, lang, out);
    case 'group': {
      const items = Array.isArray(value) ? value : [];
      const min = field.required ? Math.max(field.minItems ?? 1, 1) : (field.minItems ?? 0);
      if (items.length < min)
        out.push({ path, params: { label: label(), min, count: items.length }, rule: 'group.min-items' });
      if (field.maxItems !== undefined && items.length > field.maxItems) {
        out.push({
          path,
          params: { label: label(), max: field.maxItems, count: items.length },
          rule: 'group.max-items',
        });
      }
      items.forEach((item, index) => {
        for (const child of prepared.children) {
          const childLabel = () => `${label()} ${index + 1} — ${child.field.label[lang]}`;
          checkField(child, getPath(item, child.keys), `${path}.${index}.${child.field.path}`, childLabel, lang, out);
        }
      });
      return;
    }
    case 'checkbox':
      if (field.required && value !== true)
        out.push({ path, params: { label: label() }, rule: 'field.checkbox-required' });
      return;
    case 'commune':
      return; // judged by the eligibility rules
    default: {
      if (isBlank(value)) {
        if (field.required) out.push({ path, params: { label: label() }, rule: 'field.required' });
        return;
      }
      const text = String(value);
      if (field.type === 'email' && !EMAIL.test(text.trim()))
        out.push({ path, params: { label: label(), format: 'email' }, rule: 'field.format' });
      if (field.type === 'phone' && !PHONE.test(text.trim()))
        out.push({ path, params: { label: label(), format: 'phone' }, rule: 'field.format' });
      if (field.type === 'choice' && !(field.options ?? []).some((option) => option.value === text)) {
        out.push({ path, params: { label: label(), format: 'choice' }, rule: 'field.format' });
      }
      if (field.maxLength !== undefined && text.length > field.maxLength) {
        out.push({
          path,
          params: { label: label(), max: field.maxLength, length: text.length },
          rule: 'field.too-long',
        });
      }
    }
  }
}

/** Every required field of every form section is given, and every given value is well formed. */
export const formFields = /* @__PURE__ */ defineRule({
  id: 'field.required',
  reports: FIELD_ISSUES,
  category: 'completeness',
  severity: 'error',
  check(context: RuleContext) {
    const out: Finding<FieldIssue>[] = [];
    const { lang, application } = context;
    for (const section of context.call.formSections) {
      for (const field of prepare(section.fields)) {
        checkField(field, getPath(application, field.keys), field.field.path, () => field.field.label[lang], lang, out);
      }
    }
    return out;
  },
});

/** With several sectors, the preferred one (the future "quartier d'innovation") is named, and only one. */
export const preferredSector = /* @__PURE__ */ defineRule({
  id: 'sectors.preferred',
  reports: ['sectors.preferred'],
  category: 'completeness',
  severity: 'warning',
  check(context) {
    const sectors = context.application.sectors ?? [];
    const preferred = sectors.filter((sector) => sector.preferred === true).length;
    if (sectors.length < 2 || preferred === 1) return [];
    return [{ path: 'sectors', params: { preferred, count: sectors.length } }];
  },
});
