/**
 * Type-ahead matching of place names, as people type them: accents, case and punctuation ignored,
 * and "Saint"/"St", "Sainte"/"Ste" the same word both ways. The name is searched in full and short
 * ("saint denis", "st denis"), so that a prefix of "Saint-" ("sain") still finds Saint-Denis, which
 * folding every name to "st denis" could not, and "st" being typed still finds Stains.
 */

const SHORT: Record<string, string> = { saint: 'st', sainte: 'ste' };
const LONG: Record<string, string> = { st: 'saint', ste: 'sainte' };

const fold = (value: string): string =>
  value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
const split = (folded: string): string[] => folded.split(/[^a-z0-9]+/).filter(Boolean);
const shorten = (words: readonly string[]): string[] => words.map((word) => SHORT[word] ?? word);

/** Lower case without accents or punctuation, "Saint" as "St": a key to compare whole names ("ile st denis"). */
export const foldName = (value: string): string => shorten(split(fold(value))).join(' ');

/** The words of a name, "Saint"/"Sainte" in full: "L'Île-St-Denis" -> ["l", "ile", "saint", "denis"]. */
export const nameWords = (value: string): string[] => split(fold(value)).map((word) => LONG[word] ?? word);

/**
 * What was typed, as a function that scores a name's words (from `nameWords`), lower first: 1 the
 * whole name; 2 its start, a half point more when the last word typed only begins a word ("saint
 * maur": Saint-Maur-des-Fossés, then Saint-Maurice), or for the words run together ("lhay":
 * L'Haÿ-les-Roses); 3 a later word's start ("denis": L'Île-Saint-Denis); 4 anywhere; -1 no match.
 * `undefined` when nothing was typed.
 */
export function nameMatcher(query: string): ((words: readonly string[]) => number) | undefined {
  const folded = fold(query);
  const typed = split(folded);
  if (typed.length === 0) return undefined;
  // Every word followed by a space or a hyphen is whole ("st-" is Saint, and no longer Stains); the
  // last one, while it is being typed, is the start of a word, in full or short ("sain", "st").
  const open = /[a-z0-9]$/.test(folded);
  const last = open ? typed.pop()! : '';
  const end = open ? '' : ' ';
  const long = typed.map((word) => LONG[word] ?? word);
  const forms = [long, shorten(long)].map((words) => ` ${[...words, last].join(' ').trim()}${end}`);
  // The letters in order, with or without spaces between them ("lile saint denis", "stdenis").
  const together = new RegExp(`${[...typed, last].join('').split('').join(' ?')}${end}`);

  return (words) => {
    let best = -1;
    [words, shorten(words)].forEach((form, i) => {
      const text = ` ${form.join(' ')} `;
      const q = forms[i]!;
      const at = text.indexOf(q);
      const loose = text.match(together)?.index;
      const score =
        at === 0 && text.length - q.length <= 1
          ? 1
          : at >= 0
            ? (at ? 3 : 2) + (text[at + q.length] === ' ' || !open ? 0 : 0.5)
            : loose === undefined
              ? -1
              : loose === 1
                ? 2.5
                : 4;
      if (score >= 0 && (best < 0 || score < best)) best = score;
    });
    return best;
  };
}
