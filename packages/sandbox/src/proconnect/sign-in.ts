import { communeOfSiret, type Commune } from '@qmi/validators/siren';
import { randomBytes } from 'node:crypto';
import { hashPassword } from '../http/password.js';
import type { Store } from '../store/index.js';
import type { AccountRow } from '../store/accounts.js';
import type { ProConnectIdentity } from './relying-party.js';

export type ProConnectOutcome =
  | { account: AccountRow; commune: Commune }
  /** The organisation (its SIRET, or none given) is not a commune of the Métropole: no account is made. */
  | { notCommune: { siret: string | undefined } };

/**
 * Who an agent who signed in with ProConnect is on the platform, and which commune they speak for:
 * - the commune comes from the `siret` claim (its SIREN is the commune's); anything else is refused
 *   before any account is touched;
 * - the account is the one linked to this identity (issuer + sub); else the one with this address,
 *   which gets linked; else a new applicant account that signs in with ProConnect only;
 * - the address counts as verified (ProConnect's identity providers vouch for it), and the account is
 *   verified for the commune (source `proconnect`, with the SIRET); its oldest live dossier for the
 *   commune then takes the place if nobody holds it.
 * Linking to an account whose address was never verified discards that account's password: whoever
 * signed up with the agent's address without proving it must not keep a way into the verified account
 * (Auth0's and GitHub's rule for linking by e-mail).
 */
export async function signInWithProConnect(
  store: Store,
  identity: ProConnectIdentity,
  now: string,
): Promise<ProConnectOutcome> {
  const commune = communeOfSiret(identity.siret);
  if (!commune) return { notCommune: { siret: identity.siret } };
  // Hashed before the transaction (it takes time, and SQLite transactions here are synchronous).
  const unusableHash = await hashPassword(randomBytes(32).toString('base64url'));
  const account = store.transaction(() => {
    const linked = store.proConnect.accountOf(identity.issuer, identity.sub);
    let row = linked ? store.accounts.byId(linked) : store.accounts.byEmail(identity.email);
    if (row && !linked && row.email_verified_at === null) store.proConnect.disablePassword(row.id, unusableHash);
    if (!row) {
      row = store.accounts.createApplicant(identity.email, unusableHash, 'fr', now);
      if (!row) throw new Error(`The address of ${identity.sub} is taken by an account that was not found`);
      store.proConnect.disablePassword(row.id, unusableHash);
    }
    store.proConnect.link(identity.issuer, identity.sub, row.id, identity.siret!, identity.idpId, now);
    store.accounts.markEmailVerified(row.id, now);
    // ProConnect's names are the agent's official ones: they replace what was typed, when given.
    if (identity.givenName || identity.usualName)
      store.proConnect.setNames(row.id, identity.givenName ?? row.given_name, identity.usualName ?? row.usual_name);
    if (store.verifications.grant(row.id, commune.code, 'proconnect', now, { siret: identity.siret! }))
      store.applications.takePlaceIfFree(row.id, commune.code, now);
    return store.accounts.byId(row.id)!;
  });
  return { account, commune };
}
