import { Credentials, QMI_2, type CallDefinition } from '@qmi/core';
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.js';
import type { Hono } from 'hono';
import { storedClock, type SandboxClock } from './clock.js';
import { type AccountSeed, DEMO_NOW, publicUrlOf } from './config.js';
import { type Checkpointer, startCheckpointer } from './db/checkpointer.js';
import { type Db, openDatabase } from './db/database.js';
import { answerClientError } from './http/client-error.js';
import type { AppEnv } from './http/env.js';
import { createThrottle, type ThrottleLimits } from './http/throttle.js';
import { jsonLogger, type Logger } from './logger.js';
import { seedAccounts } from './seed-accounts.js';
import { seedDemoDossiers } from './demo-seed.js';
import { createGroupCommit } from './store/group-commit.js';
import { createStore } from './store/index.js';
import { DEFAULT_IDEMPOTENCY_TIMES } from './store/idempotency.js';
import { DEFAULT_SESSION_TIMES } from './store/sessions.js';
import { type Scanner, uploadStorage } from './uploads/index.js';
import { UPLOAD_EXPIRATION_MS } from './uploads/storage.js';
import { type MailCatcher, startMailCatcher } from './dev/mail-catcher.js';
import { type DevProConnect, startDevProConnect } from './dev/oidc-provider.js';
import { type ProConnectOptions, proConnectRelyingParty } from './proconnect/relying-party.js';
import { CALLBACK_PATH } from './proconnect/routes.js';
import { randomBytes } from 'node:crypto';
import { type MailRetry, type MailWorker, startMailWorker } from './mail/worker.js';

/** The sender when QMI_MAIL_FROM is not set. */
export const DEFAULT_MAIL_FROM = 'Quartiers Métropolitains d’Innovation <ne-pas-repondre@qmi.localhost>';

/**
 * The options of `startSandbox`: where its data lives and where it listens, its clock's start, the accounts
 * and demo data it seeds, and the services it starts or talks to (e-mail, ProConnect).
 */
