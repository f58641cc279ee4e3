import type { Lang } from '@qmi/core';
import { langOf } from './lang.js';

/** The strings of a component in every language: French is the default, English is complete too. */
export type Translations<T> = Record<Lang, T>;

/**
 * French in the component's own code, English in a module of its own loaded the first time an element
 * of the page speaks it: a partner page in French (the default) does not download the English strings,
 * about a quarter of a component's code. `QmiElement` waits for the language's strings before it
 * renders, so an English page never shows French first.
 */
export interface LazyTranslations<T> {
  readonly fr: T;
  /** The other languages, once loaded. */
  readonly loaded: Partial<Record<Lang, T>>;
  readonly load: Record<Exclude<Lang, 'fr'>, () => Promise<T>>;
}

/** Every lazy set of strings the page's code has declared (one per component module evaluated). */
const declared = new Set<LazyTranslations<unknown>>();
/** What is being loaded, per language: one request per module, whatever the number of elements. */
const loading = new Map<LazyTranslations<unknown>, Promise<void>>();

/**
 * Strings an element may need besides its own, in any language, French included: the titles of the
 * platform's errors once one is shown (see problem-text.ts). `ready` says whether `lang` is covered.
 */
export interface NeededStrings {
  ready(lang: Lang): boolean;
  load(lang: Lang): Promise<unknown>;
}
const needed = new Set<NeededStrings>();

/** Declares strings that elements wait for before rendering in a language, as they wait for their own. */
export function needStrings(strings: NeededStrings): void {
  needed.add(strings);
}

/** Declares a component's strings: French now, the other languages from `load` when first needed. */
export function lazyTranslations<T>(fr: T, load: LazyTranslations<T>['load']): LazyTranslations<T> {
  const translations: LazyTranslations<T> = { fr, loaded: { fr }, load };
  declared.add(translations as LazyTranslations<unknown>);
  return translations;
}

const isLazy = <T>(translations: Translations<T> | LazyTranslations<T>): translations is LazyTranslations<T> =>
  'load' in translations;

/** Whether every declared component's strings in `lang` are here (always true for French). */
export function translationsReady(lang: Lang): boolean {
  for (const translations of declared) if (!translations.loaded[lang]) return false;
  for (const strings of needed) if (!strings.ready(lang)) return false;
  return true;
}

/**
 * Loads the strings in `lang` of every declared component. A module that cannot be loaded (the
 * connection dropped, the CDN failed) leaves that component in French rather than blank, and is asked
 * again at the next render.
 */
export async function loadTranslations(lang: Lang): Promise<void> {
  const warn = (error: unknown) => console.warn(`qmi: the ${lang} strings could not be loaded`, error);
  const others = [...needed].filter((strings) => !strings.ready(lang)).map((strings) => strings.load(lang).catch(warn));
  if (lang === 'fr') return void (await Promise.all(others));
  await Promise.all([
    ...others,
    ...[...declared]
      .filter((translations) => !translations.loaded[lang])
      .map((translations) => {
        let pending = loading.get(translations);
        if (!pending) {
          pending = translations.load[lang]()
            .then((strings) => {
              (translations.loaded as Partial<Record<Lang, unknown>>)[lang] = strings;
            })
            .catch(warn)
            .finally(() => loading.delete(translations));
          loading.set(translations, pending);
        }
        return pending;
      }),
  ]);
}

/** The strings for an element, from the nearest `lang` attribute (read at each render, so a change shows). */
export const translate = <T>(element: Element, translations: Translations<T> | LazyTranslations<T>): T =>
  stringsIn(translations, langOf(element));

/** The strings in `lang` (French until another language's module is loaded). */
export const stringsIn = <T>(translations: Translations<T> | LazyTranslations<T>, lang: Lang): T =>
  isLazy(translations) ? (translations.loaded[lang] ?? translations.fr) : translations[lang];

/** Dates and times through Intl, in the element's language. */
export const locale = (lang: Lang): string => (lang === 'fr' ? 'fr-FR' : 'en-GB');
