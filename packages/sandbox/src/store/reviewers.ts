import type { Lang, Reviewer } from '@qmi/core';
import { randomBytes } from 'node:crypto';
import type { Db } from '../db/database.js';
import { newId, tokenHash } from '../ids.js';
import type { AccountRow } from './accounts.js';

export interface ReviewerInvitationRow {
  seq: number;
  id: string;
  email: string;
  organisation: string;
  lang: Lang;
  invited_by: string | null;
  token_hash: string;
  status: 'pending' | 'accepted' | 'revoked';
  created_at: string;
  expires_at: string;
  accepted_by: string | null;
  accepted_at: string | null;
}

/** Assignments and conflicts per reviewer, for the organisers' list. */
interface Counts {
  assigned: number;
  conflicts: number;
}

/**
 * The committee: invitations sent by organisers (only a hash of each link's token is stored; a link
 * works once, until its expiry; inviting the same address again revokes the earlier link) and the
 * accounts that accepted one (role `reviewer`, with their organisation).
 */
export function reviewerStore(db: Db) {
  const insert = db.prepare(
    `INSERT INTO reviewer_invitations (id, email, organisation, lang, invited_by, token_hash, status, created_at, expires_at)
     VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?)`,
  );
  const revokeAddress = db.prepare(
    "UPDATE reviewer_invitations SET status = 'revoked' WHERE email = ? AND status = 'pending'",
  );
  const byId = db.prepare<[string], ReviewerInvitationRow>('SELECT * FROM reviewer_invitations WHERE id = ?');
  const byToken = db.prepare<[string], ReviewerInvitationRow>(
    'SELECT * FROM reviewer_invitations WHERE token_hash = ?',
  );
  const accept = db.prepare(
    "UPDATE reviewer_invitations SET status = 'accepted', accepted_by = ?, accepted_at = ? WHERE id = ? AND status = 'pending'",
  );
  const revoke = db.prepare("UPDATE reviewer_invitations SET status = 'revoked' WHERE id = ? AND status = 'pending'");
  // Pending invitations of addresses that are not reviewers yet (a reviewer invited again is listed once, as active).
  const pending = db.prepare<[], ReviewerInvitationRow>(
    `SELECT i.* FROM reviewer_invitations i WHERE i.status = 'pending'
       AND NOT EXISTS (SELECT 1 FROM accounts a WHERE a.email = i.email AND a.role = 'reviewer' AND a.deleted_at IS NULL)
     ORDER BY i.seq`,
  );
  const active = db.prepare<[], AccountRow & { invited_at: string | null }>(
    `SELECT a.*, (SELECT MAX(i.created_at) FROM reviewer_invitations i WHERE i.accepted_by = a.id) AS invited_at
       FROM accounts a WHERE a.role = 'reviewer' AND a.deleted_at IS NULL ORDER BY a.email`,
  );
  const counts = db.prepare<[string], Counts>(
    `SELECT COUNT(*) AS assigned, COUNT(conflict_declared_at) AS conflicts FROM assignments WHERE reviewer_id = ?`,
  );
  const makeReviewer = db.prepare("UPDATE accounts SET role = 'reviewer', organisation = ? WHERE id = ?");
  const makeApplicant = db.prepare("UPDATE accounts SET role = 'applicant' WHERE id = ? AND role = 'reviewer'");
  const insertAccount = db.prepare(
    `INSERT INTO accounts (id, email, password_hash, role, created_at, email_verified_at, lang, organisation)
     VALUES (?, ?, ?, 'reviewer', ?, ?, ?, ?)`,
  );
  const accountById = db.prepare<[string], AccountRow>('SELECT * FROM accounts WHERE id = ?');
  // Dossiers an applicant still works on: a reviewer examines communes' dossiers, so holds none.
  const liveDossiers = db.prepare<[string, string], { id: string }>(
    `SELECT a.id FROM applications a WHERE a.status <> 'withdrawn' AND (a.owner_id = ?
       OR EXISTS (SELECT 1 FROM collaborators c WHERE c.application_id = a.id AND c.account_id = ?)) ORDER BY a.seq`,
  );
  // On removal: assignments whose assessment was not submitted go (with a draft, if any); submitted ones stay on record.
  const dropDrafts = db.prepare("DELETE FROM assessments WHERE reviewer_id = ? AND status <> 'submitted'");
  const dropAssignments = db.prepare(
    `DELETE FROM assignments WHERE reviewer_id = ? AND NOT EXISTS (SELECT 1 FROM assessments s
       WHERE s.application_id = assignments.application_id AND s.reviewer_id = assignments.reviewer_id AND s.status = 'submitted')`,
  );

  const invitationView = (row: ReviewerInvitationRow): Reviewer => ({
    id: row.id,
    email: row.email,
    organisation: row.organisation,
    status: row.status === 'pending' ? 'invited' : row.status === 'accepted' ? 'active' : 'removed',
    invitedAt: row.created_at,
    assigned: 0,
    conflicts: 0,
  });
  const accountView = (row: AccountRow & { invited_at?: string | null }): Reviewer => ({
    id: row.id,
    accountId: row.id,
    email: row.email,
    organisation: row.organisation ?? '',
    status: row.role === 'reviewer' ? 'active' : 'removed',
    invitedAt: row.invited_at ?? row.created_at,
    ...counts.get(row.id)!,
  });

  return {
    /** A new invitation and the token of its link (never stored as such); earlier pending links to the address die. */
    invite(
      invitation: { email: string; organisation: string; lang: Lang; invitedBy: string },
      now: Date,
      lifetimeMs: number,
    ): { row: ReviewerInvitationRow; token: string } {
      const token = randomBytes(32).toString('base64url');
      const id = newId('rvi');
      const email = invitation.email.toLowerCase();
      revokeAddress.run(email);
      insert.run(
        id,
        email,
        invitation.organisation,
        invitation.lang,
        invitation.invitedBy,
        tokenHash(token),
        now.toISOString(),
        new Date(now.getTime() + lifetimeMs).toISOString(),
      );
      return { row: byId.get(id)!, token };
    },
    invitation: (id: string) => byId.get(id),
    /** The pending, unexpired invitation a link's token stands for; undefined for any other token. */
    usable(token: string, now: Date): ReviewerInvitationRow | undefined {
      const row = byToken.get(tokenHash(token));
      return row && row.status === 'pending' && new Date(row.expires_at) > now ? row : undefined;
    },
    /** Marks it accepted; false when another request used it first (the UPDATE decides between them). */
    accept: (id: string, accountId: string, now: string) => accept.run(accountId, now, id).changes === 1,
    /** Ends a pending invitation; false when none was pending with this id. */
    revoke: (id: string) => revoke.run(id).changes === 1,
    /** Ends every pending invitation to the address (a reviewer removed must not come back by an old link). */
    revokeAddress: (email: string) => void revokeAddress.run(email.toLowerCase()),
    /** Everyone invited and not yet accepted, then every active reviewer, with their assignment counts. */
    list: (): Reviewer[] => [...pending.all().map(invitationView), ...active.all().map(accountView)],
    /** An active reviewer's account by its id; undefined for anyone else. */
    active(accountId: string): AccountRow | undefined {
      const row = accountById.get(accountId);
      return row && row.role === 'reviewer' && row.deleted_at === null ? row : undefined;
    },
    view: (row: AccountRow): Reviewer => accountView(row),
    invitationView,
    /** A new account, from an invitation: the address is verified (the person followed the link sent to it). */
    createAccount(email: string, passwordHash: string, lang: Lang, organisation: string, now: string): AccountRow {
      const id = newId('acct');
      insertAccount.run(id, email.toLowerCase(), passwordHash, now, now, lang, organisation);
      return accountById.get(id)!;
    },
    /** The live dossiers an applicant owns or edits: they must hand them over before becoming a reviewer. */
    liveDossiersOf: (accountId: string) => liveDossiers.all(accountId, accountId).map((row) => row.id),
    promote: (accountId: string, organisation: string) => void makeReviewer.run(organisation, accountId),
    /**
     * Withdraws the reviewer's role: back to an applicant, unsubmitted work dropped. Sessions are ended
     * by the caller (store.sessions), in the same transaction.
     */
    demote(accountId: string): void {
      makeApplicant.run(accountId);
      dropDrafts.run(accountId);
      dropAssignments.run(accountId);
    },
  };
}
export type ReviewerStore = ReturnType<typeof reviewerStore>;
