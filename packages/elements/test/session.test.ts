import { ContextConsumer } from '@lit/context';
import { expect, fixture, html } from '@open-wc/testing';
import { AuthenticationError, createClient } from '@qmi/core';
import { sendKeys } from '@web/test-runner-commands';
import { html as litHtml, LitElement } from 'lit';
import { sessionContext } from '../src/context/session-context.js';
import { type QmiSessionElement, QmiSignInEvent, QmiSignOutEvent } from '../src/session/session.js';
import { tokenKey } from '../src/session/session.storage.js';
import { recordAnnouncements } from './support/announcements.js';
import { axFindAll, axHeadings, axTree } from './support/ax-tree.js';
import { deepActiveElement, describeFocus } from './support/focus.js';
import { mailTo, PASSWORD, sandboxUrl, setOffline, signUpVerified, uniqueEmail, waitFor } from './support/world.js';

/** A component that needs the session, as the form does: all it knows is the context. */
class SessionProbe extends LitElement {
  readonly consumer = new ContextConsumer(this, { context: sessionContext, subscribe: true });
}
customElements.define('session-probe', SessionProbe);

/**
 * A control inside a shadow root that meets a 401, as the form's "Se reconnecter" or a save does:
 * it asks the session to sign in again and keeps the outcome.
 */
class SaveProbe extends LitElement {
  readonly consumer = new ContextConsumer(this, { context: sessionContext, subscribe: true });
  outcome: Promise<string> | undefined;
  override render() {
    return litHtml`<button type="button" @click=${() =>
      (this.outcome = this.consumer.value!.reauthenticate().then(
        () => 'signed-in',
        (error: Error) => error.name,
      ))}>Enregistrer le brouillon</button>`;
  }
}
customElements.define('save-probe', SaveProbe);

let url: string;

const mount = (attributes = '') =>
  // A string, as a page author writes it (the demo attributes included).
  fixture<QmiSessionElement>(
    `<qmi-session api-base="${url}" ${attributes}><session-probe></session-probe><p>Le dossier de la commune</p></qmi-session>`,
  );
const probeOf = (el: QmiSessionElement) => el.querySelector('session-probe') as SessionProbe;
const byId = <T extends HTMLElement = HTMLElement>(el: QmiSessionElement, id: string) =>
  el.shadowRoot!.getElementById(id) as T | null;
const input = (el: QmiSessionElement, id: string) => byId<HTMLInputElement>(el, id)!;
const focused = (el: QmiSessionElement) => el.shadowRoot!.activeElement;
/** The id of the focused element: assertions compare strings, as a failing comparison of DOM nodes stalls the runner's report. */
const focusedId = (el: QmiSessionElement) => focused(el)?.id ?? '(nothing focused)';
const has = (el: QmiSessionElement, selector: string) => el.shadowRoot!.querySelector(selector) !== null;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const isIn = (el: QmiSessionElement, view: string) => el.matches(`:state(${view})`);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const until = (el: QmiSessionElement, view: string) =>
  waitFor(() => isIn(el, view), { message: `<qmi-session> ${view}` });

/** Types into the e-mail field, tabs to the password and types it, as a person does. */
async function typeCredentials(el: QmiSessionElement, form: string, email: string, password: string) {
  input(el, `${form}-email`).focus();
  await sendKeys({ type: email });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ type: password });
}

/** An account created beside the page, its session stored as a previous visit would have left it. */
async function storedSession() {
  const client = createClient({ baseUrl: url });
  const session = await signUpVerified(client, { email: uniqueEmail(), password: PASSWORD });
  localStorage.setItem(tokenKey(url), session.token);
  return session;
}

/** A signed-in session around a control that may ask to sign in again. */
async function mountWithSaveProbe() {
  await storedSession();
  const el = await fixture<QmiSessionElement>(`<qmi-session api-base="${url}"><save-probe></save-probe></qmi-session>`);
  await until(el, 'signed-in');
  const probe = el.querySelector('save-probe') as SaveProbe;
  await probe.updateComplete;
  return { el, probe };
}

