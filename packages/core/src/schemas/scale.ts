import * as z from 'zod/mini';
import { LocalizedText } from '../i18n.js';

/*
 * Apart from review.ts so that the call's schema (which names its scale) does not bring every organiser's
 * schema with it: a page showing a call's timeline loads this and not the reviewers' and assessments' schemas.
 */

/** One level of the call's assessment scale (QMI 2: four levels, 1 "Insuffisant" to 4 "Excellent"). */
export const ScaleLevel = z.object({
  value: z.number().check(z.int(), z.gte(0), z.lte(100)),
  label: LocalizedText,
  description: z.optional(LocalizedText),
});
export type ScaleLevel = z.infer<typeof ScaleLevel>;
