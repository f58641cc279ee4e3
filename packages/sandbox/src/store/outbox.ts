import type { Lang } from '@qmi/core';
import type { Db } from '../db/database.js';
import { newId } from '../ids.js';

/** A rendered e-mail, ready to send: what the outbox stores and the worker hands to SMTP. */
export interface OutgoingMail {
  /** Why it is sent ("verify_email", "password_reset", "invitation"…): for logs, the data export and tests. */
  purpose: string;
  to: string;
  lang: Lang;
  subject: string;
  text: string;
  html: string;
  /** Extra headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string> | undefined;
  /** The account it concerns, when there is one (its data export lists the e-mails it was sent). */
  accountId?: string | undefined;
  /** Files sent with it (the submission receipt's PDF): small, stored with the mail in base64. */
  attachments?: MailAttachment[] | undefined;
}

export interface MailAttachment {
  filename: string;
  contentType: string;
  contentBase64: string;
}

export interface OutboxRow {
  seq: number;
  id: string;
  purpose: string;
  account_id: string | null;
  to_address: string;
  lang: Lang;
  subject: string;
  text_body: string;
  html_body: string;
  headers: string;
  /** JSON array of MailAttachment. */
  attachments: string;
  created_at: string;
  attempts: number;
  next_attempt_at: number;
  sent_at: string | null;
  last_error: string | null;
}

/**
 * The e-mail outbox: a mail is written in the same transaction as the event it tells of (call
 * `enqueue` inside `store.transaction`), so that an event is never recorded without its mail nor a
 * mail sent for an event that was rolled back. A worker sends what is due (mail/worker.ts); attempts
 * are counted in real time, not the sandbox clock.
 */
export function outboxStore(db: Db) {
  const insert = db.prepare(
    `INSERT INTO outbox (id, purpose, account_id, to_address, lang, subject, text_body, html_body, headers, attachments, created_at, next_attempt_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const due = db.prepare<[number, number], OutboxRow>(
    'SELECT * FROM outbox WHERE sent_at IS NULL AND next_attempt_at <= ? ORDER BY seq LIMIT ?',
  );
  const sent = db.prepare('UPDATE outbox SET sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?');
  const failed = db.prepare(
    'UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ?',
  );
  const forAccount = db.prepare<[string], OutboxRow>('SELECT * FROM outbox WHERE account_id = ? ORDER BY seq');
  const pending = db.prepare<[], { count: number }>('SELECT COUNT(*) AS count FROM outbox WHERE sent_at IS NULL');
  const reschedule = db.prepare('UPDATE outbox SET next_attempt_at = ? WHERE sent_at IS NULL AND next_attempt_at > ?');
  const listeners = new Set<() => void>();
  return {
    /** Queues a mail; returns its id. Inside the transaction of the event it tells of. */
    enqueue(mail: OutgoingMail, now: string): string {
      const id = newId('mail');
      insert.run(
        id,
        mail.purpose,
        mail.accountId ?? null,
        mail.to,
        mail.lang,
        mail.subject,
        mail.text,
        mail.html,
        JSON.stringify(mail.headers ?? {}),
        JSON.stringify(mail.attachments ?? []),
        now,
        Date.now(),
      );
      // The worker is woken after the current transaction commits (a microtask later), not inside it.
      queueMicrotask(() => listeners.forEach((listener) => listener()));
      return id;
    },
    /** Mails whose next attempt is due (real time, in ms since the epoch), oldest first. */
    due: (nowMs: number, limit: number) => due.all(nowMs, limit),
    markSent: (id: string, at: string) => sent.run(at, id),
    markFailed: (id: string, error: string, nextAttemptMs: number) =>
      failed.run(error.slice(0, 1000), nextAttemptMs, id),
    forAccount: (accountId: string) => forAccount.all(accountId),
    pendingCount: () => pending.get()!.count,
    /**
     * Makes every unsent mail due now, whatever its backoff: at start-up, which often follows a fix of
     * the SMTP configuration, what waited is tried at once rather than up to an hour later.
     */
    retryAllNow: (nowMs: number) => reschedule.run(nowMs, nowMs).changes,
    /** Called after each enqueue (the worker sends at once instead of waiting for its next poll). */
    onEnqueued(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
export type OutboxStore = ReturnType<typeof outboxStore>;
