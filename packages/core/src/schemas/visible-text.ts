import * as z from 'zod/mini';
import { hasVisibleText } from '../text.js';

/** The field error code of a required text that shows nothing (spaces, a zero-width space…). */
export const NO_VISIBLE_TEXT = 'no_visible_text';

/**
 * A required text must show something: "" and "   " fail `trim().min(1)`, but a zero-width space or a
 * lone format character would pass it and look empty. Worded by `errorMap` (fr, en) from its code.
 */
export const visibleText = <S extends z.ZodMiniString<string>>(schema: S): S =>
  schema.check(z.refine(hasVisibleText, { params: { code: NO_VISIBLE_TEXT } }));
