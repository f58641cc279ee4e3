import * as z from 'zod';

export const FieldError = z
  .object({
    /** Dotted path of the field, e.g. "team.agent.email"; "" for the body itself. */
    path: z.string(),
    code: z.string(),
    message: z.string(),
  })
  .meta({ id: 'FieldError' });
export type FieldError = z.infer<typeof FieldError>;

/** RFC 9457 problem details, with our stable `code` and field errors. */
export const Problem = z
  .looseObject({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    code: z.string(),
    requestId: z.string().optional(),
    errors: z.array(FieldError).optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details (application/problem+json).' });
export type Problem = z.infer<typeof Problem>;

/** Paginated lists: `nextCursor` is absent on the last page. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ data: z.array(item), nextCursor: z.string().optional() });
export interface Page<T> {
  data: T[];
  nextCursor?: string | undefined;
}
