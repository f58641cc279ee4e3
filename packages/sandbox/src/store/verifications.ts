import type { VerifiedCommune } from '@qmi/core';
import type { Db } from '../db/database.js';

/**
 * Who is verified for which commune: by ProConnect at sign-in, by an organiser approving a claim, or
 * by configuration (the demo account). Reading is `store.accounts.communesOf` / `isVerifiedFor`.
 */
export function verificationStore(db: Db) {
  // A second proof for the same commune keeps the first one: the date it was first verified stands.
  const insert = db.prepare(
    `INSERT INTO commune_verifications (account_id, commune, source, verified_at, siret, claim_id)
     VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (account_id, commune) DO NOTHING`,
  );
  return {
    /** Records that `accountId` speaks for `commune`; true when it was not verified for it before. */
    grant(
      accountId: string,
      commune: string,
      source: VerifiedCommune['source'],
      now: string,
      proof: { siret?: string; claimId?: string } = {},
    ): boolean {
      return insert.run(accountId, commune, source, now, proof.siret ?? null, proof.claimId ?? null).changes === 1;
    },
  };
}
export type VerificationStore = ReturnType<typeof verificationStore>;
