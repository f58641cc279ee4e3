import * as z from 'zod';

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
export const ApplicationStatus = z.enum(APPLICATION_STATUSES).meta({ id: 'ApplicationStatus' });
export type ApplicationStatus = z.infer<typeof ApplicationStatus>;

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

/** Applicants write dossiers; organisers run the call and decide; reviewers assess the dossiers assigned to them. */
export const Role = z.enum(['applicant', 'organiser', 'reviewer']).meta({ id: 'Role' });
export type Role = z.infer<typeof Role>;

/** What a person does to move a dossier; each action is one HTTP route. */
export const LifecycleAction = z
  .enum(['submit', 'withdraw', 'request_changes', 'declare_eligible', 'declare_ineligible', 'select', 'reject'])
  .meta({ id: 'LifecycleAction' });
export type LifecycleAction = z.infer<typeof LifecycleAction>;

/** The decisions an organiser records (POST /applications/{id}/decisions). */
export const DecisionAction = LifecycleAction.extract([
  'request_changes',
  'declare_eligible',
  'declare_ineligible',
  'select',
  'reject',
]).meta({ id: 'DecisionAction' });
export type DecisionAction = z.infer<typeof DecisionAction>;

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

export const isEditable = (status: ApplicationStatus): boolean => EDITABLE_STATUSES.includes(status);

export const Decision = z
  .object({
    id: z.string(),
    applicationId: z.string(),
    action: DecisionAction,
    comment: z.string().max(8000).optional(),
    /** declare_ineligible: why, drawn from the rules' issues or written by the organiser. */
    reasons: z.array(z.string()).optional(),
    /** request_changes: the fields (dotted paths of the form) or section ids the commune must change. */
    fields: z.array(z.string()).optional(),
    /** select: when the agreement must be signed by (the call's `agreementWithinMonths` after the decision). */
    agreementDeadline: z.iso.datetime().optional(),
    fromStatus: ApplicationStatus,
    toStatus: ApplicationStatus,
    decidedBy: z.string(),
    decidedAt: z.iso.datetime(),
  })
  .meta({ id: 'Decision' });
export type Decision = z.infer<typeof Decision>;

export const DecisionRequest = z
  .object({
    action: DecisionAction,
    /** Said to the commune, in the decision's e-mail and in its form. */
    comment: z.string().max(8000).optional(),
    /** Required (at least one) for declare_ineligible. */
    reasons: z.array(z.string().trim().min(1).max(1000)).max(30).optional(),
    /** Required (at least one) for request_changes: form field paths or section ids. */
    fields: z.array(z.string().min(1).max(200)).max(100).optional(),
  })
  .meta({ id: 'DecisionRequest' });
export type DecisionRequest = z.infer<typeof DecisionRequest>;
