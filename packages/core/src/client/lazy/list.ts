import * as z from 'zod/mini';

/** A `{ data: [...] }` list of `item`. Only `*.schemas.ts` modules (loaded with `import()`) use it. */
export const listOf = <S extends z.core.$ZodType>(item: S) => z.object({ data: z.array(item) });
