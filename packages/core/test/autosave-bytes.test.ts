import assert from 'node:assert/strict';
import net from 'node:net';
import { after, test } from 'node:test';
import {
  applicationContent,
  Autosave,
  createClient,
  PreconditionFailedError,
  saveApplicationChange,
  ValidationError,
  type ApplicationDraftContent,
} from '../src/index.js';
import { Http } from '../src/client/http.js';
import { applicant, nextCommune, startTestSandbox } from './support/sandbox.js';

// The autosave's cost on the wire, counted at the socket (request and answer, headers included), on the
// full dossier the benchmark measures (30 partners, 92 KB): what a phone on the move pays per save.

const sandbox = await startTestSandbox();
const DOSSIER = '../../../bench/dossier.mjs';
const { fullDossier } = (await import(DOSSIER)) as { fullDossier: () => ApplicationDraftContent };

/** A TCP relay in front of the sandbox that counts every byte both ways. */
async function meteredPlatform() {
  const bytes = { up: 0, down: 0 };
  const target = new URL(sandbox.url);
  const relay = net.createServer((socket) => {
    const upstream = net.connect(Number(target.port), target.hostname);
    socket.on('data', (chunk) => void (bytes.up += chunk.length));
    upstream.on('data', (chunk) => void (bytes.down += chunk.length));
    socket.pipe(upstream).pipe(socket);
    socket.on('error', () => upstream.destroy());
    upstream.on('error', () => socket.destroy());
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  after(() => relay.close());
  const { port } = relay.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    /** Bytes both ways while `work` runs (and how many went each way, for the diagnostic). */
    async count(work: () => Promise<unknown>) {
      const { up, down } = bytes;
      await work();
      return Object.assign(bytes.up - up + bytes.down - down, { up: bytes.up - up, down: bytes.down - down });
    },
  };
}

async function fullDossierOnThePlatform() {
  const agent = await applicant(sandbox);
  const created = await agent.applications.create('qmi-2', { commune: nextCommune() });
  const app = await agent.applications.update(created.id, fullDossier(), { ifMatch: created.revision });
  return { agent, app };
}

const withEmail = (content: ApplicationDraftContent, index: number, email: string) =>
  content.partners!.map((partner, i) =>
    i === index ? { ...partner, contact: { ...partner.contact!, email } } : partner,
  );

test('one partner’s e-mail change costs at most 1 KB on the wire, and the platform holds what the form shows', async (t) => {
  const { agent, app } = await fullDossierOnThePlatform();
  const platform = await meteredPlatform();
  const client = createClient({ baseUrl: platform.url, token: agent.session.token });
  const engine = await Autosave.open({ client, applicationId: app.id, debounceMs: 60_000, environment: {} });
  const partners = withEmail(engine.draft, 3, 'nouvelle.adresse@asso.example');

  const bytes = await platform.count(() => engine.edit('partners', partners, { flush: true }));

  t.diagnostic(`one partner's e-mail, autosave: ${bytes} B on the wire (request ${bytes.up} + answer ${bytes.down})`);
  assert.equal(engine.state.status, 'saved');
  assert.ok(bytes <= 1024, `${bytes} B on the wire`);
  const stored = await agent.applications.get(app.id);
  assert.equal(stored.partners?.[3]?.contact?.email, 'nouvelle.adresse@asso.example');
  assert.deepEqual(applicationContent(stored), engine.draft);
  // The dossier the engine now stands on is the platform's, without having been sent back.
  assert.equal(engine.application.revision, stored.revision);
  assert.deepEqual(applicationContent(engine.application), applicationContent(stored));
  engine.close();
});

test('for comparison: the same change as a whole-list merge patch answered with the whole dossier', async (t) => {
  const { agent, app } = await fullDossierOnThePlatform();
  const platform = await meteredPlatform();
  const client = createClient({ baseUrl: platform.url, token: agent.session.token });
  const partners = withEmail(applicationContent(app), 3, 'nouvelle.adresse@asso.example');
  const bytes = await platform.count(() => client.applications.update(app.id, { partners }, { ifMatch: app.revision }));
  t.diagnostic(
    `one partner's e-mail, merge patch with the dossier in the answer: ${bytes} B (request ${bytes.up} + answer ${bytes.down})`,
  );
  assert.ok(bytes > 24_000);
});

test('a save answers its new revision only (204, ETag), for a merge patch and a JSON Patch alike', async () => {
  const { agent, app } = await fullDossierOnThePlatform();
  const http = new Http({ baseUrl: sandbox.url, token: agent.session.token });
  const first = await saveApplicationChange(
    http,
    app.id,
    { mergePatch: { challenge: { title: 'Titre court' } } },
    {
      ifMatch: app.revision,
    },
  );
  assert.deepEqual(first, { revision: app.revision + 1 });
  const second = await saveApplicationChange(
    http,
    app.id,
    { jsonPatch: [{ op: 'replace', path: '/partners/0/contact/email', value: 'premier@asso.example' }] },
    { ifMatch: first.revision },
  );
  assert.deepEqual(second, { revision: app.revision + 2 });
  const stored = await agent.applications.get(app.id);
  assert.equal(stored.challenge?.title, 'Titre court');
  assert.equal(stored.partners?.[0]?.contact?.email, 'premier@asso.example');
  assert.equal(stored.partners?.[1]?.contact?.email, app.partners?.[1]?.contact?.email);

  // A stale revision is the same 412 with the platform's dossier, whichever form the change took.
  await assert.rejects(
    saveApplicationChange(
      http,
      app.id,
      { jsonPatch: [{ op: 'replace', path: '/challenge/title', value: 'x' }] },
      {
        ifMatch: app.revision,
      },
    ),
    (error: unknown) => error instanceof PreconditionFailedError && error.current?.revision === stored.revision,
  );
});

test('a JSON Patch whose path is not in the dossier is refused (422) and changes nothing', async () => {
  const { agent, app } = await fullDossierOnThePlatform();
  const http = new Http({ baseUrl: sandbox.url, token: agent.session.token, lang: 'en' });
  await assert.rejects(
    saveApplicationChange(
      http,
      app.id,
      {
        jsonPatch: [
          { op: 'replace', path: '/challenge/title', value: 'x' },
          { op: 'replace', path: '/partners/99/contact/email', value: 'x@y.example' },
        ],
      },
      { ifMatch: app.revision },
    ),
    (error: unknown) =>
      error instanceof ValidationError &&
      error.problem.errors?.some((e) => e.path === '/partners/99/contact/email') === true,
  );
  assert.equal((await agent.applications.get(app.id)).revision, app.revision);
});
