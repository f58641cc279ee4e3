import type { Account, Role } from '@qmi/core';
import type { Db } from '../db/database.js';
import { newId } from '../ids.js';

interface AccountRow {
  id: string;
  email: string;
  password_hash: string;
  role: Role;
  created_at: string;
}

export const toAccount = (row: AccountRow): Account => ({
  id: row.id,
  email: row.email,
  role: row.role,
  createdAt: row.created_at,
});

export function accountStore(db: Db) {
  const byEmail = db.prepare<[string], AccountRow>('SELECT * FROM accounts WHERE email = ?');
  const byId = db.prepare<[string], AccountRow>('SELECT * FROM accounts WHERE id = ?');
  const insert = db.prepare('INSERT INTO accounts (id, email, password_hash, role, created_at) VALUES (?, ?, ?, ?, ?)');
  const setPassword = db.prepare('UPDATE accounts SET password_hash = ?, role = ? WHERE id = ?');
  return {
    byEmail: (email: string) => byEmail.get(email.toLowerCase()),
    byId: (id: string) => byId.get(id),
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
    /**
     * Accounts from configuration (organisers, the demo applicant): created, or given the configured
     * password and role, at start-up. The configuration is the truth for them, as a restart with a
     * new password must sign in with that password.
     */
    upsert(email: string, passwordHash: string, role: Role, now: string): void {
      const existing = byEmail.get(email.toLowerCase());
      if (existing) setPassword.run(passwordHash, role, existing.id);
      else insert.run(newId('acct'), email.toLowerCase(), passwordHash, role, now);
    },
  };
}
export type AccountStore = ReturnType<typeof accountStore>;
export type { AccountRow };
