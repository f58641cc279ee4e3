import type { CallDefinition, Lang } from '@qmi/core';
import { isBlank } from './rules/fields.js';
import type { EvaluableApplication } from './rules/types.js';
import type { Issue } from './evaluate.js';
import { getPath } from '@qmi/core';

/**
 * Where one section of the task list stands: nothing filled in, partly filled in, or complete (no
 * completeness error left).
 */
export type SectionStatus = 'not_started' | 'in_progress' | 'completed';

/** One line of the task list (GOV.UK pattern): a form section, or the documents. */
export interface SectionProgress {
  id: string;
  title: string;
  status: SectionStatus;
  /**
   * Fields (or document kinds) with nothing left to fix, out of the fields to fill: the required ones, and
   * an optional one once something is typed in it (an empty optional field is neither done nor missing).
   */
  done: number;
  total: number;
  /** Paths of the blocking issues in this section, for links to the fields. */
  issuePaths: string[];
}

const under = (path: string, root: string) => path === root || path.startsWith(`${root}.`);
const hasValue = (value: unknown): boolean =>
  typeof value === 'object' && value !== null
    ? Object.values(value).some(hasValue)
    : !isBlank(value) && value !== false;

export const DOCUMENTS_SECTION = { id: 'documents', title: { fr: 'Pièces du dossier', en: 'Documents' } } as const;

/** Progress of each section from the issues already found: one source of truth with the report. */
export function sectionProgress(
  application: EvaluableApplication,
  call: CallDefinition,
  issues: readonly Issue[],
  lang: Lang,
): SectionProgress[] {
  const blocking = issues.filter((issue) => issue.severity === 'error' && issue.category === 'completeness');
  // Whether anything was typed is only looked at when the issues do not settle the status already.
  const status = (started: () => boolean, done: number, total: number, anyRequired: boolean): SectionStatus =>
    done === total && (anyRequired || started()) ? 'completed' : started() ? 'in_progress' : 'not_started';

  const sections = call.formSections.map((section) => {
    const roots = section.fields.map((field) => field.path);
    const sectionIssues = blocking.length
      ? blocking.filter((issue) => roots.some((root) => under(issue.path, root)))
      : [];
    const hasIssue = (root: string) => sectionIssues.some((issue) => under(issue.path, root));
    const counted = section.fields
      .filter((field) => field.required || hasIssue(field.path) || hasValue(getPath(application, field.path)))
      .map((field) => field.path);
    const done = counted.filter((root) => !hasIssue(root)).length;
    const started = () => roots.some((root) => hasValue(getPath(application, root)));
    const anyRequired = section.fields.some((field) => field.required);
    return {
      id: section.id,
      title: section.title[lang],
      status: status(started, done, counted.length, anyRequired),
      done,
      total: counted.length,
      issuePaths: sectionIssues.map((i) => i.path),
    };
  });

  const documentIssues = blocking.filter((issue) => under(issue.path, 'documents'));
  const kinds = call.documentKinds.map((kind) => `documents.${kind.id}`);
  const done = kinds.filter((root) => !documentIssues.some((issue) => under(issue.path, root))).length;
  const started = (application.documents?.length ?? 0) > 0;
  sections.push({
    id: DOCUMENTS_SECTION.id,
    title: DOCUMENTS_SECTION.title[lang],
    status: documentIssues.some((issue) => issue.path === 'documents')
      ? started
        ? 'in_progress'
        : 'not_started'
      : status(() => started, done, kinds.length, false),
    done,
    total: kinds.length,
    issuePaths: documentIssues.map((i) => i.path),
  });
  return sections;
}
