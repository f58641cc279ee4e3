import { COMMUNES, FORMER_CODES, MGP_SIREN, TERRITORIES } from './mgp-communes.data.js';
import { foldName, nameMatcher, nameWords } from './name-match.js';

export { foldName } from './name-match.js';

/** A commune of a territory: its current INSEE code, name, department and territory within the Métropole. */
export interface Commune {
  /** INSEE code of the current commune. */
  code: string;
  name: string;
  /** Department code ("75", "92", …). */
  department: string;
  /** Territory of the Métropole: "Paris" or the établissement public territorial. */
  territory: string;
}

/** The commune found for a code, and the former commune when the code was that of a member since merged. */
export interface CommuneMatch {
  commune: Commune;
  /** Set when the code given was a former code of a merged member (93059 Pierrefitte-sur-Seine). */
  formerCode?: { code: string; name: string } | undefined;
}

/** The members of one territory (the MGP today), looked up by code, former code or name. */
export interface TerritoryDirectory {
  siren: string;
  /** Every current commune of the territory. */
  communes(): readonly Commune[];
  /**
   * The commune with this INSEE code (spaces and case ignored), or the commune that a former code now belongs
   * to; undefined when the code is not the territory's.
   */
  find(code: string): CommuneMatch | undefined;
  /**
   * Type-ahead: communes whose code starts with the query, then whose name matches it (accents, case
   * and punctuation ignored, "Saint"/"St" alike both ways): the whole name, its start, a word's start,
   * anywhere; a former name finds today's commune. Best first, then in alphabetical order.
   */
  search(query: string, limit?: number): Commune[];
}

function createDirectory(
  siren: string,
  communesData: string,
  formerData: string,
  territories: readonly string[],
): TerritoryDirectory {
  // Parsed on first use: the data is a short string so that the module costs little until needed.
  let byCode: Map<string, Commune> | undefined;
  let list: Commune[] = [];
  let words: string[][] = [];
  let former: Map<string, { code: string; name: string; current: string }> = new Map();
  const load = () => {
    if (byCode) return byCode;
    list = communesData.split('|').map((row) => {
      const [code = '', name = '', territory = '0'] = row.split(';');
      return { code, name, department: code.slice(0, 2), territory: territories[Number(territory)] ?? '' };
    });
    words = list.map((commune) => nameWords(commune.name));
    former = new Map(
      formerData
        .split('|')
        .filter(Boolean)
        .map((row) => {
          const [code = '', name = '', current = ''] = row.split(';');
          return [code, { code, name, current }];
        }),
    );
    byCode = new Map(list.map((commune) => [commune.code, commune]));
    return byCode;
  };

  return {
    siren,
    communes: () => (load(), list),
    find(code) {
      const communes = load();
      const normalized = code.trim().toUpperCase();
      const direct = communes.get(normalized);
      if (direct) return { commune: direct };
      const old = former.get(normalized);
      const current = old && communes.get(old.current);
      return current ? { commune: current, formerCode: { code: old.code, name: old.name } } : undefined;
    },
    search(query, limit = 10) {
      load();
      const match = nameMatcher(query);
      if (!match) return [];
      const code = foldName(query);
      const scores = new Map<Commune, number>();
      const keep = (commune: Commune, score: number) => {
        if (score >= 0 && !(scores.get(commune)! <= score)) scores.set(commune, score);
      };
      list.forEach((commune, i) => keep(commune, commune.code.startsWith(code) ? 0 : match(words[i]!)));
      for (const [formerCode, old] of former) {
        const current = byCode!.get(old.current);
        if (current) keep(current, formerCode.startsWith(code) ? 0 : match(nameWords(old.name)));
      }
      const scored = [...scores].map(([commune, score]) => ({ commune, score }));
      return scored
        .sort((a, b) => a.score - b.score || a.commune.name.localeCompare(b.commune.name, 'fr'))
        .slice(0, limit)
        .map((s) => s.commune);
    },
  };
}

/** The 130 communes of the Métropole du Grand Paris, generated from @etalab/decoupage-administratif. */
export const MGP: TerritoryDirectory = /* @__PURE__ */ createDirectory(MGP_SIREN, COMMUNES, FORMER_CODES, TERRITORIES);

const DIRECTORIES: readonly TerritoryDirectory[] = [MGP];

/** The member list of an EPCI, when this package ships it. */
export const territoryDirectory = (siren: string): TerritoryDirectory | undefined =>
  DIRECTORIES.find((d) => d.siren === siren);
