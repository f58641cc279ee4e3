import * as z from 'zod/mini';
import { LIFECYCLE_ACTIONS, ROLES } from '../lifecycle-lists.js';
import { APPLICATION_STATUSES, DECISION_ACTIONS } from '../lifecycle-rules.js';

// The lifecycle's plain values (statuses, their names, transitions) are in ../lifecycle-rules.ts, without zod.

/**
 * Where a dossier stands in the call: `draft`, `submitted`, `changes_requested`, `eligible`, `ineligible`,
 * `selected`, `not_selected` or `withdrawn` (the schema of {@link APPLICATION_STATUSES}).
 */
export const ApplicationStatus = z.enum(APPLICATION_STATUSES);
export type ApplicationStatus = z.infer<typeof ApplicationStatus>;

/** Applicants write dossiers; organisers run the call and decide; reviewers assess the dossiers assigned to them. */
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** What a person does to move a dossier; each action is one HTTP route. */
export const LifecycleAction = z.enum(LIFECYCLE_ACTIONS);
export type LifecycleAction = z.infer<typeof LifecycleAction>;

/** The decisions an organiser records (POST /applications/{id}/decisions): lifecycle actions (`satisfies` keeps them so). */
export const DecisionAction = z.enum(DECISION_ACTIONS);
export type DecisionAction = z.infer<typeof DecisionAction>;

/**
 * An organiser's decision on a dossier, as recorded: the action, what was said to the commune, the reasons or
 * the fields to change, by whom and when.
 */
export const Decision = z.object({
  id: z.string(),
  applicationId: z.string(),
  action: DecisionAction,
  comment: z.optional(z.string().check(z.maxLength(8000))),
  /** declare_ineligible: why, drawn from the rules' issues or written by the organiser. */
  reasons: z.optional(z.array(z.string())),
  /** request_changes: the fields (dotted paths of the form) or section ids the commune must change. */
  fields: z.optional(z.array(z.string())),
  /** select: when the agreement must be signed by (the call's `agreementWithinMonths` after the decision). */
  agreementDeadline: z.optional(z.iso.datetime()),
  fromStatus: ApplicationStatus,
  toStatus: ApplicationStatus,
  decidedBy: z.string(),
  decidedAt: z.iso.datetime(),
});
export type Decision = z.infer<typeof Decision>;

/**
 * The body of an organiser's decision on a dossier (`client.applications.decide`); `reasons` is
 * required for `declare_ineligible`, `fields` for `request_changes`.
 */
export const DecisionRequest = z.object({
  action: DecisionAction,
  /** Said to the commune, in the decision's e-mail and in its form. */
  comment: z.optional(z.string().check(z.maxLength(8000))),
  /** Required (at least one) for declare_ineligible. */
  reasons: z.optional(z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(1000))).check(z.maxLength(30))),
  /** Required (at least one) for request_changes: form field paths or section ids. */
  fields: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(200))).check(z.maxLength(100))),
});
export type DecisionRequest = z.infer<typeof DecisionRequest>;
