import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AuthenticationError, createClient } from '../src/index.js';
import { PASSWORD, signUpVerified, startTestSandbox, uniqueEmail } from './support/sandbox.js';

const sandbox = await startTestSandbox();

test('signing out everywhere ends the session on another device', async () => {
  const email = uniqueEmail();
  const laptop = createClient({ baseUrl: sandbox.url });
  await signUpVerified(laptop, email, sandbox);
  const phone = createClient({ baseUrl: sandbox.url });
  await phone.auth.signIn({ email, password: PASSWORD });
  assert.equal((await phone.auth.me()).email, email);

  await laptop.auth.signOutEverywhere();

  await assert.rejects(phone.auth.me(), AuthenticationError);
  assert.equal(await laptop.getToken(), undefined, 'this client forgot its token');
});

test('signing out everywhere leaves the other accounts signed in', async () => {
  const mine = createClient({ baseUrl: sandbox.url });
  await signUpVerified(mine, uniqueEmail(), sandbox);
  const colleague = createClient({ baseUrl: sandbox.url });
  const email = uniqueEmail('colleague');
  await signUpVerified(colleague, email, sandbox);

  await mine.auth.signOutEverywhere();

  assert.equal((await colleague.auth.me()).email, email);
});
