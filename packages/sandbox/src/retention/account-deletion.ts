import type { Db } from '../db/database.js';
import type { AccountRow } from '../store/accounts.js';
import { accountStore } from '../store/accounts.js';
import { historyStore } from '../store/history.js';
import { reviewerErasure } from './reviewer-deletion.js';

export interface DeletionOutcome {
  /** Submitted (or later) dossiers the account owns: nothing was deleted; ownership must be transferred first. */
  blockedBy: string[];
  /** Storage keys of the documents deleted with the account's drafts (their files are removed after the commit). */
  documentKeys: string[];
}

interface OwnedRow {
  id: string;
  call_id: string;
  commune: string;
  status: string;
  holds_place: number;
}

/**
 * GDPR art. 17, in one transaction:
 * - a dossier the account owns that was submitted (or went further) is never left without an owner:
 *   the deletion is refused, naming them (409 account_holds_dossiers), until ownership is transferred;
 * - an owned draft with editors passes to its earliest editor who has no dossier of their own for that
 *   commune and call (history `owner_account_deleted`); it keeps the commune's place only if that
 *   editor is verified for the commune;
 * - an owned draft without such an editor is deleted with its documents, messages and invitations;
 * - the account leaves the dossiers it edits (history `editor_left`);
 * - a reviewer's submitted assessments stay without their identity (retention/reviewer-deletion.ts);
 * - its sessions, identities, e-mail tokens, commune claims and verifications, e-mails and in-app
 *   notifications are deleted;
 * - the account row stays, anonymised, because messages, decisions and histories name it.
 * The caller queues the mail telling the former address in the same transaction (store.outbox wakes the worker).
 */
export function accountDeletion(db: Db) {
  const accounts = accountStore(db);
  const history = historyStore(db);
  const owned = db.prepare<[string], OwnedRow>(
    "SELECT id, call_id, commune, status, holds_place FROM applications WHERE owner_id = ? AND status <> 'withdrawn' ORDER BY seq",
  );
  const heirs = db.prepare<[string, string, string, string], { account_id: string }>(
    `SELECT c.account_id FROM collaborators c JOIN accounts a ON a.id = c.account_id
     WHERE c.application_id = ? AND a.deleted_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM applications o WHERE o.owner_id = c.account_id AND o.call_id = ? AND o.commune = ?
                       AND o.status <> 'withdrawn' AND o.id <> ?)
     ORDER BY c.added_at, c.rowid LIMIT 1`,
  );
  const verified = db.prepare<[string, string], { one: number }>(
    'SELECT 1 AS one FROM commune_verifications WHERE account_id = ? AND commune = ?',
  );
  const passTo = db.prepare('UPDATE applications SET owner_id = ?, holds_place = ?, updated_at = ? WHERE id = ?');
  const leaveAsEditor = db.prepare('DELETE FROM collaborators WHERE application_id = ? AND account_id = ?');
  const documentKeys = db.prepare<[string], { storage_key: string }>(
    'SELECT storage_key FROM documents WHERE application_id = ?',
  );
  const deleteDossier = db.prepare('DELETE FROM applications WHERE id = ?');
  const edited = db.prepare<[string], { application_id: string }>(
    'SELECT application_id FROM collaborators WHERE account_id = ?',
  );
  const cleanup = [
    'DELETE FROM collaborators WHERE account_id = ?',
    'DELETE FROM sessions WHERE account_id = ?',
    'DELETE FROM identities WHERE account_id = ?',
    'DELETE FROM email_tokens WHERE account_id = ?',
    'DELETE FROM commune_claims WHERE account_id = ?',
    'DELETE FROM commune_verifications WHERE account_id = ?',
    'DELETE FROM oidc_handoffs WHERE account_id = ?',
    'DELETE FROM outbox WHERE account_id = ?',
    'DELETE FROM notifications WHERE account_id = ?',
  ].map((sql) => db.prepare(sql));
  const eraseReviewer = reviewerErasure(db);

  const run = db.transaction((account: AccountRow, unusableHash: string, now: string): DeletionOutcome => {
    const dossiers = owned.all(account.id);
    const blockedBy = dossiers.filter((row) => row.status !== 'draft').map((row) => row.id);
    if (blockedBy.length) return { blockedBy, documentKeys: [] };
    const keys: string[] = [];
    for (const dossier of dossiers) {
      const heir = heirs.get(dossier.id, dossier.call_id, dossier.commune, dossier.id)?.account_id;
      if (heir) {
        const keepsPlace = dossier.holds_place === 1 && verified.get(heir, dossier.commune) ? 1 : 0;
        passTo.run(heir, keepsPlace, now, dossier.id);
        leaveAsEditor.run(dossier.id, heir);
        history.record(
          dossier.id,
          { action: 'owner_account_deleted', actorId: account.id, actorRole: 'owner', details: { newOwnerId: heir } },
          now,
        );
      } else {
        keys.push(...documentKeys.all(dossier.id).map((row) => row.storage_key));
        deleteDossier.run(dossier.id);
      }
    }
    for (const { application_id } of edited.all(account.id))
      history.record(application_id, { action: 'editor_left', actorId: account.id, actorRole: 'editor' }, now);
    if (account.role === 'reviewer') eraseReviewer(account);
    for (const statement of cleanup) statement.run(account.id);
    accounts.anonymise(account.id, unusableHash, now);
    return { blockedBy: [], documentKeys: keys };
  });
  return (account: AccountRow, unusableHash: string, now: string): DeletionOutcome => run(account, unusableHash, now);
}
