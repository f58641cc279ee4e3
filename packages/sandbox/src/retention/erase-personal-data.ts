import type { CallDefinition } from '@qmi/core';
import type { Db } from '../db/database.js';
import { historyStore } from '../store/history.js';
import { contentSql, memberStore } from '../store/application-members.js';

/** One dossier whose personal data is (or, in a dry run, would be) erased. */
export interface ErasedDossier {
  applicationId: string;
  callId: string;
  commune: string;
  status: string;
  /** The final decision, or the call's deadline for drafts and withdrawn dossiers: the retention runs from it. */
  since: string;
  /** When the retention period ended. */
  erasableFrom: string;
  messages: number;
  documents: number;
  collaborators: number;
  invitations: number;
}

interface DossierRow {
  id: string;
  call_id: string;
  commune: string;
  status: string;
  content: string;
  last_decision: string | null;
}

/** Statuses at which a dossier's story is over without selection: nothing will need its contacts again. */
const FINAL_NOT_SELECTED = new Set(['not_selected', 'ineligible']);
const NEVER_DECIDED = new Set(['draft', 'withdrawn']);

export const addMonths = (iso: string, months: number): string => {
  const date = new Date(iso);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString();
};

/**
 * Removes the people from a dossier's content: the applicant's contact, the team (elected official,
 * agent, communication, experts) and each partner's contact. The project itself (challenge, sectors,
 * resources, partners' names) stays: it is the commune's, not a person's, and the call's statistics use it.
 */
