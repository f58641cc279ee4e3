import { type CallDefinition, createClient, type ClientOptions, QMI_2, type QmiClient, type Session } from '@qmi/core';
import { exampleDossier } from '@qmi/core/testing';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after } from 'node:test';
import type { EmailAction } from '../src/http/action-links.js';
import {
  type MailCatcher,
  silentLogger,
  startMailCatcher,
  startSandbox,
  type Sandbox,
  type SandboxOptions,
} from '../src/index.js';

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
    // E-mails reach a real SMTP server in the process (sandbox.mail): sign-up's verification link is read from it.
    devMail: true,
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

/** The action's token in the link of the first matching e-mail to `email` (after mail id `after`), as `<qmi-session>` reads it from the fragment. */
export async function emailToken(
  sandbox: { mail?: MailCatcher | undefined },
  email: string,
  action: EmailAction = 'verify-email',
  options: { after?: number } = {},
): Promise<string> {
  const link = new RegExp(`#qmi-action=${action}&qmi-token=([\\w-]+)`);
  const mail = await sandbox.mail!.waitFor(email, link, { timeoutMs: 5000, ...options });
  return link.exec(mail.text)![1]!;
}

/**
 * A client signed up as a new applicant, its address verified through the link of the real e-mail (and
 * signed in by it): what every test needs to create or join a dossier.
 */
export async function applicant(sandbox: Sandbox, options: Partial<ClientOptions> & { email?: string } = {}) {
  const { email = uniqueEmail(), ...clientOptions } = options;
  const client = createClient({ baseUrl: sandbox.url, ...clientOptions });
  const session = await signUpVerified(client, email, sandbox);
  return Object.assign(client, { session });
}

/** Signs `client` up with `email` and follows the verification link of the e-mail `mail` caught: signed in, verified. */
export async function signUpVerified(
  client: QmiClient,
  email: string,
  mail: { mail?: MailCatcher | undefined },
  password = PASSWORD,
): Promise<Session> {
  await client.auth.signUp({ email, password });
  return client.auth.verifyEmail(await emailToken(mail, email));
}

/**
 * A real SMTP server in the test process, closed after the file: for `qmi-sandbox` processes started
 * with QMI_SMTP_URL set to its `url`, whose e-mails the test then reads.
 */
export async function testMailCatcher(): Promise<MailCatcher> {
  const catcher = await startMailCatcher();
  after(() => catcher.close());
  return catcher;
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

/**
 * An applicant verified for `commune` the way a password account is: a claim to represent the commune,
 * approved by an organiser. Its dossier for the commune holds the commune's place and can be submitted.
 */
export async function verifiedAgent(sandbox: Sandbox, commune: string, options: Partial<ClientOptions> = {}) {
  const agent = await applicant(sandbox, options);
  const claim = await agent.communeClaims.create({
    commune,
    name: 'Camille Martin',
    townHallRole: 'Chargée de mission',
  });
  const decider = await organiser(sandbox);
  await decider.communeClaims.decide(claim.id, { decision: 'approve' });
  return agent;
}

// ---------------------------------------------------------------- issue 16, S1: the committee

/** The token of the next reviewer invitation e-mail to `email` (after mail id `after`), as the page reads it. */
export const reviewerInvitationToken = (sandbox: Sandbox, email: string, options: { after?: number } = {}) =>
  emailToken(sandbox, email, 'reviewer-invitation', options);

/**
 * A committee member invited by the organisers, who followed the real e-mail's link and chose a
 * password: a client signed in as a reviewer.
 */
export async function invitedReviewer(
  sandbox: Sandbox,
  options: { email?: string; organisation?: string; lang?: 'fr' | 'en' } = {},
) {
  const { email = uniqueEmail('expert'), organisation = 'ADEME', lang } = options;
  const org = await organiser(sandbox);
  await org.reviewers.invite({ email, organisation, ...(lang ? { lang } : {}) });
  const client = createClient({ baseUrl: sandbox.url });
  const token = await reviewerInvitationToken(sandbox, email);
  const session = await client.reviewers.accept({ token, password: PASSWORD });
  return Object.assign(client, { session });
}

/** A complete dossier of CALL_WITHOUT_DOCUMENTS, submitted by an agent verified for its commune. */
export async function submittedDossier(sandbox: Sandbox, commune = nextCommune()) {
  const agent = await verifiedAgent(sandbox, commune);
  const draft = await agent.applications.create(CALL_WITHOUT_DOCUMENTS.id, { commune });
  const filled = await agent.applications.update(draft.id, readyDossier(), { ifMatch: draft.revision });
  const application = await agent.applications.submit(filled.id, { ifMatch: filled.revision });
  return { agent, application };
}

// ---------------------------------------------------------------- issue 16, S2: assessments

/** The organiser assigns the reviewer to the dossier through the API (POST /v1/applications/:id/assignments). */
export async function assignReviewer(sandbox: Sandbox, applicationId: string, reviewer: { session: Session }) {
  return (await organiser(sandbox)).assignments.assign(applicationId, reviewer.session.account.id);
}
