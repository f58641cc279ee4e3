import { expect } from '@open-wc/testing';
import { createClient } from '@qmi/core';
import type { QmiSessionElement } from '../src/session/session.js';
import '../src/session/session.js';
import { tokenKey } from '../src/session/session.storage.js';
import { PASSWORD, sandboxUrl, signUpVerified, uniqueEmail, waitFor } from './support/world.js';

// A page may move `<qmi-session>` while it checks the stored session (a framework re-rendering its
// layout), or point it at another platform: what the person then sees is the answer for the element as
// it now is, never a late answer for what it was.

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A signed-up account whose session this browser keeps for the sandbox. */
async function storedSession(url: string): Promise<string> {
  const session = await signUpVerified(createClient({ baseUrl: url }), {
    email: uniqueEmail('again'),
    password: PASSWORD,
  });
  localStorage.setItem(tokenKey(url), session.token);
  return session.account.email;
}

describe('<qmi-session> starting again', () => {
  let url: string;
  before(async () => {
    url = await sandboxUrl();
  });
  afterEach(() => localStorage.removeItem(tokenKey(url)));

  it('taken out of the page while it checks the session, shows nothing from that check; put back, checks again', async () => {
    const email = await storedSession(url);
    const el = document.createElement('qmi-session') as QmiSessionElement;
    el.setAttribute('api-base', url);
    document.body.append(el);
    // The check is asked in the first update; the platform has not answered yet.
    await el.updateComplete;
    expect(el.matches(':state(checking)')).to.equal(true);
    el.remove();
    await pause(500);
    expect(el.account, 'an account applied after the element left the page').to.equal(undefined);

    document.body.append(el);
    await waitFor(() => el.matches(':state(signed-in)'), { message: 'signed in once put back' });
    expect(el.account?.email).to.equal(email);
    el.remove();
  });

  it('pointed at another platform while it checks, shows that platform’s answer, not the first one’s', async () => {
    await storedSession(url);
    // The same sandbox under another name: another platform for the element, where this browser kept no session.
    const other = url.includes('127.0.0.1')
      ? url.replace('127.0.0.1', 'localhost')
      : url.replace('localhost', '127.0.0.1');
    const el = document.createElement('qmi-session') as QmiSessionElement;
    el.setAttribute('api-base', url);
    document.body.append(el);
    await el.updateComplete;
    // Every view shown on the way, not only the last: the first check must not show (or say) anything.
    const shown = new Set<string>();
    const watch = setInterval(() => {
      for (const view of ['signed-in', 'unreachable']) if (el.matches(`:state(${view})`)) shown.add(view);
    }, 2);
    el.setAttribute('api-base', other);
    await waitFor(() => el.matches(':state(signed-out)'), { message: 'the second platform’s sign-in form' });
    await pause(500);
    clearInterval(watch);
    expect([...shown], 'views shown for the first platform').to.deep.equal([]);
    expect(el.matches(':state(signed-out)'), 'the first platform’s session shown late').to.equal(true);
    expect(el.account).to.equal(undefined);
    el.remove();
  });
});
