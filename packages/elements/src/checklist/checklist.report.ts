import type { Lang } from '@qmi/core';
import type { Issue, Report } from '@qmi/validators';
import type { ChecklistMessages } from './checklist.messages.js';

/** The report's issues as the checklist lists them: eligibility and completeness, each split by severity. */
export interface IssueGroups {
  /** Why the commune cannot apply. */
  eligibilityErrors: Issue[];
  /** Eligibility notes that do not block. */
  eligibilityNotes: Issue[];
  /** What must be completed before submitting (each links to its field). */
  missing: Issue[];
  /** What may be worth a second look (warnings and notes). */
  doubtful: Issue[];
}

const isError = (issue: Issue) => issue.severity === 'error';

export function groupIssues(report: Report): IssueGroups {
  const eligibility = report.issues.filter((issue) => issue.category === 'eligibility');
  const completeness = report.issues.filter((issue) => issue.category === 'completeness');
  return {
    eligibilityErrors: eligibility.filter(isError),
    eligibilityNotes: eligibility.filter((issue) => !isError(issue)),
    missing: completeness.filter(isError),
    doubtful: completeness.filter((issue) => !isError(issue)),
  };
}

/** The overall line: ready, not eligible, or the number of blocking points ("3 points à compléter"). */
export function overallText(report: Report, t: Pick<ChecklistMessages, 'ready' | 'blocked' | 'toComplete'>): string {
  if (report.readyToSubmit) return t.ready;
  if (!report.eligible) return t.blocked;
  return t.toComplete(report.issues.filter(isError).length);
}

/** "Paris" for "Europe/Paris", "New York" for "America/New_York". */
export const zoneCity = (timeZone: string): string => (timeZone.split('/').pop() ?? timeZone).replace(/_/g, ' ');

/** "A, B et C" / "A, B and C". */
export const listFormat = (items: string[], lang: Lang): string =>
  new Intl.ListFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { style: 'long', type: 'conjunction' }).format(items);
