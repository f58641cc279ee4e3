import type { Account, Lang, Role, VerifiedCommune } from '@qmi/core';
import { randomBytes } from 'node:crypto';
import type { Db } from '../db/database.js';
import { hashPassword, verifyPassword } from '../http/password.js';
import { newId } from '../ids.js';

interface AccountRow {
  id: string;
  email: string;
  password_hash: string;
  role: Role;
  created_at: string;
  /** When the person followed the link sent to the address; null until then. */
  email_verified_at: string | null;
  lang: Lang;
  given_name: string | null;
  usual_name: string | null;
  /** 0 for accounts that sign in with ProConnect only (their stored hash is of a password nobody knows). */
  has_password: number;
  deleted_at: string | null;
  /** A reviewer's organisation (ADEME, RATP…), from their invitation. */
  organisation: string | null;
}

/** The account as the API shows it, with the communes it is verified for. */
export const toAccount = (row: AccountRow, communes: VerifiedCommune[]): Account => ({
  id: row.id,
  email: row.email,
  role: row.role,
  createdAt: row.created_at,
  emailVerified: row.email_verified_at !== null,
  lang: row.lang,
  ...(row.given_name ? { givenName: row.given_name } : {}),
  ...(row.usual_name ? { usualName: row.usual_name } : {}),
  communes,
  hasPassword: row.has_password === 1,
});

/** What start-up seeding did to an account from configuration (nothing here holds a password). */
export interface SeedOutcome {
  created: boolean;
  passwordChanged: boolean;
  roleChanged: boolean;
  /** Sessions ended because the password or the role changed. */
  sessionsRevoked: number;
}

