// A page that uses one part of the platform builds only that part of the client: a base (URL, token,
// language, the platform's clock) and the resources it names. What it builds must behave exactly as the
// full client does, over the same token, language and clock, against the real platform.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  applicationsResource,
  authResource,
  callsResource,
  createClient,
  createClientBase,
  PreconditionFailedError,
  withResources,
} from '../src/index.js';
import { applicantWithDossier, INSIDE_WINDOW, rejection, startTestSandbox } from './support/sandbox.js';

const sandbox = await startTestSandbox();

test('a client with only the calls reads a call and learns the platform’s time', async () => {
  const base = createClientBase({ baseUrl: sandbox.url, lang: 'en' });
  const client = withResources(base, { calls: callsResource });
  const call = await client.calls.get('qmi-2');
  assert.equal(call.id, 'qmi-2');
  assert.equal(client.clock.known, true, 'the answer told the platform’s time');
  assert.equal(client.clock.now().toISOString().slice(0, 10), INSIDE_WINDOW.slice(0, 10));
  // Only what was asked for is there: a timeline's client cannot sign in or save a dossier.
  assert.equal('applications' in client, false);
  assert.equal('auth' in client, false);
});

test('resources added later share the base’s token, language and clock', async () => {
  const { application, session } = await applicantWithDossier(sandbox);
  const base = createClientBase({ baseUrl: sandbox.url });
  const calls = withResources(base, { calls: callsResource });
  const dossiers = withResources(calls, { applications: applicationsResource, auth: authResource });
  base.setToken(session.token);
  assert.equal((await dossiers.auth.me()).id, session.account.id);
  assert.equal((await dossiers.applications.get(application.id)).id, application.id);
  assert.equal(dossiers.clock, base.clock);
  calls.setLang('en');
  assert.equal(dossiers.lang, 'en', 'the language is the base’s, whichever client changed it');
  assert.equal(typeof dossiers.calls.get, 'function', 'what the first one had is kept');
});

test('a 412 from a composed client still carries the dossier to merge with', async () => {
  const { application, session } = await applicantWithDossier(sandbox);
  const client = withResources(createClientBase({ baseUrl: sandbox.url, token: session.token }), {
    applications: applicationsResource,
  });
  await client.applications.update(application.id, { challenge: { title: 'v2' } }, { ifMatch: application.revision });
  const error = await rejection(
    client.applications.update(application.id, { challenge: { title: 'v2 bis' } }, { ifMatch: application.revision }),
  );
  assert.ok(error instanceof PreconditionFailedError);
  assert.equal(error.current?.challenge?.title, 'v2');
});

test('a full client already has every resource: it is used as it is', () => {
  const full = createClient({ baseUrl: sandbox.url });
  assert.equal(withResources(full, { calls: callsResource, applications: applicationsResource }), full);
  // A copy is not a client of @qmi/core (it has no platform connection under it): said at once.
  const copy = { ...createClientBase({ baseUrl: sandbox.url }) };
  assert.throws(() => withResources(copy, { auth: authResource }), TypeError);
});