export interface SandboxOptions {
  dataDir: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  now?: string;
  organisers?: AccountSeed[];
  /**
   * An applicant account created, or given this password, at start-up: a demo page can open signed
   * in as a commune (`<qmi-session demo-email demo-password>`). Must be a valid sign-up (a 10+
   * character password) and not one of the organisers.
   */
  demoAccount?: AccountSeed | undefined;
  /** A commune (INSEE code) whose draft the demo account holds for the first call, created at start-up if missing. */
  demoCommune?: string | undefined;
  /** On an empty database: a few communes' dossiers in every state, two reviewers and their assessments (src/demo-seed.ts). */
  demoDossiers?: boolean | undefined;
  /**
   * The e-mail of one of `organisers` whose password the `/organisateurs` demo page shows and signs in
   * with (QMI_DEMO_ORGANISER). Without it that page signs nobody in and shows no organiser's password.
   */
  demoOrganiser?: string | undefined;
  /** The single-file bundle of @qmi/elements, served at /assets/qmi-elements.js for the demo page. */
  elementsBundle?: string | undefined;
  allowedOrigins?: string[];
  calls?: CallDefinition[];
  log?: Logger;
  /**
   * Checks each completed upload before it becomes a document (e.g. with ClamAV); a refusal deletes
   * the bytes and answers 422 `document_rejected`. None by default.
   */
  scanner?: Scanner | undefined;
  /**
   * The address browsers reach the sandbox at (QMI_PUBLIC_URL; behind a proxy, its https URL): the
   * demo page's components call the API there. Default: the address it listens on.
   */
  publicUrl?: string | undefined;
  /**
   * How long an Idempotency-Key may stay "in progress" after its request died with its process
   * (kill -9) before a retry with that key is executed (default 30 s, far longer than any request).
   */
  idempotencyClaimTimeoutMs?: number | undefined;
  /** How long Idempotency-Keys and their answers are kept (default 24 h); pruned while the server runs. */
  idempotencyRetentionMs?: number | undefined;
  /**
   * A session left unused this long ends (default 7 days: an agent back from a week-end and a holiday
   * bridge is still signed in; a token forgotten on a shared computer dies within a week). Each use
   * pushes it forward. Real time, not the sandbox clock.
   */
  sessionIdleMs?: number | undefined;
  /**
   * No session lasts longer than this after its sign-in, however often it is used (default 30 days:
   * a stolen token is worth a month at most). Real time, not the sandbox clock.
   */
  sessionMaxMs?: number | undefined;
  /**
   * Limits of sign-in, sign-up, message posting and upload creation (429 `rate_limited` with
   * Retry-After beyond them); each one not given keeps its default (DEFAULT_THROTTLE_LIMITS).
   */
  throttle?: Partial<ThrottleLimits> | undefined;
  /**
   * Take the client's address (for the per-address limits) from the rightmost X-Forwarded-For entry
   * (QMI_TRUST_PROXY=1). Only behind your own reverse proxy, which sets it: otherwise anyone can
   * send that header and pick their address. Default: the connection's address.
   */
  trustProxy?: boolean | undefined;
  /**
   * How long an unfinished upload is kept (QMI_UPLOAD_EXPIRY_HOURS; default 24 h). Until then it
   * holds its place among the dossier's documents (the kind's count, the total); after, it and its
   * files are removed by a sweep that runs every tenth of this time (at most 15 minutes apart).
   */
  uploadExpirationMs?: number | undefined;
  /**
   * Where e-mails are sent (QMI_SMTP_URL: smtp://user:password@host:587, smtps://…:465). Without it
   * (and without `devMail`), e-mails wait in the outbox, sent once a server is configured.
   */
  smtpUrl?: string | undefined;
  /** The sender of the platform's e-mails (QMI_MAIL_FROM). */
  mailFrom?: string | undefined;
  /**
   * Starts a local SMTP catcher in this process and sends the e-mails to it (QMI_DEV_MAIL=1, on in
   * `npm start`): they are shown at /dev/mail instead of reaching anyone. For development and tests.
   */
  devMail?: boolean | undefined;
  /**
   * When failed e-mails are tried again: the first delay (default 10 s) doubles at each failure up to
   * the longest (default 1 h); due mails are looked for every `pollMs` (default 5 s). Tests shorten them.
   */
  mailRetry?: MailRetry | undefined;
  /**
   * Sign-in with ProConnect (QMI_PROCONNECT_ISSUER, _CLIENT_ID, _CLIENT_SECRET, _REDIRECT_URI): the
   * platform as a relying party of the State's federation. The redirect URI to register defaults to
   * `${publicUrl}/v1/auth/proconnect/callback`. Without it, only passwords sign in.
   */
  proConnect?: ProConnectOptions | undefined;
  /**
   * Starts a local OpenID provider issuing ProConnect's claims for demo agents (QMI_DEV_PROCONNECT=1,
   * on in `npm start`) and signs in with it instead of `proConnect`. For development and tests.
   */
  devProConnect?: boolean | undefined;
}

/**
 * A running sandbox (`startSandbox`): its addresses, its clock, the local e-mail and OpenID services it
 * started, and `close`.
 */
export interface Sandbox {
  /** The address it listens on. */
  url: string;
  /** The address browsers reach it at (`publicUrl`, or `url`). */
  publicUrl: string;
  port: number;
  clock: SandboxClock;
  /** The local SMTP catcher, when `devMail` started one: what the platform sent, as received over SMTP. */
  mail?: MailCatcher | undefined;
  /** The local OpenID provider, when `devProConnect` started one: its issuer and demo agents. */
  devProConnect?: DevProConnect | undefined;
  /** Stops accepting connections, lets requests in flight finish, then closes the database. */
  close(): Promise<void>;
}

