import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after } from 'node:test';
import { silentLogger, startSandbox, type Sandbox, type SandboxOptions } from '@qmi/sandbox';
import { createClient, QMI_2, type ClientOptions, type QmiClient, type Session } from '../../src/index.js';

/**
 * The real platform for core's engines (autosave, client, uploads): @qmi/sandbox, a dev dependency,
 * read from its build (`npm run build -w packages/sandbox` first). The engines under test come from
 * core's sources; the sandbox only answers over HTTP, so nothing is shared but the wire.
 */

export const PASSWORD = 'un mot de passe assez long';
/** The sandbox's clock: inside the QMI 2 call's window. */
export const INSIDE_WINDOW = '2023-12-01T09:00:00Z';

/** A sandbox on a free loopback port with a temporary SQLite database, stopped and deleted after the test file. */
export async function startTestSandbox(options: Partial<SandboxOptions> = {}): Promise<Sandbox & { dataDir: string }> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'qmi-core-test-'));
  const log: SandboxOptions['log'] = process.env.QMI_TEST_LOG
    ? (level, message, fields) => level === 'error' && console.error(message, fields)
    : silentLogger;
  const sandbox = await startSandbox({
    now: INSIDE_WINDOW,
    calls: [QMI_2],
    log,
    // E-mails reach a real SMTP server in the process (sandbox.mail): sign-up's verification link is read from it.
    devMail: true,
    ...options,
    // Every test signs up from the same loopback address: only that limit is raised, every other
    // throttle keeps its default.
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

/** The action's token in the link of the latest matching e-mail to `email` (as `<qmi-session>` reads it from the fragment). */
export async function emailToken(
  sandbox: Sandbox,
  email: string,
  action: 'verify-email' | 'reset-password' | 'confirm-email-change' | 'accept-invitation' = 'verify-email',
  options: { after?: number } = {},
): Promise<string> {
  const link = new RegExp(`#qmi-action=${action}&qmi-token=([\\w-]+)`);
  const mail = await sandbox.mail!.waitFor(email, link, { timeoutMs: 5000, ...options });
  return link.exec(mail.text)![1]!;
}

/**
 * A client signed up as a new applicant, its address verified through the link of the real e-mail (and
 * signed in by it): what every test needs to create a dossier.
 */
export async function applicant(sandbox: Sandbox, options: Partial<ClientOptions> & { email?: string } = {}) {
  const { email = uniqueEmail(), ...clientOptions } = options;
  const client = createClient({ baseUrl: sandbox.url, ...clientOptions });
  const session = await signUpVerified(client, email, sandbox);
  return Object.assign(client, { session });
}

/** Signs `client` up with `email` and follows the verification link of the real e-mail: signed in, verified. */
export async function signUpVerified(client: QmiClient, email: string, sandbox: Sandbox): Promise<Session> {
  await client.auth.signUp({ email, password: PASSWORD });
  return client.auth.verifyEmail(await emailToken(sandbox, email));
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

/** A new applicant with a new dossier, and a client of theirs built with `options` (e.g. a fetch that can cut the network). */
export async function applicantWithDossier(sandbox: Sandbox, options: Partial<ClientOptions> = {}) {
  const setup = await applicant(sandbox);
  const application = await setup.applications.create('qmi-2', { commune: nextCommune() });
  const client = createClient({ baseUrl: sandbox.url, token: setup.session.token, ...options });
  return { client, application, session: setup.session };
}
