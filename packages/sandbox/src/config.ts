import path from 'node:path';
import type { ProConnectOptions } from './proconnect/relying-party.js';

/** An account the sandbox creates, or gives this password, at start-up. */
export interface AccountSeed {
  email: string;
  password: string;
}

/**
 * How a sandbox is set up: where it listens, where its data lives, its clock's start, the accounts it seeds,
 * and its other services (ProConnect, e-mail, allowed origins…). `configFromEnv` reads it from the
 * environment.
 */
export interface SandboxConfig {
  port: number;
  host: string;
  /** Where the SQLite database (and, later, uploaded files) live. */
  dataDir: string;
  /** The instant the sandbox clock starts from; "system" follows the real clock. */
  now: string;
  organisers: AccountSeed[];
  /** An applicant account for demos (a partner's demo page signs in with it); none by default. */
  demoAccount?: AccountSeed | undefined;
  /** The commune whose draft the demo account holds (INSEE code); none by default. */
  demoCommune?: string | undefined;
  /** QMI_DEMO_DOSSIERS=1: an empty database gets demo dossiers in every state and two reviewers (npm start). */
  demoDossiers: boolean;
  /**
   * QMI_DEMO_ORGANISER: the e-mail of one of QMI_ORGANISERS whose password the `/organisateurs` demo page
   * shows and signs in with (npm start: organisateur@qmi.example); none by default, and no other's ever.
   */
  demoOrganiser?: string | undefined;
  /** The @qmi/elements single-file bundle the demo page loads; none by default. */
  elementsBundle?: string | undefined;
  /** Partner origins allowed to call the API from a browser (CORS). */
  allowedOrigins: string[];
  /**
   * The address browsers reach the sandbox at (behind a proxy, its https URL); the demo page's
   * components call the API there. Never taken from a request's Host header, which anyone can forge.
   * Default: the address the server listens on.
   */
  publicUrl?: string | undefined;
  /**
   * QMI_TRUST_PROXY=1: the client's address (for the per-address limits) is the rightmost
   * X-Forwarded-For entry. Only behind your own reverse proxy; otherwise anyone picks their address.
   */
  trustProxy?: boolean | undefined;
  /** QMI_UPLOAD_EXPIRY_HOURS: how long an unfinished upload is kept (default 24). */
  uploadExpirationMs?: number | undefined;
  /** QMI_SMTP_URL: where e-mails are sent (smtp:// or smtps://, credentials in the URL). */
  smtpUrl?: string | undefined;
  /** QMI_MAIL_FROM: the sender of the platform's e-mails, `Name <address>` or an address. */
  mailFrom?: string | undefined;
  /** QMI_DEV_MAIL=1: e-mails go to a local catcher and are shown at /dev/mail (development only). */
  devMail?: boolean | undefined;
  /** QMI_PROCONNECT_ISSUER, _CLIENT_ID, _CLIENT_SECRET (all three, or none) and _REDIRECT_URI: sign-in with ProConnect. */
  proConnect?: ProConnectOptions | undefined;
  /** QMI_DEV_PROCONNECT=1: a local OpenID provider with demo agents stands in for ProConnect (development only). */
  devProConnect?: boolean | undefined;
}

/**
 * The demo clock sits inside the QMI 2 application window (opened 23 Oct 2023, closes 12 Jan 2024),
 * so that a fresh sandbox can create and submit dossiers. It then runs forward in real time.
 */
export const DEMO_NOW = '2023-12-01T09:00:00Z';
/** The port the sandbox listens on when none is configured (`npm start`: http://127.0.0.1:8787). */
export const DEFAULT_PORT = 8787;

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/**
 * "email:password": the first colon splits, so a password may contain colons; e-mails are stored in
 * lower case, as sign-up stores them.
 */
function accountPair(pair: string, variable: string, shape: string): AccountSeed {
  const at = pair.indexOf(':');
  if (at < 1 || at === pair.length - 1) throw new Error(`${variable} takes ${shape}`);
  return { email: pair.slice(0, at).trim().toLowerCase(), password: pair.slice(at + 1) };
}

