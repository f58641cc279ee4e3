import type { Lang } from '@qmi/core';
import { langOf } from './lang.js';

/** The strings of a component in every language: French is the default, English is complete too. */
export type Translations<T> = Record<Lang, T>;

/** The strings for an element, from the nearest `lang` attribute (read at each render, so a change shows). */
export const translate = <T>(element: Element, translations: Translations<T>): T => translations[langOf(element)];

/** Dates and times through Intl, in the element's language. */
export const locale = (lang: Lang): string => (lang === 'fr' ? 'fr-FR' : 'en-GB');
