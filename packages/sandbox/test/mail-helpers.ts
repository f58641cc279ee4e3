// What the e-mail tests share: a second connection to a sandbox's database that writes mails into its
// outbox (as a route does, inside its transaction), the mails themselves, and a log to read.
import { after } from 'node:test';
import { openDatabase } from '../src/db/database.js';
import { composeMail, type MailContent } from '../src/mail/compose.js';
import type { Logger } from '../src/logger.js';
import { outboxStore } from '../src/store/outbox.js';
import { INSIDE_WINDOW } from './helpers.js';

/** Short delays, so that a retry is seen within a test: the worker polls every 50 ms. */
export const FAST_RETRY = { firstDelayMs: 100, maxDelayMs: 400, pollMs: 50 };

/** The outbox of the sandbox whose data folder this is, through its own connection (WAL allows it). */
export function outboxOf(dataDir: string) {
  const db = openDatabase(dataDir);
  after(() => db.close());
  return {
    /** Queues a mail as a route does, in a transaction; the sandbox's worker finds it at its next poll. */
    enqueue: (mail: Partial<MailContent> & { to: string }, now = INSIDE_WINDOW) =>
      db.transaction(() => outboxStore(db).enqueue(composeMail({ ...sampleMail(mail.to), ...mail }), now))(),
  };
}

export const sampleMail = (to: string, subject = 'Confirmez votre adresse'): MailContent => ({
  purpose: 'test',
  to,
  lang: 'fr',
  subject: { fr: subject, en: subject },
  paragraphs: { fr: ['Bonjour,', 'Voici un lien.'], en: ['Hello,', 'Here is a link.'] },
  action: {
    label: { fr: 'Confirmer mon adresse', en: 'Confirm my address' },
    url: 'http://localhost:8787/#qmi-action=verify-email&qmi-token=abc',
  },
});

/** A logger that keeps what it is told. */
export function capturedLog() {
  const lines: { level: string; message: string; fields: Record<string, unknown> }[] = [];
  const log: Logger = (level, message, fields = {}) => lines.push({ level, message, fields });
  return { lines, log };
}

/** Resolves once `check` is true, polling; rejects with `what` after `timeoutMs`. */
export async function until(check: () => boolean, what: string, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