export function accountStore(db: Db) {
  const byEmail = db.prepare<[string], AccountRow>('SELECT * FROM accounts WHERE email = ?');
  const byId = db.prepare<[string], AccountRow>('SELECT * FROM accounts WHERE id = ?');
  const insert = db.prepare('INSERT INTO accounts (id, email, password_hash, role, created_at) VALUES (?, ?, ?, ?, ?)');
  const setPassword = db.prepare('UPDATE accounts SET password_hash = ?, role = ? WHERE id = ?');
  const organisers = db.prepare<[], AccountRow>("SELECT * FROM accounts WHERE role = 'organiser'");
  const endSessions = db.prepare('DELETE FROM sessions WHERE account_id = ?');
  const communes = db.prepare<[string], { commune: string; source: VerifiedCommune['source']; verified_at: string }>(
    'SELECT commune, source, verified_at FROM commune_verifications WHERE account_id = ? ORDER BY verified_at',
  );
  const communesOf = (accountId: string): VerifiedCommune[] =>
    communes.all(accountId).map((row) => ({ commune: row.commune, source: row.source, verifiedAt: row.verified_at }));
  /**
   * A new password hash and role, and the end of every session, in one transaction: a crash between
   * them would leave old tokens working with a password the next start-up takes as unchanged.
   */
  const replace = db.transaction((id: string, passwordHash: string, role: Role): number => {
    setPassword.run(passwordHash, role, id);
    return endSessions.run(id).changes;
  });
  const insertWithLang = db.prepare(
    'INSERT INTO accounts (id, email, password_hash, role, created_at, lang) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const markVerified = db.prepare(
    'UPDATE accounts SET email_verified_at = COALESCE(email_verified_at, ?) WHERE id = ?',
  );
  const newPassword = db.prepare('UPDATE accounts SET password_hash = ?, has_password = 1 WHERE id = ?');
  const newEmail = db.prepare('UPDATE accounts SET email = ?, email_verified_at = ? WHERE id = ?');
  const profile = db.prepare(
    'UPDATE accounts SET lang = COALESCE(?, lang), given_name = COALESCE(?, given_name), usual_name = COALESCE(?, usual_name) WHERE id = ?',
  );
  const anonymise = db.prepare(
    `UPDATE accounts SET email = ?, password_hash = ?, has_password = 0, email_verified_at = NULL, given_name = NULL,
     usual_name = NULL, deleted_at = ? WHERE id = ?`,
  );
  return {
    byEmail: (email: string) => byEmail.get(email.toLowerCase()),
    byId: (id: string) => byId.get(id),
    /** Every organiser account (those of QMI_ORGANISERS), for the mails and notifications meant for them. */
    organisers: () => organisers.all(),
    /** The account as the API shows it (`GET /v1/me`, sessions). */
    view: (row: AccountRow): Account => toAccount(row, communesOf(row.id)),
    communesOf,
    /** Whether this account may hold `commune`'s place in a call (ProConnect, an organiser's approval, configuration). */
    isVerifiedFor: (accountId: string, commune: string) =>
      communesOf(accountId).some((entry) => entry.commune === commune),
    /** Returns undefined when the e-mail address is taken. */
    create(email: string, passwordHash: string, role: Role, now: string): AccountRow | undefined {
      const id = newId('acct');
      try {
        insert.run(id, email.toLowerCase(), passwordHash, role, now);
      } catch (error) {
        if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') return undefined;
        throw error;
      }
      return byId.get(id);
    },
    /** A sign-up: an applicant whose address is not verified yet. Undefined when the address is taken. */
    createApplicant(email: string, passwordHash: string, lang: Lang, now: string): AccountRow | undefined {
      const id = newId('acct');
      try {
        insertWithLang.run(id, email.toLowerCase(), passwordHash, 'applicant', now, lang);
      } catch (error) {
        if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') return undefined;
        throw error;
      }
      return byId.get(id);
    },
    /** The person proved they read the address's mail (a verification link, a reset link); the first time counts. */
    markEmailVerified: (id: string, now: string) => void markVerified.run(now, id),
    /** A password the person chose (reset, change): the account now signs in with it. */
    setPassword: (id: string, passwordHash: string) => void newPassword.run(passwordHash, id),
    /** The new address, verified by the link sent to it. */
    setEmail: (id: string, email: string, now: string) => void newEmail.run(email.toLowerCase(), now, id),
    /** Language and names; an absent one is left as it is. */
    updateProfile: (id: string, changes: { lang?: Lang; givenName?: string; usualName?: string }) =>
      void profile.run(changes.lang ?? null, changes.givenName ?? null, changes.usualName ?? null, id),
    /**
     * GDPR erasure of the account row itself: it stays because messages, decisions and histories name
     * it, but says nothing of the person any more and can never sign in (a hash of a password nobody knows).
     */
    anonymise: (id: string, unusableHash: string, now: string) =>
      // A well-formed address (the API's schemas check them: a deleted reviewer's assessment still shows
      // one), under the reserved `.invalid` TLD that no mail reaches.
      void anonymise.run(`deleted-${id}@deleted.invalid`, unusableHash, now, id),
    /**
     * Accounts from configuration (organisers, the demo applicant): created, or given the configured
     * password and role, at start-up. The configuration is the truth for them, as a restart with a
     * new password must sign in with that password. A session stands for a password and a role: when
     * either changes, every session of the account ends. The configured password is checked against
     * the stored hash first, so a plain restart signs nobody out.
     */
    async upsert(email: string, password: string, role: Role, now: string): Promise<SeedOutcome> {
      const existing = byEmail.get(email.toLowerCase());
      if (!existing) {
        const id = newId('acct');
        insert.run(id, email.toLowerCase(), await hashPassword(password), role, now);
        // The operator who configured the address vouches for it: no link to follow.
        markVerified.run(now, id);
        return { created: true, passwordChanged: false, roleChanged: false, sessionsRevoked: 0 };
      }
      markVerified.run(now, existing.id);
      const passwordChanged = !(await verifyPassword(password, existing.password_hash));
      const roleChanged = existing.role !== role;
      if (!passwordChanged && !roleChanged) return { created: false, passwordChanged, roleChanged, sessionsRevoked: 0 };
      const passwordHash = passwordChanged ? await hashPassword(password) : existing.password_hash;
      return {
        created: false,
        passwordChanged,
        roleChanged,
        sessionsRevoked: replace(existing.id, passwordHash, role),
      };
    },
    /**
     * Organisers no longer configured (QMI_ORGANISERS is the list of who may instruct) become applicants
     * that cannot sign in: their password is replaced by a random one nobody knows and their sessions
     * end. The account stays, because decisions and messages name it; listed again, it gets the
     * configured password back. Disabled rather than left a working applicant, because its password
     * was handed out by the operator for instructing, not chosen by a commune. A real hash of an unknown
     * password, not a marker, so that signing in to it takes as long as to any account. Answers their e-mails.
     */
    async withdrawOrganisersNotIn(
      emails: readonly string[],
    ): Promise<Array<{ email: string; sessionsRevoked: number }>> {
      const listed = new Set(emails.map((email) => email.toLowerCase()));
      const withdrawn: Array<{ email: string; sessionsRevoked: number }> = [];
      for (const account of organisers.all().filter((row) => !listed.has(row.email))) {
        const unusable = await hashPassword(randomBytes(32).toString('base64url'));
        withdrawn.push({ email: account.email, sessionsRevoked: replace(account.id, unusable, 'applicant') });
      }
      return withdrawn;
    },
  };
}
export type AccountStore = ReturnType<typeof accountStore>;
export type { AccountRow };
