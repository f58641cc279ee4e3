/**
 * Languages, kept free of zod so that components that only need the language (a picker, a
 * timeline) do not carry the schema library.
 */
export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];
/** The language used when none is given or none of the known ones is asked for: French. */
export const DEFAULT_LANG: Lang = 'fr';

/** Picks the best language from an Accept-Language header or a lang attribute; French when unsure. */
export function pickLang(input: string | null | undefined): Lang {
  if (!input) return DEFAULT_LANG;
  const ranked = input
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag, q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const primary = tag.split('-')[0];
    if ((LANGS as readonly string[]).includes(primary ?? '')) return primary as Lang;
  }
  return DEFAULT_LANG;
}
