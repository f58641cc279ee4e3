import type { Lang, QmiClient, Session } from '@qmi/core';
import { executeServerCommand } from '@web/test-runner-commands';

/** The real sandbox the tests run against (started by test/support/sandbox-plugin.mjs). */
export const sandboxUrl = () => executeServerCommand<string, undefined>('sandbox-url');
/** Stops the sandbox and starts it again on the same port and data, after `downMs`. */
export const restartSandbox = (downMs = 0) => executeServerCommand('sandbox-restart', { downMs });
export const setSandboxClock = (now: string) => executeServerCommand<string, { now: string }>('sandbox-clock', { now });
/** Makes the sandbox unreachable from the page (requests fail like a dropped connection), or reachable again. */
export const setOffline = (offline: boolean) => executeServerCommand('network', { offline });

/** An e-mail the sandbox really sent (over SMTP, to its catcher), with the page link it carries. */
export interface Mail {
  id: number;
  subject: string;
  text: string;
  /** The link to a page with `#qmi-action=…&qmi-token=…`, when the mail has one. */
  link: string | undefined;
  /** Files attached (the submission receipt), with the SHA-256 of their bytes. */
  attachments: { filename: string; contentType: string; sha256: string }[];
}
/** The first e-mail to `to` whose subject or text matches `match` (a case-insensitive regular expression), waiting for it. */
export const mailTo = (to: string, match?: string, options: { after?: number; timeoutMs?: number } = {}) =>
  executeServerCommand<Mail, { to: string; match?: string; after?: number; timeoutMs?: number }>('mail', {
    to,
    match,
    ...options,
  });
/** Every e-mail sent to `to` so far. */
export const mailsTo = (to: string) =>
  executeServerCommand<{ id: number; subject: string }[], { to: string }>('mails', { to });
/** The token of an e-mail's link (`qmi-token` in its fragment). */
export const tokenOf = (mail: Mail): string => {
  const token = new URLSearchParams(new URL(mail.link ?? 'http://invalid/').hash.slice(1)).get('qmi-token');
  if (!token) throw new Error(`No link with a token in the e-mail "${mail.subject}"`);
  return token;
};
/** Chooses a demo agent on the local ProConnect provider's login page (in the popup), as a person would. */
export const chooseProConnectAgent = (agent: string) =>
  executeServerCommand<boolean, { agent: string }>('proconnect-choose', { agent });

export const ORGANISER = { email: 'instruction@qmi.test', password: 'organiser-password' };
export const PASSWORD = 'un mot de passe assez long';
let counter = 0;
export const uniqueEmail = (label = 'agent') => `${label}.${Date.now()}.${++counter}@mairie.example`;

export const waitFor = async (
  condition: () => boolean | Promise<boolean>,
  { timeout = 10_000, interval = 25, message = 'condition' } = {},
) => {
  const start = performance.now();
  while (!(await condition())) {
    if (performance.now() - start > timeout) throw new Error(`Timed out after ${timeout} ms waiting for ${message}`);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
};

/**
 * An account as a person makes one now: signed up, then the address confirmed with the link of the real
 * e-mail the platform sent. `client` ends signed in; the session is returned as sign-up used to.
 */
export async function signUpVerified(
  client: QmiClient,
  { email = uniqueEmail(), password = PASSWORD, lang }: { email?: string; password?: string; lang?: Lang } = {},
): Promise<Session> {
  await client.auth.signUp({ email, password, ...(lang ? { lang } : {}) });
  const mail = await mailTo(email, 'confirm');
  return client.auth.verifyEmail(tokenOf(mail));
}
