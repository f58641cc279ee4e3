import type { NotificationKind } from '@qmi/core';
import type { Db } from '../db/database.js';
import { newId } from '../ids.js';

export interface NotificationRow {
  seq: number;
  id: string;
  account_id: string;
  application_id: string;
  kind: NotificationKind;
  /** JSON: what the title needs (the new status, the commune's name…). */
  params: string;
  created_at: string;
  read_at: string | null;
}

/** In-app notifications: the same events as the e-mails, written in the same transaction (review/notify.ts). */
export function notificationStore(db: Db) {
  const insert = db.prepare(
    'INSERT INTO notifications (id, account_id, application_id, kind, params, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const forAccount = db.prepare<[string, number], NotificationRow>(
    'SELECT * FROM notifications WHERE account_id = ? ORDER BY seq DESC LIMIT ?',
  );
  const one = db.prepare<[string, string], NotificationRow>(
    'SELECT * FROM notifications WHERE id = ? AND account_id = ?',
  );
  const markRead = db.prepare(
    'UPDATE notifications SET read_at = ? WHERE id = ? AND account_id = ? AND read_at IS NULL',
  );
  return {
    add(accountId: string, applicationId: string, kind: NotificationKind, params: Record<string, string>, now: string) {
      const id = newId('ntf');
      insert.run(id, accountId, applicationId, kind, JSON.stringify(params), now);
      return id;
    },
    /** The account's latest notifications, newest first. */
    list: (accountId: string, limit = 100) => forAccount.all(accountId, limit),
    get: (id: string, accountId: string) => one.get(id, accountId),
    markRead: (id: string, accountId: string, now: string) => markRead.run(now, id, accountId).changes > 0,
  };
}
export type NotificationStore = ReturnType<typeof notificationStore>;
