import { expect, fixture } from '@open-wc/testing';
import { createClient } from '@qmi/core';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/session/session.js';
import type { QmiSessionElement } from '../src/session/session.js';
import { tokenKey } from '../src/session/session.storage.js';
import { PASSWORD, sandboxUrl, setOffline, signUpVerified, uniqueEmail, waitFor } from './support/world.js';

/**
 * What `<qmi-session>` downloads: a signed-in visitor gets the shell and the account bar; sign-up, "Mot de
 * passe oublié ?" and the steps after them come with their chunk when the person goes there
 * (test-node/session-first-load: neither the sign-in form nor the account bar is in the first load).
 */
let url: string;
const scripts = () => executeServerCommand<string[], undefined>('scripts-loaded');
const flowsLoaded = async () => (await scripts()).some((script) => /session\.(flows|steps|complete)\.ts/.test(script));
const byId = (el: QmiSessionElement, id: string) => el.shadowRoot!.getElementById(id);
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const isIn = (el: QmiSessionElement, view: string) => el.matches(`:state(${view})`);

describe('<qmi-session>: what a page downloads', () => {
  before(async () => {
    url = await sandboxUrl();
  });
  afterEach(() => setOffline(false));

  it('a signed-in page does not download sign-up nor the password reset; entering sign-up loads them, and it works', async () => {
    const client = createClient({ baseUrl: url });
    const session = await signUpVerified(client, { email: uniqueEmail(), password: PASSWORD });
    localStorage.setItem(tokenKey(url), session.token);
    let el = await fixture<QmiSessionElement>(`<qmi-session api-base="${url}"><p>Le dossier</p></qmi-session>`);
    await waitFor(() => isIn(el, 'signed-in'), { message: 'signed in' });
    expect(
      (await scripts()).filter((s) => /session\.(flows|steps|complete)\.ts/.test(s)),
      'no sign-up, reset or links chunk for a signed-in visitor',
    ).to.deep.equal([]);

    // Signed out (another visit): the sign-in form (its own chunk, fetched beside the session's check), still
    // without sign-up nor the reset.
    localStorage.removeItem(tokenKey(url));
    el.remove();
    el = await fixture<QmiSessionElement>(`<qmi-session api-base="${url}"></qmi-session>`);
    await waitFor(() => isIn(el, 'signed-out'), { message: 'signed out' });
    expect((await scripts()).filter((s) => /session\.(flows|steps|complete)\.ts/.test(s))).to.deep.equal([]);

    // "Créer un compte": its chunk comes, the previous view stays until it is here, then the form works.
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="switch-button"]')!.click();
    await el.updateComplete;
    expect(text(byId(el, 'session-heading'))).to.equal('Créer un compte');
    expect(await flowsLoaded()).to.equal(true);
    const email = uniqueEmail();
    (byId(el, 'session-email') as HTMLInputElement).value = email;
    byId(el, 'session-email')!.dispatchEvent(new InputEvent('input'));
    (byId(el, 'session-password') as HTMLInputElement).value = PASSWORD;
    byId(el, 'session-password')!.dispatchEvent(new InputEvent('input'));
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
    await waitFor(() => text(byId(el, 'step-heading')) === 'Consultez votre messagerie', {
      message: 'check your e-mail',
    });
    await expect(el).to.be.accessible();
  });
});
