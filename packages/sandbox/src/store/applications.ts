import type { Application, ApplicationDraftContent, ApplicationStatus, Collaborator, DocumentRef } from '@qmi/core';
import type { Db } from '../db/database.js';
import { newId } from '../ids.js';
import { contentSql, memberStore } from './application-members.js';
import { historyStore } from './history.js';
import { recentMembers } from './recent-members.js';

export interface ApplicationRow {
  seq: number;
  id: string;
  call_id: string;
  commune: string;
  owner_id: string;
  status: ApplicationStatus;
  revision: number;
  /** The content as JSON text, assembled from its members (application-members.ts). */
  content: string;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
  holds_place: number;
}

interface DocumentRow {
  id: string;
  kind: string;
  filename: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  partner_id: string | null;
  uploaded_at: string;
  uploaded_by: string | null;
}

const toDocument = (row: DocumentRow): DocumentRef => ({
  id: row.id,
  kind: row.kind,
  filename: row.filename,
  mediaType: row.media_type,
  sizeBytes: row.size_bytes,
  sha256: row.sha256,
  ...(row.partner_id ? { partnerId: row.partner_id } : {}),
  uploadedAt: row.uploaded_at,
  ...(row.uploaded_by ? { uploadedBy: row.uploaded_by } : {}),
});

export interface ListFilter {
  /** Only dossiers this account owns or co-edits; undefined for organisers (all). */
  visibleTo?: string | undefined;
  callId?: string | undefined;
  commune?: string | undefined;
  status?: ApplicationStatus | undefined;
  afterSeq: number;
  limit: number;
}

