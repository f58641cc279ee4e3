import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/messages/messages.js';
import type { QmiMessages } from '../src/messages/messages.component.js';
import { pendingKey } from '../src/messages/messages.storage.js';
import { recordAnnouncements } from './support/announcements.js';
import { newDossier, SANDBOX_NOW } from './support/form-helpers.js';
import { waitFor } from './support/world.js';

// A page of its own: the outbox's engine (fetched with import() when a thread opens) must not have been
// fetched yet when the network goes. `page: true` cuts the page's own origin too (where the engine would
// be fetched from), not only the platform.
const setNetwork = (online: boolean) => executeServerCommand('network', { offline: !online, page: true });
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: Element, selector: string) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(selector));
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<qmi-messages> opened offline, before its outbox’s code could be fetched', () => {
  afterEach(() => setNetwork(true));

  it('shows at once what this browser still has to send, keeps what is written meanwhile, says it is not sent, then sends each once when back online', async function () {
    this.timeout(60_000);
    const { client, application } = await newDossier();
    // A message written at a visit before, never acknowledged.
    const key = pendingKey(client.baseUrl, application.id);
    localStorage.setItem(
      key,
      JSON.stringify([{ key: crypto.randomUUID(), body: 'Écrit hier', createdAt: new Date().toISOString() }]),
    );
    // (axe is fetched by its first check: before the network goes.)
    await expect(await fixture(html`<p>Avant la coupure</p>`)).to.be.accessible();
    await setNetwork(false);
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="fr"><qmi-messages .client=${client} application=${application.id} now=${SANDBOX_NOW}></qmi-messages></div>`,
    );
    const el = wrapper.querySelector<QmiMessages>('qmi-messages')!;
    const announcements = recordAnnouncements(el);
    // At its first render, without the network: the message kept here, as being sent.
    await el.updateComplete;
    expect(text($(el, 'li.message--mine .body'))).to.equal('Écrit hier');
    await waitFor(() => text($(el, '.message--failed [part="status"]')) === 'Non envoyé', {
      message: 'the kept message shown as not sent',
    });
    expect(text($(el, '.message--failed .reason'))).to.contain('La connexion a échoué');

    // Written now, still offline: shown at once, kept on this device, told as not sent.
    $<HTMLTextAreaElement>(el, 'textarea')!.focus();
    await sendKeys({ type: 'Écrit hors ligne' });
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Control' });
    await el.updateComplete;
    expect($$(el, 'li.message--mine .body').map(text)).to.deep.equal(['Écrit hier', 'Écrit hors ligne']);
    expect($<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal('');
    expect(localStorage.getItem(key)).to.contain('Écrit hors ligne');
    await waitFor(() => $$(el, '.message--failed').length === 2, { message: 'both shown as not sent' });
    await waitFor(() => announcements.list.includes('Message non envoyé. Il sera renvoyé automatiquement.'), {
      message: 'the failure said',
    });
    await expect(el).to.be.accessible();

    await setNetwork(true);
    await waitFor(
      async () =>
        (await client.messages.list(application.id)).length === 2 && !$(el, '.message--failed, .message--sending'),
      { timeout: 20_000, message: 'both delivered' },
    );
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await client.messages.list(application.id)).map((m) => m.body)).to.deep.equal([
      'Écrit hier',
      'Écrit hors ligne',
    ]);
    expect($$(el, 'ol > li .body').map(text)).to.deep.equal(['Écrit hier', 'Écrit hors ligne']);
    expect(localStorage.getItem(key)).to.equal(null);
  });
});