/** How long in-flight requests get to finish at shutdown before their connections are cut. */
const DRAIN_MS = 10_000;

/**
 * The demo account is an applicant like any signed-up commune, so it keeps sign-up's rules; sharing
 * an organiser's e-mail would silently turn that organiser into an applicant.
 */
function checkedDemoAccount(seed: AccountSeed, organisers: AccountSeed[]): AccountSeed {
  const parsed = Credentials.safeParse(seed);
  if (!parsed.success)
    throw new Error('The demo account needs a valid e-mail address and a password of 10 characters or more');
  if (organisers.some((organiser) => organiser.email.toLowerCase() === parsed.data.email.toLowerCase())) {
    throw new Error(`The demo account ${parsed.data.email} is also an organiser: give it another e-mail address`);
  }
  return parsed.data;
}

/** The demo organiser must be one of the organisers: the page shows that one's password, never another's. */
function demoOrganiserOf(email: string, organisers: AccountSeed[]): AccountSeed {
  const found = organisers.find((organiser) => organiser.email.toLowerCase() === email.trim().toLowerCase());
  if (!found) throw new Error(`The demo organiser ${email} is not one of the organisers (QMI_ORGANISERS)`);
  return found;
}

/** The demo commune's dossier, so the demo page opens on a form rather than on the start step. Answers its id. */
function seedDemoDossier(
  store: ReturnType<typeof createStore>,
  email: string,
  callId: string,
  commune: string,
  now: string,
): string | undefined {
  const account = store.accounts.byEmail(email);
  if (!account) return undefined;
  // The demo account speaks for the demo commune by configuration, so its dossier holds the place.
  return store.transaction(() => {
    store.verifications.grant(account.id, commune, 'configuration', now);
    store.applications.takePlaceIfFree(account.id, commune, now);
    const outcome = store.applications.create(callId, commune, account.id, now, true);
    if ('application' in outcome) {
      const id = outcome.application.id;
      store.history.record(id, { action: 'created', actorId: account.id, actorRole: 'owner' }, now);
      return id;
    }
    return outcome.conflict === 'own' ? outcome.existingId : undefined;
  });
}

/**
 * The demo page calls the API at the address the server listens on; opened under another name of the
 * same loopback address (`localhost:8787` for `127.0.0.1:8787`), it is another origin, which CORS would
 * refuse. Those names are this machine's own, so they are allowed when no public URL is configured.
 */
function loopbackAliases(host: string, port: number): string[] {
  if (!['127.0.0.1', '::1', 'localhost'].includes(host)) return [];
  return [`http://localhost:${port}`, `http://127.0.0.1:${port}`, `http://[::1]:${port}`];
}

/**
 * Starts the platform server: opens (or creates) its SQLite database in `dataDir`, seeds the configured
 * accounts and demo data, starts the services asked for, and listens. Resolves once it accepts connections.
 */
