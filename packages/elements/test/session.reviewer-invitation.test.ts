import { expect, fixture } from '@open-wc/testing';
import { createClient } from '@qmi/core';
import { sendKeys } from '@web/test-runner-commands';
import '../src/session/session.js';
import type { QmiSessionElement } from '../src/session/session.js';
import { tokenKey } from '../src/session/session.storage.js';
import { recordAnnouncements } from './support/announcements.js';
import { organiserClient } from './support/committee.js';
import { describeFocus } from './support/focus.js';
import { newDossier } from './support/form-helpers.js';
import { type Mail, mailTo, PASSWORD, sandboxUrl, signUpVerified, uniqueEmail, waitFor } from './support/world.js';

// The selection committee's invitation (issue 16): the organiser invites an expert by e-mail; its link
// (`#qmi-action=reviewer-invitation&qmi-token=…`) opens this page, where <qmi-session> completes it.

let url: string;

const mount = (lang = 'fr') =>
  fixture<HTMLElement>(
    `<div lang="${lang}"><qmi-session api-base="${url}"><p>Les dossiers</p></qmi-session></div>`,
  ).then((wrapper) => wrapper.querySelector<QmiSessionElement>('qmi-session')!);
const byId = (el: QmiSessionElement, id: string) => el.shadowRoot!.getElementById(id);
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const until = (el: QmiSessionElement, what: string, condition: () => boolean) =>
  waitFor(condition, { message: `<qmi-session>: ${what}` });
const signedIn = (el: QmiSessionElement) => until(el, 'signed in', () => el.matches(':state(signed-in)'));
const showsHeading = (el: QmiSessionElement, heading: string) =>
  until(el, `the heading "${heading}"`, () =>
    [...el.shadowRoot!.querySelectorAll('h2')].some((node) => text(node) === heading),
  );
const notice = (el: QmiSessionElement) =>
  [...el.shadowRoot!.querySelectorAll('[part="notice"]')].map((node) => text(node)).join(' ');

/** The organiser invites `email` to the committee, the link coming back to this page; the real e-mail sent. */
async function invite(email: string): Promise<Mail> {
  const organiser = await organiserClient();
  await organiser.reviewers.invite({ email, organisation: 'ADEME', continueUrl: location.href.split('#')[0]! });
  return mailTo(email, 'comité de sélection');
}

/** Follows an e-mail's link to this page, as the browser opens it: the fragment, then the page loads. */
function follow(link: string | undefined) {
  expect(link, 'the e-mail carries a link').to.be.a('string');
  expect(new URL(link!).hash).to.contain('qmi-action=reviewer-invitation');
  history.replaceState(null, '', new URL(link!).href);
}

async function typeInto(el: QmiSessionElement, id: string, value: string) {
  (byId(el, id) as HTMLInputElement).focus();
  await sendKeys({ type: value });
}

describe('<qmi-session> and the invitation to the selection committee', () => {
  before(async () => {
    url = await sandboxUrl();
  });
  beforeEach(() => localStorage.removeItem(tokenKey(url)));
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('a new address chooses its password (with the password policy’s feedback) and is signed in as a reviewer', async () => {
    const email = uniqueEmail('expert');
    follow((await invite(email)).link);
    const el = await mount();
    await showsHeading(el, 'Accepter l’invitation à examiner des dossiers');
    expect(location.hash, 'the token is taken out of the URL').to.equal('');
    expect(describeFocus()).to.equal('h2#session-heading Accepter l’invitation à examiner des dossiers');
    expect(text(el.shadowRoot!.querySelector('[part="form"]'))).to.contain('choisissez le mot de passe');
    const password = byId(el, 'session-password') as HTMLInputElement;
    expect(password.autocomplete).to.equal('new-password');
    expect(text(byId(el, 'session-password-hint'))).to.contain('Au moins 10 caractères');
    expect(byId(el, 'session-email'), 'the address is the invitation’s: not asked').to.equal(null);
    await expect(el).to.be.accessible();

    // In English too, while the person reads.
    el.parentElement!.setAttribute('lang', 'en');
    await showsHeading(el, 'Accept the invitation to review applications');
    el.parentElement!.setAttribute('lang', 'fr');
    await showsHeading(el, 'Accepter l’invitation à examiner des dossiers');

    await typeInto(el, 'session-password', '1234567890');
    await sendKeys({ press: 'Enter' });
    await until(el, 'the password error', () => byId(el, 'session-password-error') !== null);
    expect(text(byId(el, 'session-password-error'))).to.contain('Ce mot de passe est trop facile à deviner.');
    expect(describeFocus()).to.match(/^div#session-summary/);

    const announced = recordAnnouncements(el);
    const strong = 'la phrase de passe de l’experte';
    (byId(el, 'session-password') as HTMLInputElement).select();
    await sendKeys({ type: strong });
    await sendKeys({ press: 'Enter' });
    await signedIn(el);
    expect(el.account?.role).to.equal('reviewer');
    expect(text(el.shadowRoot!.querySelector('[part="account-bar"]'))).to.contain(email);
    expect(describeFocus()).to.match(/^div#account-bar/);
    expect(notice(el)).to.contain('Vous êtes examinateur');
    await waitFor(() => announced.list.some((said) => said.includes('Vous êtes examinateur')), {
      message: 'the acceptance announced',
    });
    await expect(el).to.be.accessible();
    // The password chosen is the account's.
    const again = await createClient({ baseUrl: url }).auth.signIn({ email, password: strong });
    expect(again.account.role).to.equal('reviewer');
  });

  it('an address that already has an account is signed in as a reviewer at once, its password unchanged', async () => {
    const email = uniqueEmail('expert-account');
    await signUpVerified(createClient({ baseUrl: url }), { email });
    follow((await invite(email)).link);
    const el = await mount();
    await signedIn(el);
    expect(el.account?.email).to.equal(email);
    expect(el.account?.role).to.equal('reviewer');
    expect(byId(el, 'session-password'), 'no password asked').to.equal(null);
    await until(el, 'the acceptance said', () => notice(el).includes('Vous êtes examinateur'));
    expect(describeFocus()).to.match(/^div#account-bar/);
    await expect(el).to.be.accessible();
    await createClient({ baseUrl: url }).auth.signIn({ email, password: PASSWORD });
  });

  it('a link already used says so, and how to carry on', async () => {
    const email = uniqueEmail('expert-twice');
    const mail = await invite(email);
    await createClient({ baseUrl: url }).reviewers.accept({
      token: new URLSearchParams(new URL(mail.link!).hash.slice(1)).get('qmi-token')!,
      password: PASSWORD,
    });
    follow(mail.link);
    const el = await mount();
    await showsHeading(el, 'Ce lien ne fonctionne plus');
    expect(describeFocus()).to.equal('h2#step-heading Ce lien ne fonctionne plus');
    const step = text(el.shadowRoot!.querySelector('[part="step"]'));
    expect(step).to.contain('L’invitation à examiner des dossiers a expiré, a été annulée ou a déjà servi');
    expect(step).to.contain('connectez-vous');
    await expect(el).to.be.accessible();
  });

  it('an account that works on a dossier is told to hand it over first, the link still good', async () => {
    const { session } = await newDossier();
    follow((await invite(session.account.email)).link);
    const el = await mount();
    await until(el, 'the refusal explained', () => notice(el).includes('L’invitation n’a pas pu être acceptée'));
    expect(describeFocus()).to.match(/^p#session-notice/);
    expect(notice(el)).to.contain('suivez de nouveau le lien de l’invitation');
    expect(el.matches(':state(signed-in)')).to.equal(false);
    await expect(el).to.be.accessible();
  });
});
