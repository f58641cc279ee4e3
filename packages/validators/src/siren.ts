// The communes of the Métropole by SIREN, for the server (ProConnect names an agent's organisation by its
// SIRET). A separate entry, `@qmi/validators/siren`, so that the browser entry does not carry the table.
import { type Commune, MGP } from './communes/directory.js';
import { SIRENS } from './communes/mgp-sirens.data.js';

export type { Commune } from './communes/directory.js';

let byNumber: Map<string, string> | undefined;
/** Parsed on first use, as the commune directory is. */
const inseeCodes = () =>
  (byNumber ??= new Map(
    SIRENS.split('|').map((row) => {
      const [siren = '', code = ''] = row.split(';');
      return [siren, code];
    }),
  ));

/** The commune of the Métropole whose SIREN this is (nine digits), or undefined. */
export function communeOfSiren(siren: string | undefined): Commune | undefined {
  const digits = (siren ?? '').replace(/\s/g, '');
  if (!/^\d{9}$/.test(digits)) return undefined;
  const code = inseeCodes().get(digits);
  return code === undefined ? undefined : MGP.find(code)?.commune;
}

/**
 * The commune of the Métropole an establishment belongs to, from its SIRET (14 digits, spaces allowed):
 * its first nine digits are the SIREN of the legal person, here the commune. Undefined for anything
 * else: a commune outside the Métropole, a State service, a SIREN alone, nonsense.
 */
export function communeOfSiret(siret: string | undefined): Commune | undefined {
  const digits = (siret ?? '').replace(/\s/g, '');
  return /^\d{14}$/.test(digits) ? communeOfSiren(digits.slice(0, 9)) : undefined;
}
