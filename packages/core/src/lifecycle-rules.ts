// The dossier's lifecycle as plain values: statuses, their names, who may move a dossier where. No zod here:
// pages that only read these (the form asks isEditable, the board names statuses) load no schema library.
// The zod enums built from them are in schemas/lifecycle.ts.

import type { LifecycleAction, Role } from './lifecycle-lists.js';

/** Every status of a dossier, in the order of its lifecycle (as plain strings, without zod). */
export const APPLICATION_STATUSES = [
  'draft',
  'submitted',
  'changes_requested',
  'eligible',
  'ineligible',
  'selected',
  'not_selected',
  'withdrawn',
] as const;
// Not exported: the package's root re-exports this module whole (`export *`), and its public
// ApplicationStatus (value and type) is the zod enum of schemas/lifecycle.ts.
type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** The decisions an organiser records (POST /applications/{id}/decisions): lifecycle actions. */
export const DECISION_ACTIONS = [
  'request_changes',
  'declare_eligible',
  'declare_ineligible',
  'select',
  'reject',
] as const satisfies readonly LifecycleAction[];

/**
 * What each status is called, in the words of the call (« lauréat », « non retenu »): one set for the
 * organisers' board, the dossier view and the exports, so that a spreadsheet reads as the screen.
 */
export const APPLICATION_STATUS_LABELS: Readonly<Record<ApplicationStatus, { fr: string; en: string }>> = {
  draft: { fr: 'Brouillon', en: 'Draft' },
  submitted: { fr: 'Déposé', en: 'Submitted' },
  changes_requested: { fr: 'Modifications demandées', en: 'Changes requested' },
  eligible: { fr: 'Éligible', en: 'Eligible' },
  ineligible: { fr: 'Non éligible', en: 'Not eligible' },
  selected: { fr: 'Lauréat', en: 'Laureate' },
  not_selected: { fr: 'Non retenu', en: 'Not selected' },
  withdrawn: { fr: 'Retiré', en: 'Withdrawn' },
};

/** The statuses' names in one language. */
export const statusLabels = (lang: 'fr' | 'en'): Record<ApplicationStatus, string> =>
  Object.fromEntries(APPLICATION_STATUSES.map((status) => [status, APPLICATION_STATUS_LABELS[status][lang]])) as Record<
    ApplicationStatus,
    string
  >;

/**
 * One move of a dossier's lifecycle: the action, the statuses it may start from, the status it leads to, and
 * the role that may take it (see {@link TRANSITIONS}).
 */
export interface Transition {
  action: LifecycleAction;
  from: readonly ApplicationStatus[];
  to: ApplicationStatus;
  by: Role;
}

/**
 * Who may move a dossier where. Applicants submit and withdraw their own dossiers;
 * organisers examine submitted ones. Anything not listed here is refused.
 */
export const TRANSITIONS: readonly Transition[] = [
  { action: 'submit', from: ['draft', 'changes_requested'], to: 'submitted', by: 'applicant' },
  { action: 'withdraw', from: ['draft', 'submitted', 'changes_requested'], to: 'withdrawn', by: 'applicant' },
  { action: 'request_changes', from: ['submitted'], to: 'changes_requested', by: 'organiser' },
  { action: 'declare_eligible', from: ['submitted'], to: 'eligible', by: 'organiser' },
  { action: 'declare_ineligible', from: ['submitted'], to: 'ineligible', by: 'organiser' },
  { action: 'select', from: ['eligible'], to: 'selected', by: 'organiser' },
  { action: 'reject', from: ['eligible'], to: 'not_selected', by: 'organiser' },
];

/** The status an action leads to, or undefined when the action is not allowed from there for that role. */
export function nextStatus(
  from: ApplicationStatus,
  action: LifecycleAction,
  role: Role,
): ApplicationStatus | undefined {
  const transition = TRANSITIONS.find((t) => t.action === action && t.by === role && t.from.includes(from));
  return transition?.to;
}

/** Statuses in which the applicant may still edit the dossier's content. */
export const EDITABLE_STATUSES: readonly ApplicationStatus[] = ['draft', 'changes_requested'];

/** Whether a dossier in this status may still be edited by its applicants (`draft` or `changes_requested`). */
export const isEditable = (status: ApplicationStatus): boolean => EDITABLE_STATUSES.includes(status);
