import type { Invitation } from '@qmi/core';
import { randomBytes } from 'node:crypto';
import type { Db } from '../db/database.js';
import { newId, tokenHash } from '../ids.js';

export interface InvitationRow {
  seq: number;
  id: string;
  application_id: string;
  email: string;
  invited_by: string;
  token_hash: string;
  status: 'pending' | 'accepted' | 'revoked';
  created_at: string;
  expires_at: string;
  accepted_by: string | null;
  accepted_at: string | null;
}

/** A pending invitation past its expiry shows as expired: its link no longer works. */
const toInvitation = (row: InvitationRow, now: Date): Invitation => ({
  id: row.id,
  applicationId: row.application_id,
  email: row.email,
  status: row.status === 'pending' && new Date(row.expires_at) <= now ? 'expired' : row.status,
  invitedBy: row.invited_by,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
});

/**
 * Invitations to edit a dossier, sent by e-mail. Only a hash of the link's token is stored; a link
 * works once, until its expiry (the platform's clock, which the invitation shows), and inviting the
 * same address again to the same dossier revokes the earlier link (the latest e-mail is the one that works).
 */
export function invitationStore(db: Db) {
  const insert = db.prepare(
    `INSERT INTO invitations (id, application_id, email, invited_by, token_hash, status, created_at, expires_at)
     VALUES (?, ?, ?, ?, ?, 'pending', ?, ?)`,
  );
  const revokeSameAddress = db.prepare(
    "UPDATE invitations SET status = 'revoked' WHERE application_id = ? AND email = ? AND status = 'pending'",
  );
  const byId = db.prepare<[string, string], InvitationRow>(
    'SELECT * FROM invitations WHERE application_id = ? AND id = ?',
  );
  const byToken = db.prepare<[string], InvitationRow>('SELECT * FROM invitations WHERE token_hash = ?');
  const list = db.prepare<[string], InvitationRow>('SELECT * FROM invitations WHERE application_id = ? ORDER BY seq');
  const revoke = db.prepare(
    "UPDATE invitations SET status = 'revoked' WHERE application_id = ? AND id = ? AND status = 'pending'",
  );
  const accept = db.prepare(
    "UPDATE invitations SET status = 'accepted', accepted_by = ?, accepted_at = ? WHERE id = ? AND status = 'pending'",
  );
  return {
    /** A new invitation and the token of its link (never stored as such). */
    create(
      applicationId: string,
      email: string,
      invitedBy: string,
      now: Date,
      lifetimeMs: number,
    ): { invitation: Invitation; token: string } {
      const token = randomBytes(32).toString('base64url');
      const id = newId('inv');
      const address = email.toLowerCase();
      revokeSameAddress.run(applicationId, address);
      insert.run(
        id,
        applicationId,
        address,
        invitedBy,
        tokenHash(token),
        now.toISOString(),
        new Date(now.getTime() + lifetimeMs).toISOString(),
      );
      return { invitation: toInvitation(byId.get(applicationId, id)!, now), token };
    },
    list: (applicationId: string, now: Date) => list.all(applicationId).map((row) => toInvitation(row, now)),
    get: (applicationId: string, id: string, now: Date) => {
      const row = byId.get(applicationId, id);
      return row && toInvitation(row, now);
    },
    /** Ends a pending invitation; false when there was none pending with this id. */
    revoke: (applicationId: string, id: string) => revoke.run(applicationId, id).changes === 1,
    /** The pending, unexpired invitation a link's token stands for; undefined for any other token. */
    usable(token: string, now: Date): InvitationRow | undefined {
      const row = byToken.get(tokenHash(token));
      return row && toInvitation(row, now).status === 'pending' ? row : undefined;
    },
    /** Marks it accepted; false when another request used it first (the UPDATE decides between them). */
    accept: (id: string, accountId: string, now: string) => accept.run(accountId, now, id).changes === 1,
  };
}
export type InvitationStore = ReturnType<typeof invitationStore>;
