import { expect, fixture } from '@open-wc/testing';
import { createClient } from '@qmi/core';
import { sendKeys } from '@web/test-runner-commands';
import '../src/session/session.js';
import type { QmiSessionElement } from '../src/session/session.js';
import { tokenKey } from '../src/session/session.storage.js';
import { recordAnnouncements } from './support/announcements.js';
import { describeFocus } from './support/focus.js';
import { newDossier } from './support/form-helpers.js';
import { mailTo, PASSWORD, sandboxUrl, signUpVerified, tokenOf, uniqueEmail, waitFor } from './support/world.js';

let url: string;

/** The page as a person arrives on it (an e-mail's link sets its fragment). */
const mount = (lang = 'fr') =>
  fixture<HTMLElement>(`<div lang="${lang}"><qmi-session api-base="${url}"><p>Le dossier</p></qmi-session></div>`).then(
    (wrapper) => wrapper.querySelector<QmiSessionElement>('qmi-session')!,
  );
const byId = (el: QmiSessionElement, id: string) => el.shadowRoot!.getElementById(id);
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const buttonNamed = (el: QmiSessionElement, name: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((button) => text(button) === name);
const until = (el: QmiSessionElement, what: string, condition: () => boolean) =>
  waitFor(condition, { message: `<qmi-session>: ${what}` });
const signedIn = (el: QmiSessionElement) => until(el, 'signed in', () => el.matches(':state(signed-in)'));
const signedOut = (el: QmiSessionElement) => until(el, 'signed out', () => el.matches(':state(signed-out)'));
const showsHeading = (el: QmiSessionElement, heading: string) =>
  until(el, `the heading "${heading}"`, () =>
    [...el.shadowRoot!.querySelectorAll('h2')].some((node) => text(node) === heading),
  );
const focusedText = (el: QmiSessionElement) => text(el.shadowRoot!.activeElement);
const notice = (el: QmiSessionElement) =>
  [...el.shadowRoot!.querySelectorAll('[part="notice"]')].map((node) => text(node)).join(' ');

/** Follows an e-mail's link to this page, as the browser opens it: the fragment, then the page loads. */
function follow(link: string | undefined) {
  expect(link, 'the e-mail carries a link').to.be.a('string');
  const target = new URL(link!);
  expect(target.origin + target.pathname, 'the link comes back to this page').to.equal(
    location.origin + location.pathname,
  );
  history.replaceState(null, '', target.href);
}

async function typeInto(el: QmiSessionElement, id: string, value: string) {
  (byId(el, id) as HTMLInputElement).focus();
  await sendKeys({ type: value });
}

describe('<qmi-session> and the e-mails’ links', () => {
  before(async () => {
    url = await sandboxUrl();
  });
  beforeEach(() => localStorage.removeItem(tokenKey(url)));
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('creating an account ends on "check your e-mail"; the e-mail’s link brings the person back here, signed in', async () => {
    const el = await mount();
    await signedOut(el);
    buttonNamed(el, 'Créer un compte')!.click();
    await el.updateComplete;
    const email = uniqueEmail('verify');
    const announced = recordAnnouncements(el);
    await typeInto(el, 'session-email', email);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: PASSWORD });
    await sendKeys({ press: 'Enter' });

    await showsHeading(el, 'Consultez votre messagerie');
    expect(el.matches(':state(signed-in)'), 'no session before the address is confirmed').to.equal(false);
    expect(describeFocus()).to.equal('h2#step-heading Consultez votre messagerie');
    const step = text(el.shadowRoot!.querySelector('[part="step"]'));
    expect(step).to.contain(`Nous avons envoyé un e-mail à ${email}`);
    expect(step).to.contain('suivez son lien pour confirmer votre adresse');
    expect(buttonNamed(el, 'Changer d’adresse e-mail'), 'the address can be changed').to.exist;
    await waitFor(() => announced.list.includes('Consultez votre messagerie'), { message: 'the announcement' });
    await expect(el).to.be.accessible();

    // The page's language changes while the person waits: the step follows.
    el.parentElement!.setAttribute('lang', 'en');
    await showsHeading(el, 'Check your email');
    expect(text(el.shadowRoot!.querySelector('[part="step"]'))).to.contain(`We have sent an email to ${email}`);

    const mail = await mailTo(email, 'confirm');
    follow(mail.link);
    const next = await mount();
    await signedIn(next);
    expect(text(next.shadowRoot!.querySelector('[part="account-bar"]'))).to.contain(email);
    expect(location.hash, 'the token is taken out of the URL').to.equal('');
    expect(next.account?.emailVerified).to.equal(true);
  });

  it('the e-mail’s link opened in the tab where the page already is (only the fragment changes) signs in too', async () => {
    const el = await mount();
    await signedOut(el);
    const email = uniqueEmail('same-tab');
    await createClient({ baseUrl: url }).auth.signUp({ email, password: PASSWORD, continueUrl: location.href });
    const mail = await mailTo(email, 'confirm');
    // As pasting the link in the address bar does: same page, new fragment, no reload.
    location.hash = new URL(mail.link!).hash;
    await signedIn(el);
    expect(text(el.shadowRoot!.querySelector('[part="account-bar"]'))).to.contain(email);
    expect(location.hash, 'the token is taken out of the URL').to.equal('');
  });

  it('"Changer d’adresse e-mail" goes back to the sign-up form with the address to correct', async () => {
    const el = await mount();
    await signedOut(el);
    buttonNamed(el, 'Créer un compte')!.click();
    await el.updateComplete;
    const email = uniqueEmail('typo');
    await typeInto(el, 'session-email', email);
    await typeInto(el, 'session-password', PASSWORD);
    await sendKeys({ press: 'Enter' });
    await showsHeading(el, 'Consultez votre messagerie');
    buttonNamed(el, 'Changer d’adresse e-mail')!.click();
    await showsHeading(el, 'Créer un compte');
    expect((byId(el, 'session-email') as HTMLInputElement).value).to.equal(email);
    expect(describeFocus()).to.equal('h2#session-heading Créer un compte');
  });

  it('resets a forgotten password by e-mail, with the password policy’s feedback, and signs in with the new one', async () => {
    const email = uniqueEmail('reset');
    await signUpVerified(createClient({ baseUrl: url }), { email });
    const el = await mount();
    await signedOut(el);
    buttonNamed(el, 'Mot de passe oublié ?')!.click();
    await showsHeading(el, 'Réinitialiser votre mot de passe');
    expect(describeFocus()).to.equal('h2#session-heading Réinitialiser votre mot de passe');
    expect(byId(el, 'session-password'), 'only the address is asked').to.equal(null);
    await expect(el).to.be.accessible();
    await typeInto(el, 'session-email', email);
    await sendKeys({ press: 'Enter' });
    await showsHeading(el, 'Consultez votre messagerie');
    expect(text(el.shadowRoot!.querySelector('[part="step"]'))).to.contain(
      `Si un compte utilise l’adresse ${email}, un e-mail est en route`,
    );

    const mail = await mailTo(email, 'mot de passe');
    follow(mail.link);
    const next = await mount();
    await showsHeading(next, 'Choisir un nouveau mot de passe');
    expect(location.hash).to.equal('');
    expect(describeFocus()).to.equal('h2#session-heading Choisir un nouveau mot de passe');
    expect((byId(next, 'session-password') as HTMLInputElement).autocomplete).to.equal('new-password');
    expect(text(byId(next, 'session-password-hint'))).to.contain('Au moins 10 caractères');
    await expect(next).to.be.accessible();

    await typeInto(next, 'session-password', '1234567890');
    await sendKeys({ press: 'Enter' });
    await until(next, 'the password error', () => byId(next, 'session-password-error') !== null);
    expect(text(byId(next, 'session-password-error'))).to.contain('Ce mot de passe est trop facile à deviner.');
    expect(describeFocus()).to.match(/^div#session-summary/);

    const strong = 'une toute nouvelle phrase de passe';
    (byId(next, 'session-password') as HTMLInputElement).select();
    await sendKeys({ type: strong });
    await sendKeys({ press: 'Enter' });
    await signedIn(next);
    expect(describeFocus()).to.match(/^div#account-bar/);
    await createClient({ baseUrl: url }).auth.signIn({ email, password: strong });
  });

  it('answers "Mot de passe oublié ?" the same for an address without an account', async () => {
    const el = await mount();
    await signedOut(el);
    buttonNamed(el, 'Mot de passe oublié ?')!.click();
    await el.updateComplete;
    const nobody = uniqueEmail('nobody');
    await typeInto(el, 'session-email', nobody);
    await sendKeys({ press: 'Enter' });
    await showsHeading(el, 'Consultez votre messagerie');
    expect(text(el.shadowRoot!.querySelector('[part="step"]'))).to.contain(
      `Si un compte utilise l’adresse ${nobody}, un e-mail est en route`,
    );
  });

  it('says clearly that a used or expired link no longer works, and offers the way forward', async () => {
    const client = createClient({ baseUrl: url });
    const email = uniqueEmail('used');
    const continueUrl = location.href.split('#')[0]!;
    await client.auth.signUp({ email, password: PASSWORD, continueUrl });
    const mail = await mailTo(email, 'confirm');
    follow(mail.link);
    const first = await mount();
    await signedIn(first);
    first.remove();
    localStorage.removeItem(tokenKey(url));

    // The same link, a second time (a reload before the fragment was removed, or the mail opened again).
    follow(mail.link);
    const el = await mount();
    await showsHeading(el, 'Ce lien ne fonctionne plus');
    expect(describeFocus()).to.equal('h2#step-heading Ce lien ne fonctionne plus');
    expect(text(el.shadowRoot!.querySelector('[part="step"]'))).to.contain(
      'Le lien de confirmation a expiré ou a déjà servi',
    );
    expect(buttonNamed(el, 'Retour à la connexion')).to.exist;
    await expect(el).to.be.accessible();

    // A reset link used twice offers to ask for a new one.
    await client.auth.requestPasswordReset({ email, continueUrl });
    const reset = await mailTo(email, 'mot de passe');
    await createClient({ baseUrl: url }).auth.resetPassword({
      token: tokenOf(reset),
      password: 'encore une autre phrase de passe',
    });
    follow(reset.link);
    const again = await mount();
    await showsHeading(again, 'Choisir un nouveau mot de passe');
    await typeInto(again, 'session-password', 'une phrase de passe de plus');
    await sendKeys({ press: 'Enter' });
    await showsHeading(again, 'Ce lien ne fonctionne plus');
    expect(text(again.shadowRoot!.querySelector('[part="step"]'))).to.contain('Demandez un nouveau lien');
    buttonNamed(again, 'Demander un nouveau lien')!.click();
    await showsHeading(again, 'Réinitialiser votre mot de passe');
    expect(focusedText(again)).to.equal('Réinitialiser votre mot de passe');
  });

  /** A verified account invited to a new dossier: the invitation's e-mail, and who sent it. */
  async function invitation(tag: string) {
    const { client: owner, application } = await newDossier();
    const email = uniqueEmail(tag);
    await signUpVerified(createClient({ baseUrl: url }), { email });
    await owner.applications.invitations.create(application.id, { email, continueUrl: location.href.split('#')[0]! });
    return { owner, application, email, mail: await mailTo(email, 'invitation') };
  }

  /** Signs in from the form the waiting invitation shows; resolves with the dossier it was accepted for. */
  async function signInToAccept(el: QmiSessionElement, email: string) {
    const accepted = new Promise<string>((resolve) =>
      document.addEventListener('qmi-invitation-accepted', (event) => resolve(event.detail.id), { once: true }),
    );
    await typeInto(el, 'session-email', email);
    await typeInto(el, 'session-password', PASSWORD);
    await sendKeys({ press: 'Enter' });
    await signedIn(el);
    const id = await accepted;
    await until(el, 'the acceptance said', () => notice(el).includes('Invitation acceptée'));
    return id;
  }

  const waitsForSignIn = (el: QmiSessionElement) =>
    until(el, 'the invitation waiting for a sign-in', () =>
      notice(el).includes('Connectez-vous avec l’adresse qui a reçu l’invitation'),
    );

  it('accepts an invitation from its e-mail’s link once the invited person has signed in', async () => {
    const { owner, application, email, mail } = await invitation('invited');
    follow(mail.link);
    const el = await mount();
    await waitsForSignIn(el);
    expect(location.hash).to.equal('');
    expect(describeFocus()).to.match(/^p#session-notice Connectez-vous/);
    await expect(el).to.be.accessible();

    expect(await signInToAccept(el, email)).to.equal(application.id);
    const editors = await owner.applications.collaborators.list(application.id);
    expect(editors.map((editor) => editor.email)).to.include(email);
  });

  it('with the browser’s storage refused (a privacy setting), the invitation still waits in this page for the sign-in', async () => {
    const { owner, application, email, mail } = await invitation('invited-nostorage');
    // What a browser that blocks site data does: reading `localStorage` throws.
    const storage = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get: () => {
        throw new DOMException('The access is denied for this document.', 'SecurityError');
      },
    });
    try {
      follow(mail.link);
      const el = await mount();
      await waitsForSignIn(el);
      expect(await signInToAccept(el, email)).to.equal(application.id);
    } finally {
      Object.defineProperty(window, 'localStorage', storage);
    }
    const editors = await owner.applications.collaborators.list(application.id);
    expect(editors.map((editor) => editor.email)).to.include(email);
  });

  it('signed in before confirming the address: says so, and sends the confirmation e-mail again on request', async () => {
    const email = uniqueEmail('unconfirmed');
    await createClient({ baseUrl: url }).auth.signUp({ email, password: PASSWORD });
    const first = await mailTo(email, 'confirm');
    const el = await mount();
    await signedOut(el);
    await typeInto(el, 'session-email', email);
    await typeInto(el, 'session-password', PASSWORD);
    await sendKeys({ press: 'Enter' });
    await signedIn(el);
    expect(notice(el)).to.contain('Votre adresse e-mail n’est pas encore confirmée');
    await expect(el).to.be.accessible();
    const announced = recordAnnouncements(el);
    buttonNamed(el, 'Renvoyer l’e-mail de confirmation')!.click();
    const again = await mailTo(email, 'confirm', { after: first.id });
    expect(again.link).to.be.a('string');
    await waitFor(() => announced.list.includes(`Un e-mail de confirmation a été envoyé à ${email}.`), {
      message: 'the announcement',
    });
  });

  it('offers to send the confirmation e-mail again after a moment, and a new one arrives', async () => {
    const element = customElements.get('qmi-session') as unknown as { resendAfterMs: number };
    const wait = element.resendAfterMs;
    element.resendAfterMs = 300;
    try {
      const el = await mount();
      await signedOut(el);
      buttonNamed(el, 'Créer un compte')!.click();
      await el.updateComplete;
      const email = uniqueEmail('resend');
      await typeInto(el, 'session-email', email);
      await typeInto(el, 'session-password', PASSWORD);
      await sendKeys({ press: 'Enter' });
      await showsHeading(el, 'Consultez votre messagerie');
      expect(buttonNamed(el, 'Renvoyer l’e-mail'), 'not at once: a mail takes a moment').to.equal(undefined);
      const first = await mailTo(email, 'confirm');
      await until(el, 'the resend button', () => buttonNamed(el, 'Renvoyer l’e-mail') !== undefined);
      buttonNamed(el, 'Renvoyer l’e-mail')!.click();
      const again = await mailTo(email, 'confirm', { after: first.id });
      follow(again.link);
      const next = await mount();
      await signedIn(next);
    } finally {
      element.resendAfterMs = wait;
    }
  });
});
