import type { HistoryAction, HistoryEntry } from '@qmi/core';
import type { Db } from '../db/database.js';
import { newId } from '../ids.js';

interface EventRow {
  id: string;
  application_id: string;
  action: HistoryAction;
  actor_id: string | null;
  actor_role: HistoryEntry['actorRole'];
  reason: string | null;
  details: string | null;
  at: string;
}

export interface HistoryEvent {
  action: HistoryAction;
  actorId?: string | undefined;
  actorRole: HistoryEntry['actorRole'];
  reason?: string | undefined;
  details?: Record<string, string> | undefined;
}

/** Each dossier's history: who did what, when and why. Written in the transaction of the change it records. */
export function historyStore(db: Db) {
  const insert = db.prepare(
    'INSERT INTO application_events (id, application_id, action, actor_id, actor_role, reason, details, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const list = db.prepare<[string], EventRow>('SELECT * FROM application_events WHERE application_id = ? ORDER BY seq');
  return {
    record(applicationId: string, event: HistoryEvent, at: string): void {
      insert.run(
        newId('evt'),
        applicationId,
        event.action,
        event.actorId ?? null,
        event.actorRole,
        event.reason ?? null,
        event.details ? JSON.stringify(event.details) : null,
        at,
      );
    },
    list: (applicationId: string): HistoryEntry[] =>
      list.all(applicationId).map((row) => ({
        id: row.id,
        applicationId: row.application_id,
        action: row.action,
        ...(row.actor_id ? { actorId: row.actor_id } : {}),
        actorRole: row.actor_role,
        ...(row.reason ? { reason: row.reason } : {}),
        ...(row.details ? { details: JSON.parse(row.details) as Record<string, string> } : {}),
        at: row.at,
      })),
  };
}
export type HistoryStore = ReturnType<typeof historyStore>;
