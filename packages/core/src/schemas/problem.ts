import * as z from 'zod/mini';

/**
 * One field's problem in a refused request (the `errors` of a problem+json answer): the field's path, a
 * stable `code` (see `ERROR_CODES`) and a message in the request's language.
 */
export const FieldError = z.object({
  /** Dotted path of the field, e.g. "team.agent.email"; "" for the body itself. */
  path: z.string(),
  code: z.string(),
  message: z.string(),
});
export type FieldError = z.infer<typeof FieldError>;

/** A finding of the call's rules (@qmi/validators), as the server lists them on a refused submission. */
export const RuleIssue = z.object({
  rule: z.string(),
  category: z.enum(['eligibility', 'completeness']),
  severity: z.enum(['error', 'warning', 'info']),
  path: z.string(),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type RuleIssue = z.infer<typeof RuleIssue>;

/** RFC 9457 problem details, with our stable `code` and field errors. */
export const Problem = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.number().check(z.int()),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  code: z.string(),
  requestId: z.optional(z.string()),
  errors: z.optional(z.array(FieldError)),
  /** On 422 incomplete_application / commune_not_eligible: the rules' issues, as the browser shows them. */
  issues: z.optional(z.array(RuleIssue)),
});
export type Problem = z.infer<typeof Problem>;

/** Paginated lists: `nextCursor` is absent on the last page. */
export const pageOf = <T extends z.core.$ZodType>(item: T) =>
  z.object({ data: z.array(item), nextCursor: z.optional(z.string()) });
/**
 * One page of a list as the API returns it: the items, and the cursor of the next page (absent on the last
 * page).
 */
export interface Page<T> {
  data: T[];
  nextCursor?: string | undefined;
}
