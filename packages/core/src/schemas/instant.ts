import * as z from 'zod/mini';
import { _isoDateTime } from 'zod/v4/core';

/**
 * An instant on the wire: ISO 8601 in UTC ("Z"), as every timestamp of the API. This is what
 * `z.iso.datetime({ offset: false })` builds, without the `z.iso` namespace object, which would bring
 * the date, time and duration formats (and their patterns) into every page that reads a date.
 */
export const Instant = _isoDateTime(z.ZodMiniISODateTime, { offset: false });
export type Instant = z.infer<typeof Instant>;
