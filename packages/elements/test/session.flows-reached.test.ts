import { expect, fixture } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/session/session.js';
import type { QmiSessionElement } from '../src/session/session.js';
import { tokenKey } from '../src/session/session.storage.js';
import { sandboxUrl, waitFor } from './support/world.js';

/**
 * "Créer un compte" comes with the flows' chunk. A person who reaches the switch (keyboard focus, pointer)
 * starts it coming before they click, so the sign-up form is there at the click and nothing they would
 * type meanwhile goes into the sign-in form they are leaving. Its own file: the chunk must not already be
 * on the page from another test.
 */
const scripts = () => executeServerCommand<string[], undefined>('scripts-loaded');
const flowsLoaded = async () => (await scripts()).some((script) => /session\.(flows|steps|complete)\.ts/.test(script));

describe('<qmi-session>: reaching "Créer un compte"', () => {
  it('fetches the sign-up form when the switch gets the focus, before any click', async () => {
    const url = await sandboxUrl();
    // Signed out: no session kept on this browser by an earlier test file (they share the profile).
    localStorage.removeItem(tokenKey(url));
    const el = await fixture<QmiSessionElement>(`<qmi-session api-base="${url}"></qmi-session>`);
    await waitFor(() => el.matches(':state(signed-out)'), { message: 'signed out' });
    expect(await flowsLoaded()).to.equal(false);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="switch-button"]')!.focus();
    await waitFor(flowsLoaded, { message: 'the flows chunk after the focus' });
  });
});
