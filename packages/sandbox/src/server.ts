import { Credentials, QMI_2, type CallDefinition } from '@qmi/core';
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.js';
import { createClock, type SandboxClock } from './clock.js';
import { type AccountSeed, DEMO_NOW } from './config.js';
import { openDatabase } from './db/database.js';
import { hashPassword } from './http/password.js';
import { jsonLogger, type Logger } from './logger.js';
import { createStore } from './store/index.js';
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
}

export interface Sandbox {
  url: string;
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
  const db = openDatabase(options.dataDir);
  const store = createStore(db);
  const clock = createClock(options.now ?? DEMO_NOW);
  const log = options.log ?? jsonLogger;
  const now = clock.now().toISOString();
  for (const organiser of organisers) {
    store.accounts.upsert(organiser.email, await hashPassword(organiser.password), 'organiser', now);
  }
  if (demo) store.accounts.upsert(demo.email, await hashPassword(demo.password), 'applicant', now);
  const calls = options.calls ?? [QMI_2];
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

  const app = createApp({
    store,
    clock,
    calls,
    log,
    allowedOrigins: options.allowedOrigins ?? [],
    demo: demo ? { email: demo.email, password: demo.password, applicationId: demoApplication } : undefined,
    elementsBundle: options.elementsBundle,
    uploads,
    scanner: options.scanner,
  });
  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? 0, hostname: options.host ?? '127.0.0.1' }, () =>
      resolve(s),
    );
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host ?? '127.0.0.1';
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= new Promise<void>((resolve) => {
      clearInterval(sweeper);
      const force = setTimeout(
        () => (server as { closeAllConnections?: () => void }).closeAllConnections?.(),
        DRAIN_MS,
      );
      server.close(() => {
        clearTimeout(force);
        // Every write is committed when its request answers; closing checkpoints the WAL.
        db.close();
        resolve();
      });
      (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
    }));

  return { url, port, clock, close };
}
