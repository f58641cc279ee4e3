import { Credentials, QMI_2, type CallDefinition } from '@qmi/core';
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.js';
import type { Hono } from 'hono';
import { storedClock, type SandboxClock } from './clock.js';
import { type AccountSeed, DEMO_NOW, publicUrlOf } from './config.js';
import { type Db, openDatabase } from './db/database.js';
import type { AppEnv } from './http/env.js';
import { hashPassword } from './http/password.js';
import { jsonLogger, type Logger } from './logger.js';
import { createStore } from './store/index.js';
import { DEFAULT_IDEMPOTENCY_TIMES } from './store/idempotency.js';
import { type Scanner, uploadStorage } from './uploads/index.js';

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
}

export interface Sandbox {
  /** The address it listens on. */
  url: string;
  /** The address browsers reach it at (`publicUrl`, or `url`). */
  publicUrl: string;
  port: number;
  clock: SandboxClock;
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
  const live = store.applications.liveFor(callId, commune);
  if (live) return live.owner_id === account.id ? live.id : undefined;
  return store.applications.create(callId, commune, account.id, now)?.id;
}

export async function startSandbox(options: SandboxOptions): Promise<Sandbox> {
  // Checked before the database opens, so that a configuration error leaves nothing open behind it.
  const organisers = options.organisers ?? [];
  const demo = options.demoAccount && checkedDemoAccount(options.demoAccount, organisers);
  const idempotency = {
    claimTimeoutMs: options.idempotencyClaimTimeoutMs ?? DEFAULT_IDEMPOTENCY_TIMES.claimTimeoutMs,
    retentionMs: options.idempotencyRetentionMs ?? DEFAULT_IDEMPOTENCY_TIMES.retentionMs,
  };
  if (!(idempotency.claimTimeoutMs > 0 && idempotency.retentionMs >= idempotency.claimTimeoutMs))
    throw new Error('idempotencyClaimTimeoutMs must be positive and idempotencyRetentionMs at least as long');
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
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host ?? '127.0.0.1';
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  let db: Db | undefined;
  const timers: NodeJS.Timeout[] = [];
  let clock: SandboxClock;
  try {
    db = openDatabase(options.dataDir);
    const store = createStore(db, { idempotency });
    clock = storedClock(db, options.now ?? DEMO_NOW);
    const now = clock.now().toISOString();
    for (const organiser of organisers) {
      store.accounts.upsert(organiser.email, await hashPassword(organiser.password), 'organiser', now);
    }
    if (demo) store.accounts.upsert(demo.email, await hashPassword(demo.password), 'applicant', now);
    const demoApplication =
      demo && options.demoCommune
        ? seedDemoDossier(store, demo.email, calls[0]!.id, options.demoCommune, now)
        : undefined;
    store.sessions.purgeExpired();
    store.idempotency.purgeExpired();
    const uploads = uploadStorage(options.dataDir);
    // Unfinished uploads expire after a week; swept at start and hourly (the timer never keeps the process alive).
    const sweepUploads = () =>
      void uploads.store
        .deleteExpired()
        .catch((error: unknown) => log('warn', 'upload sweep failed', { error: String(error) }));
    sweepUploads();
    const sweeper = setInterval(sweepUploads, 60 * 60 * 1000).unref();
    // Expired Idempotency-Keys are pruned while the server runs too, not only at start-up.
    const sweepKeys = () => {
      try {
        store.idempotency.purgeExpired();
      } catch (error) {
        log('warn', 'idempotency key sweep failed', { error: String(error) });
      }
    };
    const keySweeper = setInterval(sweepKeys, Math.min(idempotency.retentionMs, 10 * 60 * 1000)).unref();
    timers.push(sweeper, keySweeper);

    const app = createApp({
      store,
      clock,
      calls,
      log,
      allowedOrigins: options.allowedOrigins ?? [],
      demo: demo ? { email: demo.email, password: demo.password, applicationId: demoApplication } : undefined,
      elementsBundle: options.elementsBundle,
      publicUrl: publicUrl ?? url,
      uploads,
      scanner: options.scanner,
    });
    ready(app.fetch);
  } catch (error) {
    failed(error);
    for (const timer of timers) clearInterval(timer);
    (server as { closeAllConnections?: () => void }).closeAllConnections?.();
    await new Promise((resolve) => server.close(resolve));
    db?.close();
    throw error;
  }
  const openDb = db;

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
        // Every write is committed when its request answers; closing checkpoints the WAL.
        openDb.close();
        resolve();
      });
      (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
    }));

  return { url, publicUrl: publicUrl ?? url, port, clock, close };
}
