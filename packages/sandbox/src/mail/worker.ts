import type { Logger } from '../logger.js';
import type { OutboxRow, OutboxStore } from '../store/outbox.js';

export interface MailWorkerOptions {
  /** QMI_SMTP_URL, e.g. smtp://user:pass@smtp.example:587 or smtps://…:465. */
  smtpUrl: string;
  /** QMI_MAIL_FROM: the sender shown to people. */
  from: string;
  /** How often due mails are looked for, besides right after each enqueue (default 5 s). */
  pollMs?: number | undefined;
}

/** 10 s, 20 s, 40 s… doubling up to an hour between attempts: an SMTP server down for a day loses nothing. */
export const retryDelayMs = (attempts: number) => Math.min(10_000 * 2 ** attempts, 60 * 60 * 1000);

/**
 * Sends the outbox through SMTP with nodemailer, one mail at a time, oldest first. A mail is marked
 * sent only once the SMTP server accepted it; a failure schedules the next attempt with backoff.
 * Never gives up: an unsent mail stays in the outbox (and is logged) until its server returns.
 */
export async function startMailWorker(outbox: OutboxStore, log: Logger, options: MailWorkerOptions) {
  const { createTransport } = await import('nodemailer');
  const transport = createTransport(options.smtpUrl, { from: options.from });
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;

  const sendOne = async (mail: OutboxRow) => {
    try {
      await transport.sendMail({
        from: options.from,
        to: mail.to_address,
        subject: mail.subject,
        text: mail.text_body,
        html: mail.html_body,
        headers: JSON.parse(mail.headers) as Record<string, string>,
        messageId: `<${mail.id}@qmi>`,
      });
      outbox.markSent(mail.id, new Date().toISOString());
    } catch (error) {
      const next = Date.now() + retryDelayMs(mail.attempts);
      outbox.markFailed(mail.id, String(error), next);
      log('warn', 'e-mail not sent, will retry', {
        mail: mail.id,
        purpose: mail.purpose,
        attempts: mail.attempts + 1,
        nextAttemptAt: new Date(next).toISOString(),
        error: String(error),
      });
    }
  };

  const drain = async () => {
    do {
      again = false;
      for (;;) {
        if (stopped) return;
        const due = outbox.due(Date.now(), 20);
        if (due.length === 0) break;
        for (const mail of due) await sendOne(mail);
      }
    } while (again && !stopped);
  };
  const kick = () => {
    if (running) {
      again = true;
      return;
    }
    running = drain()
      .catch((error: unknown) => log('error', 'mail worker failed', { error: String(error) }))
      .finally(() => (running = undefined));
  };
  const unsubscribe = outbox.onEnqueued(kick);
  const timer = setInterval(kick, options.pollMs ?? 5000).unref();
  kick();
  return {
    kick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      unsubscribe();
      await running;
      transport.close();
    },
  };
}
export type MailWorker = Awaited<ReturnType<typeof startMailWorker>>;
