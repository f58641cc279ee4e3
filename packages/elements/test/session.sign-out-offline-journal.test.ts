import { expect, fixture } from '@open-wc/testing';
import { createClient, indexedDbJournal } from '@qmi/core';
import { executeServerCommand } from '@web/test-runner-commands';
import { noteDossier } from '../src/context/account-dossiers.js';
import '../src/session/session.js';
import type { QmiSessionElement } from '../src/session/session.js';
import { tokenKey } from '../src/session/session.storage.js';
import { PASSWORD, sandboxUrl, signUpVerified, uniqueEmail, waitFor } from './support/world.js';

/**
 * Signing out offline on a shared computer where the agent left an unsaved edit of a dossier: the code
 * that reads and forgets the autosave journal is fetched by core with `import()` (it is in no page's first
 * load), so the sign-out's chunk, fetched once the page is idle, must bring it too. Otherwise the
 * sign-out would find it unreachable, say nothing would be lost, and leave the edit to the next person.
 * Its own file: no earlier test of this page has loaded those chunks already.
 */
const setNetwork = (online: boolean) => executeServerCommand('network', { offline: !online, page: true });
const isIn = (el: QmiSessionElement, view: string) => el.matches(`:state(${view})`);
const part = (el: QmiSessionElement, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

describe('<qmi-session> signing out offline with an unsaved edit', () => {
  afterEach(() => setNetwork(true));

  it('says the edit would be lost, then forgets it, with the connection dropped after the page loaded', async () => {
    const url = await sandboxUrl();
    const session = await signUpVerified(createClient({ baseUrl: url }), { email: uniqueEmail(), password: PASSWORD });
    const applicationId = `dossier-${crypto.randomUUID()}`;
    noteDossier(url, session.account.id, applicationId);
    const edit = {
      path: 'challenge.title',
      value: 'Rues aux écoles',
      base: null,
      id: crypto.randomUUID(),
      editedAt: 1,
    };
    await indexedDbJournal().put(applicationId, edit);
    localStorage.setItem(tokenKey(url), session.token);
    const el = await fixture<QmiSessionElement>(`<qmi-session api-base="${url}"><p>Le dossier</p></qmi-session>`);
    await waitFor(() => isIn(el, 'signed-in'), { message: 'signed in' });
    // The page goes idle; then the network goes.
    await new Promise((resolve) => setTimeout(resolve, 3500));
    await setNetwork(false);

    part(el, 'sign-out-button')!.click();
    await waitFor(() => Boolean(part(el, 'confirm-sign-out-button')), { message: 'asked first', timeout: 8000 });
    expect(part(el, 'warning')!.textContent).to.match(/1 modification/);
    part(el, 'confirm-sign-out-button')!.click();
    await waitFor(() => isIn(el, 'signed-out'), { message: 'signed out while offline', timeout: 8000 });
    expect((await indexedDbJournal().load(applicationId)).length, 'the unsaved edit').to.equal(0);
    expect(localStorage.getItem(tokenKey(url))).to.equal(null);
  });
});