export function eraseContacts(content: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(content);
  const objectAt = (value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  delete objectAt(copy.applicant)?.contact;
  const team = objectAt(copy.team);
  if (team) for (const key of ['electedOfficial', 'agent', 'communication', 'experts']) delete team[key];
  if (Array.isArray(copy.partners)) for (const partner of copy.partners) delete objectAt(partner)?.contact;
  return copy;
}

/**
 * The organisers' side of a dossier (issue 16) under the same rule: free texts go, facts and numbers stay.
 * - Notifications about it: they only pointed to events now past.
 * - Requests for advice and section comments keep their dates, their section and whether they were
 *   answered, not their words (a commune writes "call Camille Martin, 06…", organisers "ask Mrs Martin").
 * - Private annotations go whole: notes of the instruction, nothing depends on them once it is over.
 * - Assessments keep their ratings (the call's statistics, as the project's content does) without
 *   their comments; the synthesis loses its text likewise; conflicts of interest keep their date, not
 *   their reason (it tells of the reviewer's life and often names someone of the commune).
 * - Receipts keep every hash (content, each file, and the PDF the commune received: a printed or mailed
 *   copy can still be checked against it) but the PDF itself, which names the submitter's address and
 *   the files, is dropped rather than regenerated: a new PDF would have another hash, so it could
 *   prove nothing and would have to replace the hash that proves the original. The files' names go
 *   from the stored list too (kind, size and SHA-256 stay).
 */
const ORGANISERS_SIDE = [
  'DELETE FROM notifications WHERE application_id = ?',
  "UPDATE advice_requests SET message = '' WHERE application_id = ?",
  "UPDATE section_comments SET text = '' WHERE application_id = ?",
  'DELETE FROM annotations WHERE application_id = ?',
  `UPDATE assessments SET ratings = (SELECT json_group_object(key, json_set(value, '$.comment', ''))
     FROM json_each(assessments.ratings)) WHERE application_id = ?`,
  "UPDATE syntheses SET text = '', per_criterion = NULL WHERE application_id = ?",
  'UPDATE assignments SET conflict_reason = NULL WHERE application_id = ?',
  `UPDATE receipts SET pdf = x'', documents = (SELECT json_group_array(json_set(value, '$.name', ''))
     FROM (SELECT value FROM json_each(receipts.documents) ORDER BY key)) WHERE application_id = ?`,
];

/**
 * The retention rule (GDPR art. 5(1)(e)): in dossiers not selected of a call with
 * `personalDataRetentionMonths`, once that many months have passed since the final decision (or the
 * deadline, for drafts never submitted and withdrawn dossiers), the people's data is erased: contacts
 * in the content, messages, documents (their files too, by the caller), editors and invitations, and
 * the organisers' side's texts (ORGANISERS_SIDE above); the history records `personal_data_erased`. Selected dossiers are kept (the programme follows them), and
 * dossiers still in instruction wait for their decision. Each dossier once. `now` is the platform's time.
 */
export function personalDataEraser(db: Db) {
  const history = historyStore(db);
  const candidates = db.prepare<[string], DossierRow>(
    `SELECT a.id, a.call_id, a.commune, a.status, ${contentSql('a')} AS content,
       (SELECT MAX(d.decided_at) FROM decisions d WHERE d.application_id = a.id) AS last_decision
     FROM applications a
     WHERE a.call_id = ? AND a.status <> 'selected'
       AND NOT EXISTS (SELECT 1 FROM application_events e WHERE e.application_id = a.id AND e.action = 'personal_data_erased')
     ORDER BY a.seq`,
  );
  const count = (table: string) =>
    db.prepare<[string], { n: number }>(`SELECT COUNT(*) AS n FROM ${table} WHERE application_id = ?`);
  const counts = {
    messages: count('messages'),
    documents: count('documents'),
    collaborators: count('collaborators'),
    invitations: count('invitations'),
  };
  const documentKeys = db.prepare<[string], { storage_key: string }>(
    'SELECT storage_key FROM documents WHERE application_id = ?',
  );
  const erase = [
    'DELETE FROM messages WHERE application_id = ?',
    'DELETE FROM documents WHERE application_id = ?',
    'DELETE FROM uploads_in_progress WHERE application_id = ?',
    'DELETE FROM collaborators WHERE application_id = ?',
    'DELETE FROM invitations WHERE application_id = ?',
    // The history keeps what happened, who acted and when; the addresses invited and the reasons written
    // (which may name people) go.
    'UPDATE application_events SET details = NULL, reason = NULL WHERE application_id = ?',
    ...ORGANISERS_SIDE,
  ].map((sql) => db.prepare(sql));
  const members = memberStore(db);
  const bump = db.prepare('UPDATE applications SET revision = revision + 1, updated_at = ? WHERE id = ?');

  /** The dossiers due for erasure at `now`. */
  function due(calls: readonly CallDefinition[], now: string): Array<ErasedDossier & { content: string }> {
    const found: Array<ErasedDossier & { content: string }> = [];
    for (const call of calls) {
      const months = call.personalDataRetentionMonths;
      if (!months) continue;
      for (const row of candidates.all(call.id)) {
        let since: string | undefined;
        if (FINAL_NOT_SELECTED.has(row.status)) since = row.last_decision ?? undefined;
        else if (NEVER_DECIDED.has(row.status))
          since = [call.applicationWindow.deadline, row.last_decision ?? ''].sort().at(-1);
        if (!since) continue;
        const erasableFrom = addMonths(since, months);
        if (Date.parse(erasableFrom) > Date.parse(now)) continue;
        found.push({
          applicationId: row.id,
          callId: row.call_id,
          commune: row.commune,
          status: row.status,
          since,
          erasableFrom,
          messages: counts.messages.get(row.id)!.n,
          documents: counts.documents.get(row.id)!.n,
          collaborators: counts.collaborators.get(row.id)!.n,
          invitations: counts.invitations.get(row.id)!.n,
          content: row.content,
        });
      }
    }
    return found;
  }

  const eraseDue = db.transaction((calls: readonly CallDefinition[], now: string) => {
    const dossiers = due(calls, now);
    const keys: string[] = [];
    for (const { content, ...dossier } of dossiers) {
      keys.push(...documentKeys.all(dossier.applicationId).map((row) => row.storage_key));
      for (const statement of erase) statement.run(dossier.applicationId);
      const erased = eraseContacts(JSON.parse(content) as Record<string, unknown>);
      members.replace(dossier.applicationId, erased);
      bump.run(now, dossier.applicationId);
      history.record(
        dossier.applicationId,
        {
          action: 'personal_data_erased',
          actorRole: 'platform',
          details: {
            retentionMonths: String(calls.find((call) => call.id === dossier.callId)!.personalDataRetentionMonths),
          },
        },
        now,
      );
    }
    return {
      dossiers: dossiers.map(({ content: _content, ...dossier }) => dossier),
      documentKeys: keys,
    };
  });

  return {
    due: (calls: readonly CallDefinition[], now: string): ErasedDossier[] =>
      due(calls, now).map(({ content: _content, ...dossier }) => dossier),
    /** Erases what is due, in one transaction; answers the dossiers and the document files to remove. */
    run: (calls: readonly CallDefinition[], now: string): { dossiers: ErasedDossier[]; documentKeys: string[] } =>
      eraseDue(calls, now),
  };
}
