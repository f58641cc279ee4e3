// The roles and the lifecycle's actions as plain lists, for the zod enums of schemas/lifecycle.ts (the public
// names) and the rules of lifecycle-rules.ts. Not in lifecycle-rules.ts, which the package's root re-exports
// whole (`export *`): these lists are not public.

/** Applicants write dossiers; organisers run the call and decide; reviewers assess the dossiers assigned to them. */
export const ROLES = ['applicant', 'organiser', 'reviewer'] as const;
export type Role = (typeof ROLES)[number];

/** What a person does to move a dossier; each action is one HTTP route. */
export const LIFECYCLE_ACTIONS = [
  'submit',
  'withdraw',
  'request_changes',
  'declare_eligible',
  'declare_ineligible',
  'select',
  'reject',
] as const;
export type LifecycleAction = (typeof LIFECYCLE_ACTIONS)[number];