describe('<qmi-session>', () => {
  before(async () => {
    url = await sandboxUrl();
  });
  // Every test starts with no stored session (they all share the page's origin and the sandbox).
  beforeEach(() => localStorage.removeItem(tokenKey(url)));
  afterEach(() => setOffline(false));

  it('is accessible signed out, and offers to sign in in French by default', async () => {
    const el = await mount();
    await until(el, 'signed-out');
    await expect(el).to.be.accessible();
    expect(text(byId(el, 'session-heading'))).to.equal('Se connecter');
    expect(input(el, 'session-email').type).to.equal('email');
    expect(input(el, 'session-email').autocomplete).to.equal('username');
    expect(input(el, 'session-password').autocomplete).to.equal('current-password');
    expect(has(el, 'slot'), 'nothing of the content before signing in').to.equal(false);
  });

  it('creates an account with the keyboard alone, then (address confirmed) shows the content and gives it a working client', async () => {
    let el = await mount();
    await until(el, 'signed-out');
    const opened: QmiSignInEvent[] = [];
    document.addEventListener('qmi-sign-in', (event) => opened.push(event), { once: true });

    // From the e-mail field, Tab through the form to the switch link and press it.
    input(el, 'session-email').focus();
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Tab' });
    expect(text(focused(el))).to.equal('Créer un compte');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text(byId(el, 'session-heading'))).to.equal('Créer un compte');
    expect(focusedId(el), 'focus on the new form’s heading').to.equal('session-heading');
    expect(input(el, 'session-password').autocomplete).to.equal('new-password');
    expect(text(byId(el, 'session-password-hint'))).to.contain('Au moins 10 caractères');
    expect(input(el, 'session-password').getAttribute('aria-describedby')).to.equal('session-password-hint');

    const email = uniqueEmail();
    await typeCredentials(el, 'session', email, PASSWORD);
    await sendKeys({ press: 'Enter' });
    // No session yet: the address is confirmed first, by the e-mail's link, which comes back to this page.
    await waitFor(() => text(byId(el, 'step-heading')) === 'Consultez votre messagerie', {
      message: 'check your e-mail',
    });
    expect(isIn(el, 'signed-in')).to.equal(false);
    const mail = await mailTo(email, 'confirm');
    history.replaceState(null, '', mail.link!);
    el = await mount();
    await until(el, 'signed-in');
    expect(location.hash, 'the token is taken out of the URL').to.equal('');

    expect(text(el.shadowRoot!.querySelector('[part="account-bar"]'))).to.contain(email);
    expect(focusedId(el)).to.equal('account-bar');
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements().map((node) => node.localName)).to.deep.equal(['session-probe', 'p']);
    expect(opened).to.have.length(1);
    expect(opened[0]).to.be.instanceOf(QmiSignInEvent);
    expect(opened[0]!.detail.email).to.equal(email);
    expect(el.account?.email).to.equal(email);

    const session = probeOf(el).consumer.value!;
    expect(session.apiBase).to.equal(url);
    expect((await session.client.auth.me()).email).to.equal(email);
    expect(localStorage.getItem(tokenKey(url))).to.be.a('string');
  });

  it('is accessible signed in', async () => {
    await storedSession();
    const el = await mount();
    await until(el, 'signed-in');
    await expect(el).to.be.accessible();
  });

  it('keeps the session when the page is reloaded, without announcing a new sign-in', async () => {
    const email = uniqueEmail();
    await signUpVerified(createClient({ baseUrl: url }), { email });
    const first = await mount();
    await until(first, 'signed-out');
    await typeCredentials(first, 'session', email, PASSWORD);
    await sendKeys({ press: 'Enter' });
    await until(first, 'signed-in');
    first.remove();

    const events: Event[] = [];
    document.addEventListener('qmi-sign-in', (event) => events.push(event), { once: true });
    const second = await mount();
    await until(second, 'signed-in');
    expect(second.account?.email).to.equal(email);
    expect((await probeOf(second).consumer.value!.client.auth.me()).email).to.equal(email);
    expect(events, 'a resumed session is no new sign-in').to.have.length(0);
  });

  it('signs out: the token is revoked and forgotten, the content and its session are gone', async () => {
    const session = await storedSession();
    const el = await mount();
    await until(el, 'signed-in');
    const probe = probeOf(el);
    expect(probe.consumer.value).to.not.equal(undefined);
    let signedOut: Event | undefined;
    el.addEventListener('qmi-sign-out', (event) => (signedOut = event));

    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="sign-out-button"]')!.focus();
    expect(text(focused(el))).to.equal('Se déconnecter');
    await sendKeys({ press: 'Enter' });
    await until(el, 'signed-out');

    expect(signedOut).to.be.instanceOf(QmiSignOutEvent);
    expect(localStorage.getItem(tokenKey(url))).to.equal(null);
    expect(probe.consumer.value === undefined, 'the content’s session is gone').to.equal(true);
    expect(has(el, 'slot')).to.equal(false);
    expect(focusedId(el)).to.equal('session-heading');
    const revoked = await createClient({ baseUrl: url, token: session.token })
      .auth.me()
      .catch((error: unknown) => error);
    expect(revoked).to.be.instanceOf(AuthenticationError);

    el.remove();
    const next = await mount();
    await until(next, 'signed-out');
  });

  it('shows a wrong password next to the field and in a summary that takes focus, keeping what was typed', async () => {
    const { account } = await storedSession();
    localStorage.removeItem(tokenKey(url));
    const el = await mount();
    await until(el, 'signed-out');
    await typeCredentials(el, 'session', account.email, 'pas le bon mot de passe');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => byId(el, 'session-summary') !== null, { message: 'the error summary' });
    await el.updateComplete;

    const summary = byId(el, 'session-summary')!;
    const message = 'L’adresse e-mail ou le mot de passe est incorrect';
    expect(focusedId(el)).to.equal('session-summary');
    expect(text(summary)).to.contain('Il y a un problème').and.contain(message);
    expect(text(byId(el, 'session-password-error')), 'the no-break space folds to a space here').to.equal(
      `Erreur : ${message}`,
    );
    const password = input(el, 'session-password');
    expect(password.getAttribute('aria-invalid')).to.equal('true');
    expect(password.getAttribute('aria-describedby')).to.equal('session-password-error');
    expect(input(el, 'session-email').value).to.equal(account.email);
    expect(password.value).to.equal('pas le bon mot de passe');
    await expect(el).to.be.accessible();

    // The summary's link leads to the field.
    await sendKeys({ press: 'Tab' });
    expect(text(focused(el))).to.equal(message);
    await sendKeys({ press: 'Enter' });
    expect(focusedId(el)).to.equal('session-password');
  });

  it('states sign-up’s rules in its own words: a short password; an address already taken is not revealed, its owner is told by e-mail', async () => {
    const { account } = await storedSession();
    localStorage.removeItem(tokenKey(url));
    const el = await mount();
    await until(el, 'signed-out');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="switch-button"]')!.click();
    await el.updateComplete;
    await typeCredentials(el, 'session', account.email, 'court');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => byId(el, 'session-password-error') !== null, { message: 'the password error' });
    expect(text(byId(el, 'session-password-error'))).to.contain('Le mot de passe doit contenir au moins 10 caractères');
    expect(input(el, 'session-password').getAttribute('aria-describedby')).to.equal(
      'session-password-hint session-password-error',
    );

    input(el, 'session-password').focus();
    await sendKeys({ type: ' et désormais assez long' });
    await sendKeys({ press: 'Enter' });
    // The same answer as for a new address: a stranger cannot learn who has an account.
    await waitFor(() => text(byId(el, 'step-heading')) === 'Consultez votre messagerie', {
      message: 'check your e-mail',
    });
    expect(has(el, '#session-email-error')).to.equal(false);
    expect(text(el.shadowRoot!.querySelector('[part="step"]'))).to.contain(
      `Nous avons envoyé un e-mail à ${account.email}`,
    );
    expect((await mailTo(account.email, 'déjà un compte')).subject).to.equal('Vous avez déjà un compte');
  });

  it('asks to sign in again in a modal dialog; the same client then carries the new token', async () => {
    const { account, token: oldToken } = await storedSession();
    const el = await mount();
    await until(el, 'signed-in');
    const session = probeOf(el).consumer.value!;
    // The session ends elsewhere (expiry, sign-out on another device): the client's calls now fail.
    await createClient({ baseUrl: url, token: oldToken }).auth.signOut();
    expect(await session.client.auth.me().catch((error: unknown) => error)).to.be.instanceOf(AuthenticationError);

    const again = session.reauthenticate();
    expect(el.reauthenticate() === again, 'one dialog for every caller').to.equal(true);
    await el.updateComplete;
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(input(el, 'reauth-email').value).to.equal(account.email);
    expect(focusedId(el)).to.equal('reauth-password');
    await expect(el).to.be.accessible();

    await sendKeys({ type: PASSWORD });
    await sendKeys({ press: 'Enter' });
    await again;

    expect(has(el, 'dialog')).to.equal(false);
    const renewed = probeOf(el).consumer.value!;
    expect(renewed.client === session.client, 'the very client the components hold').to.equal(true);
    expect((await session.client.auth.me()).email).to.equal(account.email);
    const stored = localStorage.getItem(tokenKey(url));
    expect(stored).to.be.a('string').and.not.equal(oldToken);
  });

  it('closes the sign-in-again dialog on Escape and tells the caller it was refused', async () => {
    await storedSession();
    const el = await mount();
    await until(el, 'signed-in');
    const refused = probeOf(el)
      .consumer.value!.reauthenticate()
      .catch((error: unknown) => error);
    await el.updateComplete;
    expect(focusedId(el)).to.equal('reauth-password');
    await sendKeys({ press: 'Escape' });
    const error = await refused;
    expect(error).to.be.instanceOf(DOMException);
    expect((error as DOMException).name).to.equal('AbortError');
    await el.updateComplete;
    expect(has(el, 'dialog')).to.equal(false);
    expect(isIn(el, 'signed-in')).to.equal(true);
  });

  it('gives the focus back to the control that opened the sign-in-again dialog: after signing in, Escape and Cancel', async () => {
    const { el, probe } = await mountWithSaveProbe();
    const opener = probe.shadowRoot!.querySelector('button')!;
    const open = async () => {
      opener.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(focusedId(el)).to.equal('reauth-password');
    };

    await open();
    await sendKeys({ type: PASSWORD });
    await sendKeys({ press: 'Enter' });
    expect(await probe.outcome).to.equal('signed-in');
    await el.updateComplete;
    expect(describeFocus(), 'after signing in again').to.equal('button Enregistrer le brouillon');

    await open();
    await sendKeys({ press: 'Escape' });
    expect(await probe.outcome).to.equal('AbortError');
    await el.updateComplete;
    expect(describeFocus(), 'after Escape').to.equal('button Enregistrer le brouillon');

    await open();
    byId(el, 'reauth-password')!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(text(focused(el))).to.equal('Annuler');
    await sendKeys({ press: 'Enter' });
    expect(await probe.outcome).to.equal('AbortError');
    await el.updateComplete;
    expect(describeFocus(), 'after Cancel').to.equal('button Enregistrer le brouillon');
  });

  it('when the control that opened the dialog is gone, signing in again puts the focus on the account bar, not on <body>', async () => {
    const { el, probe } = await mountWithSaveProbe();
    probe.shadowRoot!.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const outcome = probe.outcome!;
    // The content changes under the dialog (the form's "Se reconnecter" leaves its status line).
    probe.remove();
    await sendKeys({ type: PASSWORD });
    await sendKeys({ press: 'Enter' });
    expect(await outcome).to.equal('signed-in');
    await el.updateComplete;
    expect(deepActiveElement()?.id ?? describeFocus()).to.equal('account-bar');
  });

  it('announces each settled result once in one polite region: signed in, signed out; not the steps on the way', async () => {
    const { account } = await storedSession();
    localStorage.removeItem(tokenKey(url));
    const el = await mount();
    await until(el, 'signed-out');
    const heard = recordAnnouncements(el);
    await typeCredentials(el, 'session', account.email, PASSWORD);
    await sendKeys({ press: 'Enter' });
    await until(el, 'signed-in');
    await pause(300);
    expect(deepActiveElement()?.id ?? describeFocus(), 'focus after signing in').to.equal('account-bar');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="sign-out-button"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(el, 'signed-out');
    await pause(300);
    expect(deepActiveElement()?.id ?? describeFocus(), 'focus after signing out').to.equal('session-heading');
    heard.stop();
    expect(heard.list).to.deep.equal([`Connexion réussie avec le compte ${account.email}.`, 'Déconnexion effectuée.']);
    expect(
      heard.regions().map((region) => region.getAttribute('aria-live') ?? region.getAttribute('role')),
      'one polite live region',
    ).to.deep.equal(['polite']);
  });

  it('moves the focus to the error summary without making it an alert too: it is read once', async () => {
    const { account } = await storedSession();
    localStorage.removeItem(tokenKey(url));
    const el = await mount();
    await until(el, 'signed-out');
    const heard = recordAnnouncements(el);
    await typeCredentials(el, 'session', account.email, 'pas le bon mot de passe');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => byId(el, 'session-summary') !== null, { message: 'the error summary' });
    await el.updateComplete;
    await pause(300);
    heard.stop();
    expect(focusedId(el)).to.equal('session-summary');
    expect(heard.list, 'nothing announced besides the focused summary').to.deep.equal([]);
    expect(has(el, '[role="alert"]')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('says again that the platform does not answer each time "Réessayer" fails, its button saying what it retries', async () => {
    await storedSession();
    await setOffline(true);
    const el = await mount();
    await until(el, 'unreachable');
    await pause(300);
    const heard = recordAnnouncements(el);
    const retry = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry-button"]')!;
    expect(axFindAll(await axTree(), (node) => node.role === 'button').map((node) => node.name)).to.deep.equal([
      'Réessayer de vérifier la session',
    ]);
    for (let i = 0; i < 2; i++) {
      retry().focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(() => retry()?.getAttribute('aria-disabled') === 'false', { message: 'the retry to end' });
      await pause(300);
    }
    heard.stop();
    const said =
      'Impossible de vérifier votre session : la plateforme ne répond pas. Votre session reste enregistrée sur cet appareil.';
    expect(heard.list.map((line) => line.replace(/\u00a0/g, ' '))).to.deep.equal([said, said]);
    expect(focused(el) === retry(), 'the focus stays on the retry button').to.equal(true);
  });

  it('gives its headings the level heading-level sets (2 by default): the form’s and the error summary’s', async () => {
    const byDefault = await mount();
    await until(byDefault, 'signed-out');
    expect(axHeadings(await axTree())).to.deep.equal(['2 Se connecter']);
    byDefault.remove();
    const el = await mount('heading-level="3"');
    await until(el, 'signed-out');
    expect(axHeadings(await axTree())).to.deep.equal(['3 Se connecter']);
    input(el, 'session-email').focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => byId(el, 'session-summary') !== null, { message: 'the error summary' });
    expect(axHeadings(await axTree())).to.deep.equal(['3 Il y a un problème', '3 Se connecter']);
    await expect(el).to.be.accessible();
  });

  it('signs in the demo account when no session is stored, and not over a stored one', async () => {
    const demo = { email: uniqueEmail('demo'), password: PASSWORD };
    await signUpVerified(createClient({ baseUrl: url }), demo);
    const demoAttributes = `demo-email="${demo.email}" demo-password="${demo.password}"`;

    const el = await mount(demoAttributes);
    await until(el, 'signed-in');
    expect(el.account?.email).to.equal(demo.email);
    expect((await probeOf(el).consumer.value!.client.auth.me()).email).to.equal(demo.email);
    el.remove();

    localStorage.removeItem(tokenKey(url));
    const { account } = await storedSession();
    const other = await mount(demoAttributes);
    await until(other, 'signed-in');
    expect(other.account?.email).to.equal(account.email);
  });

  it('forgets a stored session the platform refuses, and says it expired', async () => {
    localStorage.setItem(tokenKey(url), 'un-jeton-revoque-depuis-longtemps-000000');
    const el = await mount();
    await until(el, 'signed-out');
    expect(localStorage.getItem(tokenKey(url))).to.equal(null);
    expect(text(el.shadowRoot!.querySelector('[part="notice"]'))).to.equal(
      'Votre session a expiré. Connectez-vous de nouveau.',
    );
  });

  it('keeps a stored session when the platform cannot be reached, and offers to try again', async () => {
    const { account, token } = await storedSession();
    await setOffline(true);
    const el = await mount();
    await until(el, 'unreachable');
    expect(localStorage.getItem(tokenKey(url))).to.equal(token);
    const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry-button"]')!;
    expect(text(retry)).to.equal('Réessayer');

    await setOffline(false);
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await until(el, 'signed-in');
    expect(el.account?.email).to.equal(account.email);
    expect(focusedId(el)).to.equal('account-bar');
  });

  it('speaks English inside lang="en"', async () => {
    const { account } = await storedSession();
    localStorage.removeItem(tokenKey(url));
    const wrapper = await fixture(
      html`<div lang="en"><qmi-session api-base=${url}><p>Application</p></qmi-session></div>`,
    );
    const el = wrapper.querySelector('qmi-session')!;
    await until(el, 'signed-out');
    expect(text(byId(el, 'session-heading'))).to.equal('Sign in');
    expect(text(el.shadowRoot!.querySelector('label'))).to.equal('Email address');

    await typeCredentials(el, 'session', account.email, 'not the right password');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => byId(el, 'session-summary') !== null, { message: 'the error summary' });
    expect(text(byId(el, 'session-summary')))
      .to.contain('There is a problem')
      .and.contain('The email address or the password is incorrect');
    expect(text(byId(el, 'session-password-error'))).to.equal('Error: The email address or the password is incorrect');
    await expect(el).to.be.accessible();

    input(el, 'session-password').select();
    await sendKeys({ type: PASSWORD });
    await sendKeys({ press: 'Enter' });
    await until(el, 'signed-in');
    expect(text(el.shadowRoot!.querySelector('[part~="sign-out-button"]'))).to.equal('Sign out');
    expect(text(el.shadowRoot!.querySelector('[part="account-bar"] p'))).to.equal(`Signed in as ${account.email}`);
  });
});
