import type { AddressInfo } from 'node:net';

/** An e-mail the catcher received, parsed. */
export interface CaughtMail {
  id: number;
  /** Recipients of the SMTP envelope, lower case. */
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  /** Headers, lower-case names, as received. */
  headers: Record<string, string>;
  /** Files sent with it (the submission receipt), decoded. */
  attachments: { filename: string; contentType: string; content: Buffer }[];
  receivedAt: string;
}

/**
 * A running mail catcher (`startMailCatcher`): its SMTP address, the mails it received, and a way to wait for
 * one.
 */
export interface MailCatcher {
  /** smtp://127.0.0.1:PORT, for QMI_SMTP_URL. */
  url: string;
  port: number;
  /** Every mail received (newest last), or those sent to an address. */
  messages(to?: string): CaughtMail[];
  /**
   * The first mail received (now or later) to `to` whose subject or text matches `match`, if given.
   * Rejects after `timeoutMs` (default 10 s) naming what arrived meanwhile.
   */
  waitFor(to: string, match?: RegExp, options?: { timeoutMs?: number; after?: number }): Promise<CaughtMail>;
  /** Stops the SMTP server. */
  close(): Promise<void>;
}

/**
 * A real SMTP server that keeps what it receives in memory, for `npm start` (shown at /dev/mail) and
 * for tests, which read the e-mails the platform really sent over SMTP. Needs `smtp-server` and
 * `mailparser` (development dependencies of @qmi/sandbox), loaded only when a catcher is started.
 */
export interface MailCatcherOptions {
  /** 0 (default) picks a free port. */
  port?: number | undefined;
  host?: string | undefined;
  /** Recipients answered `550 5.1.1 mailbox unavailable`, as a real server answers an unknown mailbox. */
  refuseRecipient?: ((address: string) => boolean) | undefined;
  /** Waits this long before accepting each mail, as a slow server does. */
  acceptDelayMs?: number | undefined;
}

/**
 * Starts a real SMTP server that keeps in memory what it receives (see {@link MailCatcherOptions}); resolves
 * once it listens.
 */
export async function startMailCatcher(options: MailCatcherOptions = {}): Promise<MailCatcher> {
  const [{ SMTPServer }, { simpleParser }] = await Promise.all([import('smtp-server'), import('mailparser')]).catch(
    (error: unknown) => {
      throw new Error(
        `The local mail catcher needs the packages smtp-server and mailparser (npm install smtp-server mailparser): ${String(error)}`,
      );
    },
  );
  const received: CaughtMail[] = [];
  const waiters = new Set<() => void>();
  let nextId = 1;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    // Bounded: a catcher is for development, not for storing the internet's mail.
    size: 25 * 1024 * 1024,
    logger: false,
    onRcptTo(address, _session, callback) {
      if (!options.refuseRecipient?.(address.address.toLowerCase())) return callback();
      callback(Object.assign(new Error('5.1.1 Mailbox unavailable'), { responseCode: 550 }));
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then(async (parsed) => {
          if (options.acceptDelayMs) await new Promise((resolve) => setTimeout(resolve, options.acceptDelayMs));
          const headers: Record<string, string> = {};
          for (const line of parsed.headerLines) {
            headers[line.key] = line.line.slice(line.line.indexOf(':') + 1).trim();
          }
          received.push({
            id: nextId++,
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            headers,
            attachments: parsed.attachments.map((file) => ({
              filename: file.filename ?? '',
              contentType: file.contentType,
              content: file.content,
            })),
            receivedAt: new Date().toISOString(),
          });
          if (received.length > 1000) received.shift();
          for (const waiter of waiters) waiter();
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  const messages = (to?: string) =>
    to === undefined ? [...received] : received.filter((mail) => mail.to.includes(to.toLowerCase()));
  return {
    url: `smtp://${options.host ?? '127.0.0.1'}:${port}`,
    port,
    messages,
    waitFor(to, match, { timeoutMs = 10_000, after = 0 } = {}) {
      const find = () =>
        messages(to).find((mail) => mail.id > after && (!match || match.test(mail.subject) || match.test(mail.text)));
      return new Promise<CaughtMail>((resolve, reject) => {
        const check = () => {
          const found = find();
          if (!found) return;
          cleanup();
          resolve(found);
        };
        const timer = setTimeout(() => {
          cleanup();
          const seen = messages(to).map((mail) => mail.subject);
          reject(
            new Error(
              `No e-mail to ${to}${match ? ` matching ${match}` : ''} within ${timeoutMs} ms; received: ${JSON.stringify(seen)}`,
            ),
          );
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
