import { type CallDefinition, createClient, type ClientOptions, QMI_2 } from '@qmi/core';
import { exampleDossier } from '@qmi/core/testing';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after } from 'node:test';
import { silentLogger, startSandbox, type Sandbox, type SandboxOptions } from '../src/index.js';

export const ORGANISER = { email: 'instruction@metropolegrandparis.example', password: 'organiser-password' };
export const PASSWORD = 'un mot de passe assez long';
export const INSIDE_WINDOW = '2023-12-01T09:00:00Z';

/**
 * The QMI 2 call with its documents optional. Documents reach a dossier by upload (tus), so the
 * lifecycle tests (submit, decisions) run on this call; QMI 2 itself refusing a dossier without its
 * documents is tested too.
 */
export const CALL_WITHOUT_DOCUMENTS: CallDefinition = {
  ...QMI_2,
  id: 'qmi-2-test',
  documentKinds: QMI_2.documentKinds.map((kind) => ({ ...kind, minCount: 0 })),
};

/** A complete dossier for CALL_WITHOUT_DOCUMENTS: no partner promises a support letter. */
export const readyDossier = () => {
  const dossier = exampleDossier();
  dossier.partners = dossier.partners.map((partner) => ({ ...partner, supportLetter: false }));
  return dossier;
};

/**
 * A real sandbox on a free loopback port with a temporary SQLite database, stopped and deleted
 * after the test file.
 */
export async function startTestSandbox(options: Partial<SandboxOptions> = {}): Promise<Sandbox & { dataDir: string }> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'qmi-sandbox-test-'));
  const sandbox = await startSandbox({
    now: INSIDE_WINDOW,
    organisers: [ORGANISER],
    calls: [QMI_2, CALL_WITHOUT_DOCUMENTS],
    log: process.env.QMI_TEST_LOG ? (l, m, f) => l === 'error' && console.error(m, f) : silentLogger,
    ...options,
    // Every test signs up from the same loopback address: only that limit is raised, every other
    // throttle keeps its default (a test that wants sign-up's own limit passes it in `throttle`).
    throttle: { signUpsPerAddressPerHour: 100_000, ...options.throttle },
    dataDir,
    port: 0,
  });
  after(async () => {
    await sandbox.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  return { ...sandbox, dataDir };
}

let counter = 0;
export const uniqueEmail = (label = 'agent') => `${label}.${process.pid}.${++counter}@mairie.example`;

/** A client signed up as a new applicant. */
export async function applicant(sandbox: Sandbox, options: Partial<ClientOptions> = {}) {
  const client = createClient({ baseUrl: sandbox.url, ...options });
  const session = await client.auth.signUp({ email: uniqueEmail(), password: PASSWORD });
  return Object.assign(client, { session });
}

export async function organiser(sandbox: Sandbox) {
  const client = createClient({ baseUrl: sandbox.url });
  const session = await client.auth.signIn(ORGANISER);
  return Object.assign(client, { session });
}

/** The commune codes used by tests: each test takes its own so that "one per commune" never collides. */
const COMMUNES = [
  '93066',
  '75056',
  '94028',
  '92012',
  '93048',
  '94080',
  '92050',
  '93010',
  '94041',
  '92026',
  '93070',
  '94081',
  '92044',
  '93001',
  '94033',
  '92036',
];
let communeIndex = 0;
export const nextCommune = () => COMMUNES[communeIndex++ % COMMUNES.length]!;

/** Rejects with the thrown error so tests can assert on its class and fields. */
export async function rejection(promise: Promise<unknown>): Promise<any> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the call to fail, it succeeded');
}

/** A raw request, for what the typed client would never send (missing headers, malformed bodies). */
export async function raw(
  sandbox: Sandbox,
  method: string,
  pathname: string,
  init: { token?: string; body?: string; headers?: Record<string, string> } = {},
) {
  const response = await fetch(sandbox.url + pathname, {
    method,
    headers: { ...(init.token ? { authorization: `Bearer ${init.token}` } : {}), ...init.headers },
    ...(init.body !== undefined ? { body: init.body } : {}),
  });
  return readAnswer(response);
}

/** A response's status, headers, text and JSON (undefined when the body is not JSON). */
export async function readAnswer(response: Response) {
  const text = await response.text();
  let json: any;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, json, text };
}
