import * as z from 'zod/mini';
import { LANGS, type Lang as LangName } from './lang.js';

/** The language schema; the type of the same name is the union "fr" | "en". */
export const Lang = z.enum(LANGS);
export type Lang = LangName;

/** A text given in every supported language. */
export const LocalizedText = z.object({ fr: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });
export type LocalizedText = z.infer<typeof LocalizedText>;
