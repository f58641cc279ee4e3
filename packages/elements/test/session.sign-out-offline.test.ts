import { expect, fixture } from '@open-wc/testing';
import { createClient } from '@qmi/core';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/session/session.js';
import type { QmiSessionElement } from '../src/session/session.js';
import { tokenKey } from '../src/session/session.storage.js';
import { PASSWORD, sandboxUrl, signUpVerified, uniqueEmail, waitFor } from './support/world.js';

/**
 * Signing out on a shared computer whose connection dropped after the page loaded: the sign-out's code
 * is a chunk of its own (not in the page's first load), fetched once the page is idle, so it is here when
 * the agent leaves. Its own file: no earlier test of this page has loaded that chunk already.
 */
const setNetwork = (online: boolean) => executeServerCommand('network', { offline: !online, page: true });
const isIn = (el: QmiSessionElement, view: string) => el.matches(`:state(${view})`);

describe('<qmi-session> signing out offline', () => {
  afterEach(() => setNetwork(true));

  it('signs out and forgets the session even when the connection dropped after the page loaded', async () => {
    const url = await sandboxUrl();
    const session = await signUpVerified(createClient({ baseUrl: url }), { email: uniqueEmail(), password: PASSWORD });
    localStorage.setItem(tokenKey(url), session.token);
    const el = await fixture<QmiSessionElement>(`<qmi-session api-base="${url}"><p>Le dossier</p></qmi-session>`);
    await waitFor(() => isIn(el, 'signed-in'), { message: 'signed in' });
    // The page goes idle; then the network goes.
    await new Promise((resolve) => setTimeout(resolve, 3500));
    await setNetwork(false);

    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="sign-out-button"]')!.click();
    await waitFor(() => isIn(el, 'signed-out'), { message: 'signed out while offline', timeout: 8000 });
    expect(localStorage.getItem(tokenKey(url))).to.equal(null);
    expect(el.shadowRoot!.textContent).not.to.contain(session.account.email);
  });
});