export function applicationStore(db: Db) {
  // A dossier's row with its content, assembled from its members.
  const ROW = `a.*, ${contentSql('a')} AS content`;
  // Who may see and edit a dossier (its owner and its collaborators): one rule for every query that needs it.
  // Binds the account's id twice.
  const OWNER_OR_COLLABORATOR =
    '(a.owner_id = ? OR EXISTS (SELECT 1 FROM collaborators c WHERE c.application_id = a.id AND c.account_id = ?))';
  const members = memberStore(db);
  const recent = recentMembers();
  const live = db.prepare<[string, string], ApplicationRow>(
    `SELECT ${ROW} FROM applications a WHERE call_id = ? AND commune = ? AND status <> 'withdrawn'`,
  );
  const insert = db.prepare(
    `INSERT INTO applications (id, call_id, commune, owner_id, status, revision, created_at, updated_at, holds_place)
     VALUES (?, ?, ?, ?, 'draft', 1, ?, ?, ?)`,
  );
  const placeHolder = db.prepare<[string, string], ApplicationRow>(
    `SELECT ${ROW} FROM applications a WHERE call_id = ? AND commune = ? AND holds_place = 1 AND status <> 'withdrawn'`,
  );
  const ownLive = db.prepare<[string, string, string], ApplicationRow>(
    `SELECT ${ROW} FROM applications a WHERE call_id = ? AND commune = ? AND owner_id = ? AND status <> 'withdrawn'`,
  );
  // Per call, the account's live dossier for the commune (one at most), where nobody holds the place.
  const placeless = db.prepare<[string, string], ApplicationRow>(
    `SELECT ${ROW} FROM applications a WHERE a.owner_id = ? AND a.commune = ? AND a.status <> 'withdrawn' AND a.holds_place = 0
       AND NOT EXISTS (SELECT 1 FROM applications p WHERE p.call_id = a.call_id AND p.commune = a.commune
                       AND p.holds_place = 1 AND p.status <> 'withdrawn')
     ORDER BY a.seq`,
  );
  // The oldest live dossier of the commune whose owner is verified for it: who takes a place set free.
  const verifiedCandidate = db.prepare<[string, string], ApplicationRow>(
    `SELECT ${ROW} FROM applications a
       JOIN commune_verifications v ON v.account_id = a.owner_id AND v.commune = a.commune
     WHERE a.call_id = ? AND a.commune = ? AND a.status <> 'withdrawn' AND a.holds_place = 0 ORDER BY a.seq LIMIT 1`,
  );
  const setPlace = db.prepare(
    'UPDATE applications SET holds_place = ?, revision = revision + 1, updated_at = ? WHERE id = ?',
  );
  const setOwner = db.prepare(
    'UPDATE applications SET owner_id = ?, holds_place = ?, revision = revision + 1, updated_at = ? WHERE id = ? AND revision = ?',
  );
  const history = historyStore(db);
  const bump = db.prepare(
    'UPDATE applications SET revision = revision + 1, updated_at = ? WHERE id = ? AND revision = ?',
  );
  const updateStatus = db.prepare(
    'UPDATE applications SET status = ?, revision = revision + 1, updated_at = ?, submitted_at = COALESCE(?, submitted_at) WHERE id = ? AND revision = ?',
  );
  const canAccess = db.prepare<[string, string, string], { ok: number }>(
    `SELECT 1 AS ok FROM applications a WHERE a.id = ? AND ${OWNER_OR_COLLABORATOR}`,
  );
  const documents = db.prepare<[string], DocumentRow>('SELECT * FROM documents WHERE application_id = ? ORDER BY seq');
  const collaborators = db.prepare<
    [string, string],
    { account_id: string; email: string; added_at: string; owner: number }
  >(
    `SELECT a.owner_id AS account_id, o.email, a.created_at AS added_at, 1 AS owner
       FROM applications a JOIN accounts o ON o.id = a.owner_id WHERE a.id = ?
     UNION ALL
     SELECT c.account_id, u.email, c.added_at, 0 AS owner
       FROM collaborators c JOIN accounts u ON u.id = c.account_id WHERE c.application_id = ?
     ORDER BY owner DESC, added_at`,
  );
  const addCollaborator = db.prepare(
    'INSERT INTO collaborators (application_id, account_id, added_at) VALUES (?, ?, ?)',
  );
  const removeCollaborator = db.prepare('DELETE FROM collaborators WHERE application_id = ? AND account_id = ?');

  // The autosave's path reads and writes only the top-level members a change names (routes/applications.ts):
  // a 90 KB dossier is neither copied into JavaScript, parsed, re-serialised nor rewritten on disk to
  // change one title (profile: reading and splicing the whole text were 40 % of a PATCH's CPU, and its
  // pages most of what the COMMIT fsyncs).
  const head = db.prepare<[string], ApplicationHead>(
    `SELECT seq, id, call_id, commune, owner_id, status, revision, created_at, updated_at, submitted_at, holds_place
       FROM applications WHERE id = ?`,
  );
  // The head and whether the account may edit it, in one statement: the autosave's path runs it on every save.
  const headFor = db.prepare<[string, string, string], ApplicationHead & { accessible: 0 | 1 }>(
    `SELECT seq, id, call_id, commune, owner_id, status, revision, created_at, updated_at, submitted_at, holds_place,
       ${OWNER_OR_COLLABORATOR} AS accessible
       FROM applications a WHERE id = ?`,
  );

  const toApplication = (row: ApplicationRow): Application => ({
    ...(JSON.parse(row.content) as ApplicationDraftContent),
    ...aboutOf(row),
  });
  const read = (id: string): Application | undefined => {
    const row = head.get(id);
    return row && toApplication({ ...row, content: members.text(id) });
  };
  /** What an `Application` holds besides its content, in the order it is sent. */
  const aboutOf = (row: ApplicationHead) => ({
    id: row.id,
    callId: row.call_id,
    commune: row.commune,
    status: row.status,
    revision: row.revision,
    ownerId: row.owner_id,
    holdsPlace: row.holds_place === 1,
    documents: documents.all(row.id).map(toDocument),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    ...(row.submitted_at ? { submittedAt: row.submitted_at } : {}),
  });

  return {
    get: read,
    /**
     * A dossier as its `Application` in JSON (UTF-8), for a read that only sends it: its content's bytes as
     * stored, followed by the rest (a draft's content has only its sections' keys, so none repeats one of
     * those), never parsed nor serialised again. `head` for the access checks and the ETag.
     */
    json: (id: string): { head: ApplicationHead; body: Uint8Array<ArrayBuffer> } | undefined => {
      const row = head.get(id);
      if (!row) return undefined;
      const content = members.bytes(id);
      const about = JSON.stringify(aboutOf(row));
      const rest = Buffer.from(content.length ? `,${about.slice(1)}` : about.slice(1));
      return { head: row, body: Buffer.concat([Buffer.from('{'), ...content, rest]) };
    },
    canAccess: (id: string, accountId: string) => canAccess.get(id, accountId, accountId) !== undefined,
    liveFor: (callId: string, commune: string) => live.get(callId, commune),
    /** The live dossier that holds the commune's place in this call, if any. */
    placeHolder: (callId: string, commune: string) => placeHolder.get(callId, commune),
    /**
     * A new draft, holding the commune's place when its owner is verified for the commune
     * (`holdsPlace`). Refused when the account already has a live dossier for the commune ('own'), or
     * when it should hold the place and another dossier holds it ('place'). A draft that holds no
     * place never conflicts with anyone else's: an unverified account never blocks the commune.
     */
    create(
      callId: string,
      commune: string,
      ownerId: string,
      now: string,
      holdsPlace = false,
    ): { application: Application } | { conflict: 'own' | 'place'; existingId: string } {
      const own = ownLive.get(callId, commune, ownerId);
      if (own) return { conflict: 'own', existingId: own.id };
      const holder = holdsPlace ? placeHolder.get(callId, commune) : undefined;
      if (holder) return { conflict: 'place', existingId: holder.id };
      const id = newId('app');
      insert.run(id, callId, commune, ownerId, now, now, holdsPlace ? 1 : 0);
      return { application: read(id)! };
    },
    /**
     * When `accountId` becomes verified for `commune`: in each call, its live dossier for the commune
     * takes the place if nobody holds it (history `place_taken`). Call it in the transaction that
     * verifies the account. Answers the dossiers that took the place.
     */
    takePlaceIfFree(accountId: string, commune: string, now: string): string[] {
      const taken: string[] = [];
      for (const row of placeless.all(accountId, commune)) {
        if (placeHolder.get(row.call_id, commune)) continue;
        setPlace.run(1, now, row.id);
        history.record(row.id, { action: 'place_taken', actorRole: 'platform' }, now);
        taken.push(row.id);
      }
      return taken;
    },
    /**
     * When a place is set free (the holder withdrawn, or given to an unverified owner), the oldest live
     * dossier of a verified owner takes it, so a verified town hall agent is never left without one.
     */
    fillPlace(callId: string, commune: string, now: string): string | undefined {
      if (placeHolder.get(callId, commune)) return undefined;
      const next = verifiedCandidate.get(callId, commune);
      if (!next) return undefined;
      setPlace.run(1, now, next.id);
      history.record(next.id, { action: 'place_taken', actorRole: 'platform' }, now);
      return next.id;
    },
    /** Gives the dossier to another owner if the revision is still `expected`; false otherwise. */
    setOwner(id: string, ownerId: string, holdsPlace: boolean, expected: number, now: string): boolean {
      return setOwner.run(ownerId, holdsPlace ? 1 : 0, now, id, expected).changes === 1;
    },
    /** The account's own live dossier for the commune in this call, if any. */
    ownLiveFor: (callId: string, commune: string, ownerId: string) => ownLive.get(callId, commune, ownerId),
    /** Writes new content if the revision is still `expected`; false when someone else wrote first. */
    saveContent(id: string, content: ApplicationDraftContent, expected: number, now: string): boolean {
      if (bump.run(now, id, expected).changes !== 1) return false;
      members.replace(id, content);
      recent.forget(id);
      return true;
    },
    /** The dossier's row without its content (who may edit it, its status and revision): cheap to read. */
    head: (id: string): ApplicationHead | undefined => head.get(id),
    /** The head, and whether `accountId` owns the dossier or collaborates on it (`canAccess`). */
    headFor(id: string, accountId: string): { head: ApplicationHead; accessible: boolean } | undefined {
      const row = headFor.get(accountId, accountId, id);
      if (!row) return undefined;
      const { accessible, ...found } = row;
      return { head: found, accessible: accessible === 1 };
    },
    /** The stored content, parsed. */
    content: (id: string): ApplicationDraftContent | undefined =>
      head.get(id) && (members.content(id) as ApplicationDraftContent),
    /**
     * Only these top-level keys of the stored content (absent keys stay absent; no dossier: none). With
     * the `revision` the caller read in the head, the members its last save wrote come from memory
     * (recent-members.ts), the others from the database.
     */
    contentKeys: (id: string, keys: readonly string[], revision?: number): Record<string, unknown> =>
      (revision !== undefined ? recent.get(id, revision, keys) : undefined) ?? members.some(id, keys),
    /**
     * Writes these top-level keys of the content (`undefined` removes the key), the other members
     * untouched, if the revision is still `expected`; false when someone else wrote first.
     */
    saveKeys(id: string, changes: Record<string, unknown>, expected: number, now: string): boolean {
      if (bump.run(now, id, expected).changes !== 1) return false;
      recent.pending(id, expected + 1, changes, members.write(id, changes));
      return true;
    },
    /** The save that made `revision` is durable (its batch committed): what it wrote serves the next edit. */
    saved: (id: string, revision: number): void => recent.durable(id, revision),
    setStatus(id: string, status: ApplicationStatus, expected: number, now: string, submittedAt?: string): boolean {
      return updateStatus.run(status, now, submittedAt ?? null, id, expected).changes === 1;
    },
    list(filter: ListFilter): { rows: Application[]; lastSeq: number | undefined; more: boolean } {
      const where = ['a.seq > ?'];
      const params: unknown[] = [filter.afterSeq];
      if (filter.visibleTo) {
        where.push(OWNER_OR_COLLABORATOR);
        params.push(filter.visibleTo, filter.visibleTo);
      }
      if (filter.callId) {
        where.push('a.call_id = ?');
        params.push(filter.callId);
      }
      if (filter.commune) {
        where.push('a.commune = ?');
        params.push(filter.commune);
      }
      if (filter.status) {
        where.push('a.status = ?');
        params.push(filter.status);
      }
      const rows = db
        .prepare<unknown[], ApplicationRow>(
          `SELECT ${ROW} FROM applications a WHERE ${where.join(' AND ')} ORDER BY a.seq LIMIT ?`,
        )
        .all(...params, filter.limit + 1);
      const more = rows.length > filter.limit;
      const page = rows.slice(0, filter.limit);
      return { rows: page.map(toApplication), lastSeq: page.at(-1)?.seq, more };
    },
    seqOf: (id: string) => head.get(id)?.seq,
    documents: (id: string) => documents.all(id).map(toDocument),
    collaborators: (id: string): Collaborator[] =>
      collaborators.all(id, id).map((row) => ({
        accountId: row.account_id,
        email: row.email,
        role: row.owner ? 'owner' : 'editor',
        addedAt: row.added_at,
      })),
    addCollaborator: (id: string, accountId: string, now: string) => addCollaborator.run(id, accountId, now),
    removeCollaborator: (id: string, accountId: string) => removeCollaborator.run(id, accountId).changes === 1,
  };
}
export type ApplicationStore = ReturnType<typeof applicationStore>;

export type ApplicationHead = Omit<ApplicationRow, 'content'>;
