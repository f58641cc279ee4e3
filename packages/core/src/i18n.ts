import * as z from 'zod';
import { LANGS, type Lang as LangName } from './lang.js';

/** The language schema; the type of the same name is the union "fr" | "en". */
export const Lang = z.enum(LANGS);
export type Lang = LangName;

/** A text given in every supported language. */
export const LocalizedText = z
  .object({ fr: z.string().min(1), en: z.string().min(1) })
  .meta({ id: 'LocalizedText', description: 'A text in French (default) and English.' });
export type LocalizedText = z.infer<typeof LocalizedText>;
