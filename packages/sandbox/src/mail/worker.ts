import type { Logger } from '../logger.js';
import type { MailAttachment, OutboxRow, OutboxStore } from '../store/outbox.js';

/** When failed mails are tried again. Defaults suit a real SMTP server; tests shorten them. */
export interface MailRetry {
  /** The delay after a first failure, doubling at each failure (default 10 s). */
  firstDelayMs?: number | undefined;
  /** The longest delay between two attempts (default 1 h). */
  maxDelayMs?: number | undefined;
  /** How often due mails are looked for, besides right after each enqueue (default 5 s). */
  pollMs?: number | undefined;
}

export interface MailWorkerOptions {
  /** QMI_SMTP_URL, e.g. smtp://user:pass@smtp.example:587 or smtps://…:465. */
  smtpUrl: string;
  /** QMI_MAIL_FROM: the sender shown to people. */
  from: string;
  retry?: MailRetry | undefined;
  /** At most this many mails per run of the worker (default 50); the rest wait for the next poll. */
  batchSize?: number | undefined;
}

const DEFAULT_RETRY = { firstDelayMs: 10_000, maxDelayMs: 60 * 60 * 1000, pollMs: 5000 };

/** 10 s, 20 s, 40 s… doubling up to an hour between attempts: an SMTP server down for a day loses nothing. */
export const retryDelayMs = (attempts: number, retry: MailRetry = {}) => {
  const first = retry.firstDelayMs ?? DEFAULT_RETRY.firstDelayMs;
  const max = retry.maxDelayMs ?? DEFAULT_RETRY.maxDelayMs;
  return Math.min(first * 2 ** Math.min(attempts, 30), max);
};

/** The domain of the sender's address, for Message-IDs (`<mail_…@that.domain>`, RFC 5322 §3.6.4). */
const messageIdDomain = (from: string) => /@([A-Za-z0-9.-]+)>?\s*$/.exec(from)?.[1] ?? 'qmi.localhost';

/** What an SMTP failure says about the mail and about the server. */
function classify(error: unknown): { serverDown: boolean; permanent: boolean; detail: Record<string, unknown> } {
  const { code, responseCode, command } = (error ?? {}) as { code?: string; responseCode?: number; command?: string };
  return {
    // No SMTP answer at all (refused connection, timeout, TLS, authentication): the next mails would
    // fail the same way, so the round stops; they stay due and are tried at the next poll.
    serverDown: responseCode === undefined || code === 'EAUTH',
    // 5xx: this server refuses this mail (e.g. an unknown mailbox). Retrying soon will not help, but
    // a refusal can come from a configuration being fixed, so it is retried at the longest delay
    // rather than dropped, and logged as an error for someone to look at.
    permanent: responseCode !== undefined && responseCode >= 500 && code !== 'EAUTH',
    detail: { code, responseCode, command },
  };
}

/**
 * Sends the outbox through SMTP with nodemailer, one mail at a time, oldest first. At least once: a
 * mail is marked sent only after the SMTP server accepted it (a crash in between sends it again, with
 * the same Message-ID, which lets mail systems drop the duplicate). A failure schedules the next
 * attempt with backoff and the queue goes on with the next mail; a server that does not answer stops
 * the round until the next poll. Never gives up: an unsent mail stays in the outbox (and is logged)
 * until its server takes it. Its timers never keep the process alive; `stop()` waits for the mail
 * being sent.
 */
export async function startMailWorker(outbox: OutboxStore, log: Logger, options: MailWorkerOptions) {
  const { createTransport } = await import('nodemailer');
  const retry = { ...DEFAULT_RETRY, ...options.retry };
  const batchSize = options.batchSize ?? 50;
  if (!(retry.firstDelayMs > 0 && retry.maxDelayMs >= retry.firstDelayMs && retry.pollMs > 0 && batchSize > 0))
    throw new Error('mail retry delays and poll interval must be positive, the longest delay at least the first');
  // Short timeouts (nodemailer waits up to 10 minutes by default): a stuck server must not hold a
  // shutdown, which waits for the mail in flight.
  // Pooled: one SMTP connection serves mail after mail (a connection, greeting and EHLO for each
  // would make a backlog, say every commune's notification on decision day, crawl).
  const transport = createTransport({
    url: options.smtpUrl,
    pool: true,
    maxConnections: 1,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  const domain = messageIdDomain(options.from);
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;

  /** Sends one mail; answers false when the server did not answer (the round stops). */
  const sendOne = async (mail: OutboxRow): Promise<boolean> => {
    try {
      await transport.sendMail({
        from: options.from,
        to: mail.to_address,
        subject: mail.subject,
        text: mail.text_body,
        html: mail.html_body,
        headers: JSON.parse(mail.headers) as Record<string, string>,
        attachments: (JSON.parse(mail.attachments) as MailAttachment[]).map((file) => ({
          filename: file.filename,
          contentType: file.contentType,
          content: Buffer.from(file.contentBase64, 'base64'),
        })),
        messageId: `<${mail.id}@${domain}>`,
        // When the platform wrote it (its clock), not when a retry finally got it through.
        date: new Date(mail.created_at),
      });
      outbox.markSent(mail.id, new Date().toISOString());
      return true;
    } catch (error) {
      const { serverDown, permanent, detail } = classify(error);
      const delay = permanent ? retry.maxDelayMs : retryDelayMs(mail.attempts, retry);
      const next = Date.now() + delay;
      outbox.markFailed(mail.id, String(error), next);
      log(
        permanent ? 'error' : 'warn',
        permanent ? 'e-mail refused by the SMTP server' : 'e-mail not sent, will retry',
        {
          mail: mail.id,
          purpose: mail.purpose,
          attempts: mail.attempts + 1,
          nextAttemptAt: new Date(next).toISOString(),
          error: String(error),
          ...detail,
        },
      );
      return !serverDown;
    }
  };

  /** Sends what is due, up to a batch; answers whether more may be due (a full batch, or a kick meanwhile). */
  const drain = async (): Promise<boolean> => {
    let sent = 0;
    do {
      again = false;
      for (;;) {
        const due = outbox.due(Date.now(), Math.min(20, batchSize - sent));
        if (due.length === 0) break;
        for (const mail of due) {
          if (stopped) return false;
          sent++;
          if (!(await sendOne(mail))) return false;
        }
        if (sent >= batchSize) return true;
      }
    } while (again && !stopped);
    return false;
  };
  const kick = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = drain()
      .catch((error: unknown) => {
        log('error', 'mail worker failed', { error: String(error) });
        return false;
      })
      .then((more) => {
        running = undefined;
        // A full batch goes on at once (after other work had its turn), not at the next poll: a backlog
        // is sent at the SMTP server's pace, and a new mail behind it does not wait seconds per batch.
        if (more && !stopped) setImmediate(kick);
      });
  };
  const unsubscribe = outbox.onEnqueued(kick);
  const timer = setInterval(kick, retry.pollMs).unref();
  outbox.retryAllNow(Date.now());
  kick();
  return {
    kick,
    /** Sends nothing more; resolves once the mail in flight (if any) is accepted or failed. */
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
