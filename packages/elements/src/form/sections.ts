// Which parts of the dossier one <qmi-application-form> shows (its `sections` attribute), and where
// the parts it does not show live (its `section-href` template): a partner may spread the dossier over
// the pages of its own site, one form per page, all on the same dossier and the same autosave.
import type { CallDefinition } from '@qmi/core';
import { fieldId } from './fields.js';

/** Parts a page may name besides the call's form sections. */
export const PSEUDO_SECTIONS = ['task-list', 'documents', 'people', 'submit'] as const;

/** Whether a `sections` attribute shows a pseudo-section (`documents`, `people`…): empty shows everything. */
export function namesSection(value: string, id: (typeof PSEUDO_SECTIONS)[number]): boolean {
  const ids = value.split(/[\s,]+/).filter(Boolean);
  return ids.length === 0 || ids.includes(id);
}

/** Each page warns its developer once per attribute value, not at every render. */
const warned = new Set<string>();

/**
 * The ids named by a `sections` attribute (space- or comma-separated), or undefined for "everything".
 * An id that is neither a section of the call nor a pseudo-section is left out, and named in a console
 * warning: a typo must not fail silently into an empty page.
 */
export function selectedSections(value: string, call: CallDefinition): ReadonlySet<string> | undefined {
  const ids = value.split(/[\s,]+/).filter(Boolean);
  if (ids.length === 0) return undefined;
  const known = [...call.formSections.map((section) => section.id), ...PSEUDO_SECTIONS];
  const unknown = ids.filter((id) => !known.includes(id));
  const key = `${call.id}|${value}`;
  if (unknown.length && !warned.has(key)) {
    warned.add(key);
    console.warn(
      `<qmi-application-form sections="${value}">: no section ${unknown.map((id) => `"${id}"`).join(', ')} in the call ${call.id}. Known ids: ${known.join(', ')}.`,
    );
  }
  return new Set(ids.filter((id) => known.includes(id)));
}

/**
 * Where a section shown on another page lives, from the `section-href` template (`/candidature/{section}`);
 * with a field, the link ends with `#<field id>` so that the form on that page takes the person to it.
 */
export function sectionHref(template: string, section: string, path?: string): string | undefined {
  if (!template) return undefined;
  const page = template.replaceAll('{section}', encodeURIComponent(section));
  return path ? `${page}#${fieldId(path)}` : page;
}

/**
 * The field id a page's URL names (the part after its last `#`, so that a hash route such as
 * `#/candidature/team#f-team-agent-email` works too), or undefined.
 */
export function fieldIdFromUrl(hash: string = globalThis.location?.hash ?? ''): string | undefined {
  const id = hash.slice(hash.lastIndexOf('#') + 1);
  return id.startsWith('f-') ? id : undefined;
}
