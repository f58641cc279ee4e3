import { EMAIL, getPath, PHONE, type FormField, type Lang } from '@qmi/core';
import type { Finding, Rule, RuleContext } from './types.js';

/** The parts of a person (a referent, a contact) and which of them a complete dossier needs. */
const PERSON_PARTS = [
  { key: 'firstName', required: true, label: { fr: 'prénom', en: 'first name' } },
  { key: 'lastName', required: true, label: { fr: 'nom', en: 'last name' } },
  { key: 'role', required: true, label: { fr: 'fonction', en: 'position' } },
  { key: 'email', required: true, label: { fr: 'adresse e-mail', en: 'e-mail address' }, format: 'email' },
  { key: 'phone', required: false, label: { fr: 'téléphone', en: 'phone' }, format: 'phone' },
] as const;

export const isBlank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);

const hasAnyValue = (value: unknown): boolean =>
  typeof value === 'object' && value !== null ? Object.values(value).some((v) => !isBlank(v) && v !== false) : !isBlank(value) && value !== false;

export interface FieldVisit {
  field: FormField;
  path: string;
  label: string;
  value: unknown;
}

/**
 * Every field of the call's form with its value in the dossier, group items expanded
 * ("partners.0.contact.email"). Labels are in the reader's language; an item's label names its group.
 */
export function* visitFields(fields: readonly FormField[], root: unknown, lang: Lang, base = '', groupLabel = ''): Generator<FieldVisit> {
  for (const field of fields) {
    const path = base ? `${base}.${field.path}` : field.path;
    const label = groupLabel ? `${groupLabel} — ${field.label[lang]}` : field.label[lang];
    yield { field, path, label, value: getPath(root, field.path) };
  }
}

function checkPerson(visit: FieldVisit, lang: Lang, out: Finding[]) {
  const person = (visit.value ?? {}) as Record<string, unknown>;
  // An optional referent left empty is fine; one partly given must be complete and valid.
  if (!visit.field.required && !hasAnyValue(person)) return;
  for (const part of PERSON_PARTS) {
    const value = person[part.key];
    const path = `${visit.path}.${part.key}`;
    const label = `${visit.label} — ${part.label[lang]}`;
    if (isBlank(value)) {
      if (part.required) out.push({ path, params: { label }, rule: 'field.required' });
      continue;
    }
    const format = 'format' in part ? part.format : undefined;
    if (format && !(format === 'email' ? EMAIL : PHONE).test(String(value).trim())) {
      out.push({ path, params: { label, format }, rule: 'field.format' });
    }
  }
}

function checkField(visit: FieldVisit, lang: Lang, out: Finding[]) {
  const { field, path, label, value } = visit;
  switch (field.type) {
    case 'person':
      return checkPerson(visit, lang, out);
    case 'group': {
      const items = Array.isArray(value) ? value : [];
      const min = field.required ? Math.max(field.minItems ?? 1, 1) : (field.minItems ?? 0);
      if (items.length < min) out.push({ path, params: { label, min, count: items.length }, rule: 'group.min-items' });
      if (field.maxItems !== undefined && items.length > field.maxItems) {
        out.push({ path, params: { label, max: field.maxItems, count: items.length }, rule: 'group.max-items' });
      }
      items.forEach((item, index) => {
        for (const inner of visitFields(field.fields ?? [], item, lang, `${path}.${index}`, `${label} ${index + 1}`)) checkField(inner, lang, out);
      });
      return;
    }
    case 'checkbox':
      if (field.required && value !== true) out.push({ path, params: { label }, rule: 'field.checkbox-required' });
      return;
    case 'commune':
      return; // judged by the eligibility rules
    default: {
      if (isBlank(value)) {
        if (field.required) out.push({ path, params: { label }, rule: 'field.required' });
        return;
      }
      const text = String(value);
      if (field.type === 'email' && !EMAIL.test(text.trim())) out.push({ path, params: { label, format: 'email' }, rule: 'field.format' });
      if (field.type === 'phone' && !PHONE.test(text.trim())) out.push({ path, params: { label, format: 'phone' }, rule: 'field.format' });
      if (field.type === 'choice' && !(field.options ?? []).some((option) => option.value === text)) {
        out.push({ path, params: { label, format: 'choice' }, rule: 'field.format' });
      }
      if (field.maxLength !== undefined && text.length > field.maxLength) {
        out.push({ path, params: { label, max: field.maxLength, length: text.length }, rule: 'field.too-long' });
      }
    }
  }
}

/** Every required field of every form section is given, and every given value is well formed. */
export const formFields: Rule = {
  id: 'field.required',
  category: 'completeness',
  severity: 'error',
  check(context: RuleContext) {
    const out: Finding[] = [];
    for (const section of context.call.formSections) {
      for (const visit of visitFields(section.fields, context.application, context.lang)) checkField(visit, context.lang, out);
    }
    return out;
  },
};

/** With several sectors, the preferred one (the future "quartier d'innovation") is named, and only one. */
export const preferredSector: Rule = {
  id: 'sectors.preferred',
  category: 'completeness',
  severity: 'warning',
  check(context) {
    const sectors = context.application.sectors ?? [];
    const preferred = sectors.filter((sector) => sector.preferred === true).length;
    if (sectors.length < 2 || preferred === 1) return [];
    return [{ path: 'sectors', params: { preferred, count: sectors.length } }];
  },
};
