// The English strings: a module of their own, loaded the first time an element of the page speaks English
// (see lazyTranslations in i18n/translate.ts); French pages never download them.
import { statusLabels } from '@qmi/core';
import { type ReviewBoardMessages, plural } from './review-board.messages.js';

const en: ReviewBoardMessages = {
  heading: 'Communes’ dossiers',
  headingReviewer: 'Dossiers assigned to you',
  loading: 'Loading the dossiers…',
  signedOut: 'Sign in to see the dossiers.',
  failed: 'The dossiers could not be loaded.',
  retry: 'Try again',
  unexpected: 'An unexpected error occurred. Try again.',
  caption: (call, shown, total) =>
    shown === total
      ? `${call}: ${total} ${plural(total, 'dossier', 'dossiers')}`
      : `${call}: ${shown} of ${total} ${plural(total, 'dossier', 'dossiers')} shown`,
  empty: 'No dossier for this call yet.',
  emptyReviewer: 'No dossier is assigned to you yet.',
  noMatch: 'No dossier matches these filters.',
  clearFilters: 'Clear the filters',

  statuses: statusLabels('en'),
  countsHeading: 'Dossiers by status',
  countAll: (count) => `All: ${count}`,
  countOf: (status, count) => `${status}: ${count}`,
  selectionCap: (selected, max) => `${selected} / ${max} selected`,
  selectionCount: (selected) => `${selected} ${plural(selected, 'laureate', 'laureates')}`,

  filtersHeading: 'Filter the dossiers',
  filterStatus: 'Status',
  filterCompleteness: 'Completeness',
  filterEligibility: 'Eligibility',
  filterReviewer: 'Reviewer',
  filterText: 'Commune',
  filterTextHint: 'Name or INSEE code',
  any: 'All',
  complete: 'Complete',
  incomplete: 'Incomplete',
  eligible: 'Eligible',
  ineligible: 'Not eligible',
  unassigned: 'No reviewer',
  shown: (count) => (count ? `${count} ${plural(count, 'dossier', 'dossiers')} shown.` : 'No dossier shown.'),

  columns: {
    commune: 'Commune',
    status: 'Status',
    complete: 'Complete',
    eligible: 'Eligible',
    updatedAt: 'Last change',
    assessments: 'Assessments',
    reviewers: 'Reviewers',
    agreement: 'Agreement',
    mine: 'My assessment',
    documents: 'Documents',
  },
  sortedBy: (column, ascending) => `Sorted by ${column}, ${ascending ? 'ascending' : 'descending'}.`,
  sortHint: 'Up and down arrows move between dossiers, Enter opens one.',
  checkAll: 'Check every dossier shown',
  checkRow: (commune) => `Check the dossier of ${commune}`,
  checked: (count) => `${count} ${plural(count, 'dossier', 'dossiers')} checked`,
  missing: (count) => `No: ${count} missing ${plural(count, 'item', 'items')}`,
  yes: 'Yes',
  no: 'No',
  issuesOf: (commune) => `Why ${commune} is not eligible`,
  noReviewer: 'None',
  conflict: 'conflict of interest declared',
  assessments: (submitted, expected) => `${submitted} / ${expected}`,
  mine: { not_started: 'Not started', draft: 'Draft', submitted: 'Submitted' },
  adviceRequested: 'Advice requested',
  notHoldingPlace: 'Not holding the place: account not verified',
  agreementBefore: (date) => `To sign by ${date}`,
  agreementLate: (date) => `Late: to sign by ${date}`,
  agreementSigned: (date) => `Signed on ${date}`,
  zip: 'ZIP',
  zipOf: (commune) => ` of the documents of ${commune}`,

  exportCsv: 'Export as CSV',
  exportXlsx: 'Export as XLSX',
  exportScope: (count, checked) =>
    checked
      ? `The export holds the ${count} checked ${plural(count, 'dossier', 'dossiers')}.`
      : `The export holds the ${count} ${plural(count, 'dossier', 'dossiers')} shown.`,
  exporting: 'Preparing the file…',
  downloaded: (filename) => `File downloaded: ${filename}.`,
};

export default en;