/** An http(s) URL without query or fragment, with no trailing slash: the API's base as the elements take it. */
export function publicUrlOf(value: string, variable = 'QMI_PUBLIC_URL'): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${variable} must be an absolute http(s) URL, got "${value}"`);
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.search || url.hash || url.username || url.password)
    throw new Error(`${variable} must be an http(s) URL without query, fragment or credentials, got "${value}"`);
  return (url.origin + url.pathname).replace(/\/+$/, '');
}

/** QMI_UPLOAD_EXPIRY_HOURS, in hours (decimals allowed: 0.5 is half an hour); unset keeps the default. */
function uploadExpiryOf(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const hours = Number(value);
  if (!(hours > 0) || !Number.isFinite(hours))
    throw new Error(`QMI_UPLOAD_EXPIRY_HOURS must be a positive number of hours, got "${value}"`);
  return Math.round(hours * 60 * 60 * 1000);
}

/** QMI_SMTP_URL: an smtp:// or smtps:// URL with a host; the message never repeats the URL (it may hold a password). */
function smtpUrlOf(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  const shape = 'QMI_SMTP_URL must be smtp://[user:password@]host[:port] or smtps://…';
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new Error(`${shape} (it is not a URL)`);
  }
  if (!['smtp:', 'smtps:'].includes(url.protocol)) throw new Error(`${shape}, got the scheme "${url.protocol}"`);
  if (!url.hostname) throw new Error(`${shape} (the host is missing)`);
  return trimmed;
}

/** QMI_MAIL_FROM: "Name <address>" or a bare address. */
function mailFromOf(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  if (!/^(?:[^<>\r\n]*<[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+)$/.test(trimmed))
    throw new Error(`QMI_MAIL_FROM must be an e-mail address or "Name <address>", got "${trimmed}"`);
  return trimmed;
}

/** QMI_PROCONNECT_*: the three registration values go together; the secret is never repeated in a message. */
function proConnectOf(env: NodeJS.ProcessEnv): ProConnectOptions | undefined {
  const issuer = env.QMI_PROCONNECT_ISSUER?.trim();
  const clientId = env.QMI_PROCONNECT_CLIENT_ID?.trim();
  const clientSecret = env.QMI_PROCONNECT_CLIENT_SECRET?.trim();
  const redirectUri = env.QMI_PROCONNECT_REDIRECT_URI?.trim() || undefined;
  if (!issuer && !clientId && !clientSecret) return undefined;
  if (!issuer || !clientId || !clientSecret)
    throw new Error(
      'QMI_PROCONNECT_ISSUER, QMI_PROCONNECT_CLIENT_ID and QMI_PROCONNECT_CLIENT_SECRET go together: set all three',
    );
  publicUrlOf(issuer, 'QMI_PROCONNECT_ISSUER');
  if (redirectUri) publicUrlOf(redirectUri, 'QMI_PROCONNECT_REDIRECT_URI');
  return { issuer, clientId, clientSecret, redirectUri };
}

/** Where an SMTP URL sends, without its credentials: for logs. */
export function smtpUrlForLogs(value: string): string {
  const url = new URL(value);
  return `${url.protocol}//${url.host}`;
}

/**
 * Reads the configuration from the environment (PORT, QMI_DATA_DIR, QMI_NOW, QMI_ORGANISERS,
 * QMI_DEMO_ACCOUNT, QMI_DEMO_ORGANISER, QMI_ALLOWED_ORIGINS, QMI_PUBLIC_URL, QMI_TRUST_PROXY, QMI_UPLOAD_EXPIRY_HOURS,
 * QMI_SMTP_URL, QMI_MAIL_FROM, QMI_DEV_MAIL, QMI_PROCONNECT_*, QMI_DEV_PROCONNECT).
 */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): SandboxConfig {
  const port = env.PORT === undefined || env.PORT === '' ? DEFAULT_PORT : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  const now = env.QMI_NOW?.trim() || DEMO_NOW;
  if (now !== 'system' && Number.isNaN(Date.parse(now)))
    throw new Error(`QMI_NOW must be an ISO instant or "system", got "${now}"`);
  const organisers = list(env.QMI_ORGANISERS).map((pair) =>
    accountPair(pair, 'QMI_ORGANISERS', '"email:password" pairs separated by commas'),
  );
  const demo = env.QMI_DEMO_ACCOUNT?.trim();
  const demoAccount = demo ? accountPair(demo, 'QMI_DEMO_ACCOUNT', 'one "email:password" pair') : undefined;
  const allowedOrigins = list(env.QMI_ALLOWED_ORIGINS).map((origin) => new URL(origin).origin);
  const smtpUrl = smtpUrlOf(env.QMI_SMTP_URL);
  const devMail = ['1', 'true'].includes(env.QMI_DEV_MAIL?.trim() ?? '');
  // Both would leave it unclear whether real people get the e-mails of a test run: one must go.
  if (smtpUrl && devMail)
    throw new Error('QMI_SMTP_URL and QMI_DEV_MAIL=1 are both set: e-mails go to one place; unset one of them');
  return {
    port,
    host: env.HOST?.trim() || '127.0.0.1',
    dataDir: path.resolve(cwd, env.QMI_DATA_DIR?.trim() || '.data'),
    now,
    organisers,
    demoAccount,
    demoCommune: env.QMI_DEMO_COMMUNE?.trim() || undefined,
    demoDossiers: ['1', 'true'].includes(env.QMI_DEMO_DOSSIERS?.trim() ?? ''),
    demoOrganiser: env.QMI_DEMO_ORGANISER?.trim().toLowerCase() || undefined,
    elementsBundle: env.QMI_ELEMENTS_BUNDLE?.trim() ? path.resolve(cwd, env.QMI_ELEMENTS_BUNDLE.trim()) : undefined,
    allowedOrigins,
    publicUrl: env.QMI_PUBLIC_URL?.trim() ? publicUrlOf(env.QMI_PUBLIC_URL.trim()) : undefined,
    trustProxy: ['1', 'true'].includes(env.QMI_TRUST_PROXY?.trim() ?? ''),
    uploadExpirationMs: uploadExpiryOf(env.QMI_UPLOAD_EXPIRY_HOURS),
    smtpUrl,
    mailFrom: mailFromOf(env.QMI_MAIL_FROM),
    devMail,
    proConnect: proConnectOf(env),
    devProConnect: ['1', 'true'].includes(env.QMI_DEV_PROCONNECT?.trim() ?? ''),
  };
}
