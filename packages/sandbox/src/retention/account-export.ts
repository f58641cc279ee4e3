import type { Db } from '../db/database.js';
import type { AccountRow } from '../store/accounts.js';
import { contentSql } from '../store/application-members.js';
import { toAccount } from '../store/accounts.js';
import { historyStore } from '../store/history.js';
import { historyFor } from '../review/history-visibility.js';
import { reviewExport, withoutNulls as clean } from './review-export.js';

type Row = Record<string, unknown>;

/**
 * GDPR art. 15 (access) and 20 (portability): what the platform holds about one account, as JSON in
 * the platform's own field names. Session tokens, token hashes and password hashes are never in it:
 * they are secrets, not data about the person.
 */
export function accountExport(db: Db) {
  const all = (sql: string) => db.prepare<unknown[], Row>(sql);
  const verifications = all(
    'SELECT commune, source, verified_at AS verifiedAt, siret FROM commune_verifications WHERE account_id = ? ORDER BY verified_at',
  );
  const claims = all(
    `SELECT id, commune, name, town_hall_role AS townHallRole, status, requested_at AS requestedAt, decided_at AS decidedAt, reason
     FROM commune_claims WHERE account_id = ? ORDER BY seq`,
  );
  const identities = all(
    `SELECT provider, siret, idp_id AS identityProvider, created_at AS createdAt, last_sign_in_at AS lastSignInAt
     FROM identities WHERE account_id = ? ORDER BY created_at`,
  );
  const sessions = all(
    'SELECT created_at AS createdAt, last_used_at AS lastUsedAt, expires_at AS expiresAt FROM sessions WHERE account_id = ? ORDER BY created_at',
  );
  const dossiers = all(
    `SELECT a.id, a.call_id AS callId, a.commune, CASE WHEN a.owner_id = ? THEN 'owner' ELSE 'editor' END AS role,
       a.status, a.created_at AS createdAt, a.updated_at AS updatedAt, a.submitted_at AS submittedAt,
       ${contentSql('a')} AS content
     FROM applications a
     WHERE a.owner_id = ? OR a.id IN (SELECT application_id FROM collaborators WHERE account_id = ?)
     ORDER BY a.seq`,
  );
  const messages = all(
    'SELECT id, application_id AS applicationId, body, created_at AS createdAt FROM messages WHERE author_id = ? ORDER BY seq',
  );
  const documents = all(
    `SELECT id, application_id AS applicationId, kind, filename, media_type AS mediaType, size_bytes AS sizeBytes,
       sha256, uploaded_at AS uploadedAt FROM documents WHERE uploaded_by = ? ORDER BY seq`,
  );
  const invitationsSent = all(
    `SELECT id, application_id AS applicationId, email, status, created_at AS createdAt, expires_at AS expiresAt
     FROM invitations WHERE invited_by = ? ORDER BY seq`,
  );
  const invitationsReceived = all(
    `SELECT id, application_id AS applicationId, email, status, created_at AS createdAt, accepted_at AS acceptedAt
     FROM invitations WHERE accepted_by = ? OR email = ? ORDER BY seq`,
  );
  const emails = all(
    `SELECT purpose, to_address AS "to", subject, created_at AS createdAt, sent_at AS sentAt
     FROM outbox WHERE account_id = ? ORDER BY seq`,
  );
  const communes = (id: string) =>
    verifications.all(id).map((row) => ({
      commune: row.commune as string,
      source: row.source as 'proconnect' | 'organiser' | 'configuration',
      verifiedAt: row.verifiedAt as string,
    }));
  const history = historyStore(db);
  const organisersSide = reviewExport(db);

  return (account: AccountRow, now: string) => ({
    exportedAt: now,
    account: toAccount(account, communes(account.id)),
    communeVerifications: clean(verifications.all(account.id)),
    communeClaims: clean(claims.all(account.id)),
    identities: clean(identities.all(account.id)),
    sessions: clean(sessions.all(account.id)),
    dossiers: clean(dossiers.all(account.id, account.id, account.id)).map((row) => ({
      ...row,
      content: JSON.parse(row.content as string) as unknown,
      // What was done with the dossier, as the person reads it on the platform (the committee's lines are organisers').
      history: historyFor(account.role, history.list(row.id as string)),
    })),
    messagesWritten: clean(messages.all(account.id)),
    documentsUploaded: clean(documents.all(account.id)),
    invitationsSent: clean(invitationsSent.all(account.id)),
    invitationsReceived: clean(invitationsReceived.all(account.id, account.email)),
    emailsSent: clean(emails.all(account.id)),
    ...organisersSide(account),
  });
}
