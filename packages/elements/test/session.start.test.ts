import { expect } from '@open-wc/testing';
import { createClient } from '@qmi/core';
import { deferred } from '../src/session/session.reauth.js';
import { resolveApiBase, resumeOrSignIn } from '../src/session/session.start.js';
import { readToken, tokenKey } from '../src/session/session.storage.js';
import { PASSWORD, sandboxUrl, signUpVerified, uniqueEmail } from './support/world.js';

describe('<qmi-session>’s start-up, apart from the element', () => {
  let url: string;
  before(async () => {
    url = await sandboxUrl();
  });
  beforeEach(() => localStorage.removeItem(tokenKey(url)));

  it('resolves a relative api-base against the page and drops trailing slashes', () => {
    expect(resolveApiBase('/', 'https://commune.example/candidature/')).to.equal('https://commune.example');
    expect(resolveApiBase('api//', 'https://commune.example/candidature/')).to.equal(
      'https://commune.example/candidature/api',
    );
    expect(resolveApiBase('https://plateforme.example/')).to.equal('https://plateforme.example');
  });

  it('settles a deferred request once, either way', async () => {
    const yes = deferred();
    yes.resolve();
    await yes.promise;
    const no = deferred();
    no.reject(new Error('not now'));
    no.resolve();
    const outcome = await no.promise.then(
      () => 'resolved',
      (error: Error) => error.message,
    );
    expect(outcome).to.equal('not now');
  });

  it('without a stored token: signed out, or the demo account signed in', async () => {
    const client = createClient({ baseUrl: url });
    const signal = new AbortController().signal;
    expect(await resumeOrSignIn(client, { base: url, signal })).to.deep.equal({
      kind: 'signed-out',
      expired: false,
      email: '',
    });
    const email = uniqueEmail();
    await signUpVerified(createClient({ baseUrl: url }), { email, password: PASSWORD });
    const demo = await resumeOrSignIn(client, { base: url, demo: { email, password: PASSWORD }, signal });
    expect(demo.kind === 'opened' && demo.session.account.email).to.equal(email);
    const wrong = await resumeOrSignIn(client, {
      base: url,
      demo: { email, password: 'pas le bon mot de passe' },
      signal,
    });
    expect(wrong).to.deep.equal({ kind: 'signed-out', expired: false, email });
  });

  it('resumes a stored session, and forgets one the platform refuses', async () => {
    const session = await signUpVerified(createClient({ baseUrl: url }), { email: uniqueEmail(), password: PASSWORD });
    localStorage.setItem(tokenKey(url), session.token);
    const signal = new AbortController().signal;
    const resumed = await resumeOrSignIn(createClient({ baseUrl: url }), { base: url, signal });
    expect(resumed.kind === 'resumed' && resumed.account.email).to.equal(session.account.email);
    localStorage.setItem(tokenKey(url), 'not-a-token');
    expect(await resumeOrSignIn(createClient({ baseUrl: url }), { base: url, signal })).to.deep.equal({
      kind: 'signed-out',
      expired: true,
      email: '',
    });
    expect(readToken(url)).to.equal(undefined);
  });

  it('keeps the token when the platform does not answer', async () => {
    localStorage.setItem(tokenKey('http://127.0.0.1:9'), 'kept');
    const outcome = await resumeOrSignIn(createClient({ baseUrl: 'http://127.0.0.1:9', retry: { limit: 0 } }), {
      base: 'http://127.0.0.1:9',
      signal: new AbortController().signal,
    });
    expect(outcome.kind).to.equal('unreachable');
    expect(readToken('http://127.0.0.1:9')).to.equal('kept');
    localStorage.removeItem(tokenKey('http://127.0.0.1:9'));
  });
});
