// Which of the rules' messages the form shows, and where: none while the person types, a section's
// once they check it, all once they send. Pure functions of the call, the report and what was revealed.
import type { CallDefinition, Lang } from '@qmi/core';
import type { Issue, Report } from '@qmi/validators';

/** The sections whose messages the person asked to see, or all of them (after "send"). */
export type Revealed = ReadonlySet<string> | 'all';

/** Nothing revealed yet: the state of a form just opened. */
export const NOTHING_REVEALED: Revealed = new Set<string>();

/** The field a path is in: the field itself, or the person, list or list item above it. */
const fieldAt = (call: CallDefinition, path: string) => {
  for (const section of call.formSections) {
    const field = section.fields.find((f) => path === f.path || path.startsWith(`${f.path}.`));
    if (field) return { section, field };
  }
  return undefined;
};

/** The section a path is in: `documents` for a document kind, else the form section of its field. */
export function sectionOf(call: CallDefinition | undefined, path: string): string | undefined {
  if (path.startsWith('documents')) return 'documents';
  return call && fieldAt(call, path)?.section.id;
}

/** A path's name for people: its field's label, with the part inside the field after it ("Partenaires (0.name)"). */
export function labelOf(call: CallDefinition, path: string, lang: Lang): string {
  const field = fieldAt(call, path)?.field;
  if (!field) return path;
  return field.path === path ? field.label[lang] : `${field.label[lang]} (${path.slice(field.path.length + 1)})`;
}

/** What is revealed once a section is checked too ("all" stays "all"). */
export const reveal = (revealed: Revealed, section: string): Revealed =>
  revealed === 'all' ? revealed : new Set([...revealed, section]);

/** Whether an issue's message is shown: its section was checked, or the dossier sent. */
export function isShown(revealed: Revealed, call: CallDefinition, issue: Issue): boolean {
  if (revealed === 'all') return true;
  const section = sectionOf(call, issue.path);
  return section !== undefined && revealed.has(section);
}

/** The issues that block sending (errors, not warnings). */
export const blocking = (issues: readonly Issue[]): Issue[] => issues.filter((issue) => issue.severity === 'error');

/** The blocking issues of one section. */
export const blockingIn = (report: Report, call: CallDefinition, section: string): Issue[] =>
  blocking(report.issues).filter((issue) => sectionOf(call, issue.path) === section);

/** The message next to a field (or a document kind): its first blocking issue, once revealed. */
export const messageAt = (report: Report, call: CallDefinition, revealed: Revealed, path: string): string | undefined =>
  report.issues.find((issue) => issue.path === path && issue.severity === 'error' && isShown(revealed, call, issue))
    ?.message;

/** Whether a section checked here says it is complete (checked, not sent, and nothing blocks in it). */
export const isConfirmed = (report: Report, call: CallDefinition, revealed: Revealed, section: string): boolean =>
  revealed !== 'all' && revealed.has(section) && blockingIn(report, call, section).length === 0;

/**
 * A listed issue as the current report words it (the same rule on the same path): the error summary
 * was made in the language of its moment, and follows the page's language after.
 */
export const inCurrentReport = (report: Report | undefined, issue: Issue): Issue =>
  report?.issues.find((fresh) => fresh.rule === issue.rule && fresh.path === issue.path) ?? issue;
