import { ContextConsumer } from '@lit/context';
import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { sessionContext } from '../src/context/session-context.js';
import '../src/session/session.js';
import type { QmiSessionElement } from '../src/session/session.js';
import { tokenKey } from '../src/session/session.storage.js';
import { describeFocus } from './support/focus.js';
import { chooseProConnectAgent, sandboxUrl, waitFor } from './support/world.js';

/** What the page's content sees of the session, as the form does. */
class ProConnectProbe extends LitElement {
  readonly consumer = new ContextConsumer(this, { context: sessionContext, subscribe: true });
}
customElements.define('proconnect-probe', ProConnectProbe);

let url: string;

const mount = (lang = 'fr') =>
  fixture<HTMLElement>(
    `<div lang="${lang}"><qmi-session api-base="${url}"><proconnect-probe></proconnect-probe></qmi-session></div>`,
  ).then((wrapper) => wrapper.querySelector<QmiSessionElement>('qmi-session')!);
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const proConnectButton = (el: QmiSessionElement) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="proconnect-button"]');
const notice = (el: QmiSessionElement) => text(el.shadowRoot!.querySelector('[part="notice"]'));

/** Presses the button with the keyboard, as a person does (a popup needs a real user gesture). */
async function pressProConnect(el: QmiSessionElement) {
  await waitFor(() => proConnectButton(el) !== null, { message: 'the ProConnect button' });
  proConnectButton(el)!.focus();
  await sendKeys({ press: 'Enter' });
}

describe('<qmi-session> with ProConnect, from a partner page on another origin', () => {
  before(async () => {
    url = await sandboxUrl();
    expect(new URL(url).origin, 'the test page is a partner site, not the platform').to.not.equal(location.origin);
  });
  beforeEach(() => localStorage.removeItem(tokenKey(url)));
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('shows the State’s ProConnect button with its "Qu’est-ce que ProConnect ?" link, accessibly', async () => {
    const el = await mount();
    await waitFor(() => proConnectButton(el) !== null, { message: 'the ProConnect button' });
    expect(text(proConnectButton(el))).to.equal('S’identifier avec ProConnect');
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="proconnect"] a')!;
    expect(text(link)).to.equal('Qu’est-ce que ProConnect ?');
    expect(link.href).to.equal('https://www.proconnect.gouv.fr/');
    expect(link.target).to.equal('_blank');
    await expect(el).to.be.accessible();
  });

  it('signs in through the local provider in a popup and lands verified for the commune of its siret', async () => {
    const el = await mount();
    await pressProConnect(el);
    // Saint-Denis's SIRET starts with its SIREN 929939411: the commune 93066.
    await chooseProConnectAgent('demo-saint-denis');
    await waitFor(() => el.matches(':state(signed-in)'), { message: 'signed in with ProConnect', timeout: 15_000 });
    expect(text(el.shadowRoot!.querySelector('[part="account-bar"]'))).to.contain('camille.martin@saint-denis.example');
    expect(describeFocus()).to.match(/^div#account-bar/);
    const session = (el.querySelector('proconnect-probe') as ProConnectProbe).consumer.value!;
    const account = await session.client.auth.me();
    expect(account.emailVerified).to.equal(true);
    expect(account.communes.map(({ commune, source }) => `${commune} ${source}`)).to.deep.equal(['93066 proconnect']);
    expect(localStorage.getItem(tokenKey(url)), 'the session is kept as any other').to.be.a('string');
  });

  it('says clearly that ProConnect is for agents of the Métropole’s communes when the siret is elsewhere, and what to do instead', async () => {
    const el = await mount();
    await pressProConnect(el);
    await chooseProConnectAgent('demo-lyon');
    await waitFor(() => notice(el) !== '', { message: 'the refusal', timeout: 15_000 });
    expect(el.matches(':state(signed-in)')).to.equal(false);
    expect(notice(el)).to.contain('La connexion avec ProConnect n’a pas abouti');
    expect(notice(el)).to.contain('agents des communes de la Métropole du Grand Paris');
    expect(notice(el)).to.contain(
      'créez un compte avec votre adresse e-mail professionnelle, puis demandez à représenter la commune',
    );
    expect(describeFocus()).to.equal('p#session-notice La connexion avec ProConnect n’a pas abouti');
    await expect(el).to.be.accessible();

    el.parentElement!.setAttribute('lang', 'en');
    await waitFor(() => notice(el).includes('Signing in with ProConnect did not work'), {
      message: 'the refusal in English',
    });
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="notice"] button')][0]!.click();
    await waitFor(() => text(el.shadowRoot!.getElementById('session-heading')) === 'Create an account', {
      message: 'the way forward: an account of one’s own',
    });
  });

  it('after a redirect (popup blocked), shows the problem of the fragment and takes it out of the URL', async () => {
    history.replaceState(null, '', '#qmi-proconnect-error=organisation_not_commune');
    const el = await mount();
    await waitFor(() => notice(el) !== '', { message: 'the refusal' });
    expect(notice(el)).to.contain('agents des communes de la Métropole du Grand Paris');
    expect(location.hash).to.equal('');
  });
});