export async function startSandbox(options: SandboxOptions): Promise<Sandbox> {
  // Checked before the database opens, so that a configuration error leaves nothing open behind it.
  const organisers = options.organisers ?? [];
  const demo = options.demoAccount && checkedDemoAccount(options.demoAccount, organisers);
  const demoOrganiser = options.demoOrganiser ? demoOrganiserOf(options.demoOrganiser, organisers) : undefined;
  const idempotency = {
    claimTimeoutMs: options.idempotencyClaimTimeoutMs ?? DEFAULT_IDEMPOTENCY_TIMES.claimTimeoutMs,
    retentionMs: options.idempotencyRetentionMs ?? DEFAULT_IDEMPOTENCY_TIMES.retentionMs,
  };
  if (!(idempotency.claimTimeoutMs > 0 && idempotency.retentionMs >= idempotency.claimTimeoutMs))
    throw new Error('idempotencyClaimTimeoutMs must be positive and idempotencyRetentionMs at least as long');
  const sessions = {
    idleMs: options.sessionIdleMs ?? DEFAULT_SESSION_TIMES.idleMs,
    maxMs: options.sessionMaxMs ?? DEFAULT_SESSION_TIMES.maxMs,
  };
  if (!(sessions.idleMs > 0 && sessions.maxMs > 0)) throw new Error('sessionIdleMs and sessionMaxMs must be positive');
  const uploadExpirationMs = options.uploadExpirationMs ?? UPLOAD_EXPIRATION_MS;
  if (!(uploadExpirationMs > 0)) throw new Error('uploadExpirationMs must be positive');
  const log = options.log ?? jsonLogger;
  const calls = options.calls ?? [QMI_2];
  const publicUrl = options.publicUrl === undefined ? undefined : publicUrlOf(options.publicUrl, 'publicUrl');

  // The port first, the data after: an instance that cannot listen (EADDRINUSE, most often another
  // one already running on this data folder) fails before it writes anything, such as the passwords
  // of the organisers that the running one serves. Requests arriving meanwhile wait for the start.
  let ready!: (fetch: Hono<AppEnv>['fetch']) => void;
  let failed!: (error: unknown) => void;
  const started = new Promise<Hono<AppEnv>['fetch']>((resolve, reject) => ((ready = resolve), (failed = reject)));
  started.catch(() => {}); // Nobody may be waiting when a start fails; the error is thrown below.
  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve(
      {
        fetch: (request, env) => started.then((fetch) => fetch(request, env)),
        port: options.port ?? 0,
        hostname: options.host ?? '127.0.0.1',
      },
      () => resolve(s),
    );
    s.once('error', reject);
    s.on('clientError', answerClientError);
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host ?? '127.0.0.1';
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  let db: Db | undefined;
  let checkpointer: Checkpointer | undefined;
  let mail: MailCatcher | undefined;
  let mailWorker: MailWorker | undefined;
  let devProConnect: DevProConnect | undefined;
  const timers: NodeJS.Timeout[] = [];
  let clock: SandboxClock;
  try {
    db = openDatabase(options.dataDir);
    // WAL checkpoints run in a worker thread, not inside a save's COMMIT on the event loop (db/checkpointer.ts).
    checkpointer = await startCheckpointer(db, {}, (error) =>
      log('warn', 'checkpoint worker failed: checkpoints run on the main thread again', { error: String(error) }),
    );
    const store = createStore(db, { idempotency, sessions });
    clock = storedClock(db, options.now ?? DEMO_NOW);
    const now = clock.now().toISOString();
    await seedAccounts(store.accounts, organisers, demo, now, log);
    const uploads = uploadStorage(options.dataDir, { inProgress: store.documents, expirationMs: uploadExpirationMs });
    // Before the demo commune's draft: only an empty database gets the demo's dossiers (with their files).
    if (options.demoDossiers) await seedDemoDossiers(store, uploads, calls[0]!, organisers[0]?.email, now, log);
    const demoApplication =
      demo && options.demoCommune
        ? seedDemoDossier(store, demo.email, calls[0]!.id, options.demoCommune, now)
        : undefined;
    store.sessions.purgeExpired();
    store.idempotency.purgeExpired();
    // Unfinished uploads are swept at start and every tenth of their lifetime, at most 15 minutes apart,
    // one sweep at a time (the timer never keeps the process alive).
    let sweeping: Promise<unknown> | undefined;
    const sweepUploads = () =>
      void (sweeping ??= uploads
        .sweep()
        .catch((error: unknown) => log('warn', 'upload sweep failed', { error: String(error) }))
        .finally(() => (sweeping = undefined)));
    sweepUploads();
    const sweeper = setInterval(sweepUploads, Math.max(10, Math.min(uploadExpirationMs / 10, 15 * 60 * 1000))).unref();
    // Expired Idempotency-Keys and sessions are pruned while the server runs too, not only at start-up
    // (an expired session never works anyway; its row is just not kept longer than needed).
    const sweepKeys = () => {
      try {
        store.idempotency.purgeExpired();
        store.sessions.purgeExpired();
      } catch (error) {
        log('warn', 'idempotency key and session sweep failed', { error: String(error) });
      }
    };
    const keySweeper = setInterval(sweepKeys, Math.min(idempotency.retentionMs, 10 * 60 * 1000)).unref();
    const throttle = createThrottle(db, options.throttle, { trustProxy: options.trustProxy });
    // Counters whose window has passed are deleted while the server runs (hourly, as the library does).
    const throttleSweeper = setInterval(
      () => {
        try {
          throttle.sweep();
        } catch (error) {
          log('warn', 'rate limit sweep failed', { error: String(error) });
        }
      },
      60 * 60 * 1000,
    ).unref();
    timers.push(sweeper, keySweeper, throttleSweeper);
    if (options.devMail) mail = await startMailCatcher();
    const smtpUrl = mail?.url ?? options.smtpUrl;
    if (smtpUrl) {
      mailWorker = await startMailWorker(store.outbox, log, {
        smtpUrl,
        from: options.mailFrom ?? DEFAULT_MAIL_FROM,
        retry: options.mailRetry,
      });
    } else {
      log('warn', 'no SMTP server configured: e-mails wait in the outbox', {
        hint: 'set QMI_SMTP_URL (or QMI_DEV_MAIL=1 to catch them locally at /dev/mail)',
      });
    }

    // The redirect URI is the platform's public address: known only now that the server listens.
    const redirectUri = `${publicUrl ?? url}${CALLBACK_PATH}`;
    let proConnect = options.proConnect;
    if (options.devProConnect) {
      const clientSecret = randomBytes(32).toString('base64url');
      devProConnect = await startDevProConnect({
        clients: [{ clientId: 'qmi-sandbox', clientSecret, redirectUris: [redirectUri] }],
      });
      proConnect = { issuer: devProConnect.issuer, clientId: 'qmi-sandbox', clientSecret, redirectUri };
    }
    const app = createApp({
      store,
      groupCommit: createGroupCommit(db),
      clock,
      calls,
      log,
      allowedOrigins: [...(options.allowedOrigins ?? []), ...(publicUrl ? [] : loopbackAliases(host, port))],
      demo: demo ? { email: demo.email, password: demo.password, applicationId: demoApplication } : undefined,
      demoOrganiser,
      elementsBundle: options.elementsBundle,
      publicUrl: publicUrl ?? url,
      uploads,
      scanner: options.scanner,
      throttle,
      devMail: mail,
      proConnect:
        proConnect && proConnectRelyingParty({ ...proConnect, redirectUri: proConnect.redirectUri ?? redirectUri }),
    });
    ready(app.fetch);
  } catch (error) {
    failed(error);
    for (const timer of timers) clearInterval(timer);
    await mailWorker?.stop();
    await mail?.close();
    await devProConnect?.close();
    (server as { closeAllConnections?: () => void }).closeAllConnections?.();
    await new Promise((resolve) => server.close(resolve));
    await checkpointer?.stop();
    db?.close();
    throw error;
  }
  const openDb = db;
  const openCheckpointer = checkpointer;

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= new Promise<void>((resolve) => {
      for (const timer of timers) clearInterval(timer);
      const force = setTimeout(
        () => (server as { closeAllConnections?: () => void }).closeAllConnections?.(),
        DRAIN_MS,
      );
      server.close(() => {
        clearTimeout(force);
        void (async () => {
          // The mail being sent finishes first (it is marked sent, or retried at the next start).
          await mailWorker?.stop();
          await mail?.close();
          await devProConnect?.close();
          // Every write is committed when its request answers; closing the last connection checkpoints
          // the WAL and removes it, so the worker's goes first.
          await openCheckpointer?.stop();
          openDb.close();
          resolve();
        })();
      });
      (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
    }));

  return { url, publicUrl: publicUrl ?? url, port, clock, mail, devProConnect, close };
}
