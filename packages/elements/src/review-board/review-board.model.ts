import { APPLICATION_STATUSES, type ApplicationStatus, type Assignment, type BoardRow } from '@qmi/core';

/*
 * What the board shows of its rows, as pure functions of the rows and the person's choices: the
 * filters, the order and the reviewers to filter by. The platform gives every row of the call (a
 * call has about 130 communes); filtering and sorting here answer at each key press, with no request.
 */

export type SortKey = 'commune' | 'status' | 'complete' | 'eligible' | 'updatedAt' | 'assessments';
export type SortDirection = 'ascending' | 'descending';
export interface Sort {
  key: SortKey;
  direction: SortDirection;
}

/** A reviewer's own assessment of a dossier (reviewer mode). */
export type MyAssessment = Assignment['assessment'];

export interface Filters {
  status: ApplicationStatus | '';
  completeness: '' | 'complete' | 'incomplete';
  eligibility: '' | 'eligible' | 'ineligible';
  /** A reviewer's id, `none` for dossiers without one, '' for any. */
  reviewer: string;
  text: string;
}

export const NO_FILTERS: Filters = { status: '', completeness: '', eligibility: '', reviewer: '', text: '' };
export const DEFAULT_SORT: Sort = { key: 'commune', direction: 'ascending' };
export const UNASSIGNED = 'none';

export const filtering = (filters: Filters): boolean =>
  Object.values(filters).some((value) => String(value).trim() !== '');

/** Lower case, without accents: "Épinay" is found by "epinay". */
const folded = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();

export function filterRows(rows: readonly BoardRow[], filters: Filters): BoardRow[] {
  const text = folded(filters.text);
  return rows.filter(
    (row) =>
      (!filters.status || row.status === filters.status) &&
      (!filters.completeness || row.complete === (filters.completeness === 'complete')) &&
      (!filters.eligibility || row.eligible === (filters.eligibility === 'eligible')) &&
      (!filters.reviewer ||
        (filters.reviewer === UNASSIGNED
          ? row.reviewers.length === 0
          : row.reviewers.some((reviewer) => reviewer.id === filters.reviewer))) &&
      (!text || folded(row.communeName).includes(text) || row.commune.toLowerCase().startsWith(text)),
  );
}

const statusRank = (status: ApplicationStatus) => APPLICATION_STATUSES.indexOf(status);

/** Orders rows by one column; ties keep the commune's alphabetical order, so the order never jumps. */
export function sortRows(rows: readonly BoardRow[], sort: Sort, locale: string): BoardRow[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const byCommune = (a: BoardRow, b: BoardRow) =>
    collator.compare(a.communeName, b.communeName) || a.commune.localeCompare(b.commune);
  const compare: Record<SortKey, (a: BoardRow, b: BoardRow) => number> = {
    commune: byCommune,
    status: (a, b) => statusRank(a.status) - statusRank(b.status),
    complete: (a, b) => Number(b.complete) - Number(a.complete) || a.missing - b.missing,
    eligible: (a, b) => Number(b.eligible) - Number(a.eligible),
    updatedAt: (a, b) => Date.parse(a.updatedAt) - Date.parse(b.updatedAt),
    assessments: (a, b) =>
      a.assessments.submitted - b.assessments.submitted || a.assessments.expected - b.assessments.expected,
  };
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => sign * compare[sort.key](a, b) || byCommune(a, b));
}

/** Clicking a column's header sorts by it; clicking it again reverses the order. */
export const nextSort = (current: Sort, key: SortKey): Sort =>
  current.key === key
    ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
    : { key, direction: key === 'updatedAt' ? 'descending' : 'ascending' };

/** Every reviewer assigned to a row, once, in the order of their e-mail addresses. */
export function reviewersOf(rows: readonly BoardRow[]): BoardRow['reviewers'] {
  const byId = new Map(rows.flatMap((row) => row.reviewers.map((reviewer) => [reviewer.id, reviewer] as const)));
  return [...byId.values()].sort((a, b) => a.email.localeCompare(b.email));
}
