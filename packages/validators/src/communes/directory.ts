import { COMMUNES, FORMER_CODES, MGP_SIREN, TERRITORIES } from './mgp-communes.data.js';

export interface Commune {
  /** INSEE code of the current commune. */
  code: string;
  name: string;
  /** Department code ("75", "92", …). */
  department: string;
  /** Territory of the Métropole: "Paris" or the établissement public territorial. */
  territory: string;
}

export interface CommuneMatch {
  commune: Commune;
  /** Set when the code given was a former code of a merged member (93059 Pierrefitte-sur-Seine). */
  formerCode?: { code: string; name: string } | undefined;
}

/** The members of one territory (the MGP today), looked up by code, former code or name. */
export interface TerritoryDirectory {
  siren: string;
  communes(): readonly Commune[];
  find(code: string): CommuneMatch | undefined;
  /** Type-ahead: communes whose name or code starts with the query (accents and case ignored), best first. */
  search(query: string, limit?: number): Commune[];
}

/** Lower case without accents or punctuation, for matching what people type ("ile st denis"). */
export const foldName = (value: string): string =>
  value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\bsaint\b/g, 'st')
    .replace(/\bsainte\b/g, 'ste')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

function createDirectory(siren: string, communesData: string, formerData: string, territories: readonly string[]): TerritoryDirectory {
  // Parsed on first use: the data is a short string so that the module costs little until needed.
  let byCode: Map<string, Commune> | undefined;
  let list: Commune[] = [];
  let folded: string[] = [];
  let former: Map<string, { code: string; name: string; current: string }> = new Map();
  const load = () => {
    if (byCode) return byCode;
    list = communesData.split('|').map((row) => {
      const [code = '', name = '', territory = '0'] = row.split(';');
      return { code, name, department: code.slice(0, 2), territory: territories[Number(territory)] ?? '' };
    });
    folded = list.map((commune) => foldName(commune.name));
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
      const q = foldName(query);
      if (!q) return [];
      const scored: Array<{ commune: Commune; score: number }> = [];
      list.forEach((commune, i) => {
        const name = folded[i]!;
        const score = commune.code.startsWith(q) ? 0 : name.startsWith(q) ? 1 : name.includes(` ${q}`) ? 2 : name.includes(q) ? 3 : -1;
        if (score >= 0) scored.push({ commune, score });
      });
      for (const [code, old] of former) {
        if (foldName(old.name).startsWith(q) || code.startsWith(q)) {
          const current = byCode!.get(old.current);
          if (current && !scored.some((s) => s.commune === current)) scored.push({ commune: current, score: 1 });
        }
      }
      return scored
        .sort((a, b) => a.score - b.score || a.commune.name.localeCompare(b.commune.name, 'fr'))
        .slice(0, limit)
        .map((s) => s.commune);
    },
  };
}

/** The 130 communes of the Métropole du Grand Paris, generated from @etalab/decoupage-administratif. */
export const MGP: TerritoryDirectory = createDirectory(MGP_SIREN, COMMUNES, FORMER_CODES, TERRITORIES);

const DIRECTORIES: readonly TerritoryDirectory[] = [MGP];

/** The member list of an EPCI, when this package ships it. */
export const territoryDirectory = (siren: string): TerritoryDirectory | undefined => DIRECTORIES.find((d) => d.siren === siren);
