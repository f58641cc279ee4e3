import { expect } from '@open-wc/testing';
import { createClient } from '@qmi/core';
import type { QmiSessionElement } from '../src/session/session.js';
import '../src/session/session.js';
import { tokenKey } from '../src/session/session.storage.js';
import { PASSWORD, sandboxUrl, signUpVerified, uniqueEmail, waitFor } from './support/world.js';

// The account bar's words come with its chunk (not with the element): on an English page, a session kept
// by this browser shows the bar in English from its first frame, never French first.

describe('<qmi-session> resuming a session on an English page', () => {
  it('shows the account bar in English from the first frame it appears in', async () => {
    const url = await sandboxUrl();
    const session = await signUpVerified(createClient({ baseUrl: url }), {
      email: uniqueEmail('english-bar'),
      password: PASSWORD,
    });
    localStorage.setItem(tokenKey(url), session.token);
    const wrapper = document.createElement('div');
    wrapper.setAttribute('lang', 'en');
    const el = document.createElement('qmi-session') as QmiSessionElement;
    el.setAttribute('api-base', url);
    wrapper.append(el);
    // Every text the bar showed, from the first time it is in the page.
    const shown = new Set<string>();
    const observer = new MutationObserver(() => {
      const bar = el.shadowRoot?.querySelector('[part="account-bar"]');
      if (bar) shown.add(bar.textContent!.replace(/\s+/g, ' ').trim());
    });
    document.body.append(wrapper);
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    try {
      await waitFor(() => el.matches(':state(signed-in)'), { message: 'signed in' });
      await el.updateComplete;
      observer.takeRecords();
      expect([...shown]).to.deep.equal([`Signed in as ${session.account.email} Sign out Sign out of all devices`]);
    } finally {
      observer.disconnect();
      localStorage.removeItem(tokenKey(url));
      wrapper.remove();
    }
  });
});
