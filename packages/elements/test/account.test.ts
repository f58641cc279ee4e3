import { createClient, type QmiClient } from '@qmi/core';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/account/account.js';
import '../src/session/session.js';
import type { QmiSessionElement } from '../src/session/session.js';
import { tokenKey } from '../src/session/session.storage.js';
import type { QmiAccount } from '../src/account/account.component.js';
import type { QmiAccountChangeEvent } from '../src/account/account.events.js';
import { recordAnnouncements } from './support/announcements.js';
import { describeFocus } from './support/focus.js';
import { mailsTo, mailTo, PASSWORD, sandboxUrl, signUpVerified, uniqueEmail, waitFor } from './support/world.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const text = (el: Element) => el.shadowRoot!.textContent?.replace(/\s+/g, ' ') ?? '';

async function mount(client: QmiClient, lang = 'fr') {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}><qmi-account .client=${client}></qmi-account></div>`,
  );
  const el = wrapper.querySelector('qmi-account') as QmiAccount;
  await waitFor(() => Boolean($(el, '#account-heading')), { message: 'the account page to load' });
  return el;
}

/** Types into a field with real key presses, as a person would. */
async function typeInto(el: Element, id: string, value: string) {
  const input = $(el, `#${id}`)!;
  input.focus();
  await sendKeys({ type: value });
}

async function verifiedClient() {
  const client = createClient({ baseUrl: await sandboxUrl() });
  const email = uniqueEmail('compte');
  await signUpVerified(client, { email });
  return { client, email };
}

describe('<qmi-account>', () => {
  it('is accessible, in French by default and in English', async () => {
    const { client, email } = await verifiedClient();
    const el = await mount(client);
    await expect(el).to.be.accessible();
    expect(text(el)).to.contain('Mon compte').and.contain(email).and.contain('Adresse confirmée.');
    expect(text(el)).to.contain('Télécharger mes données').and.contain('Supprimer définitivement mon compte');
    const en = await mount(client, 'en');
    expect(text(en)).to.contain('My account').and.contain('Address confirmed.').and.contain('Download my data');
    await expect(en).to.be.accessible();
  });

  it('says an address is not confirmed yet, and sends the confirmation e-mail again', async () => {
    const client = createClient({ baseUrl: await sandboxUrl() });
    const email = uniqueEmail('nonconfirme');
    await client.auth.signUp({ email, password: PASSWORD });
    const first = await mailTo(email, 'confirm');
    await client.auth.signIn({ email, password: PASSWORD });
    const el = await mount(client);
    expect(text(el)).to.contain('Adresse pas encore confirmée.');
    const said = recordAnnouncements(el);
    const resend = [...el.shadowRoot!.querySelectorAll('button')].find((b) => /Renvoyer/.test(b.textContent ?? ''))!;
    resend.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() =>
      said.list.some((line) => line.includes(`Un nouvel e-mail de confirmation a été envoyé à ${email}`)),
    );
    const again = await mailTo(email, 'confirm', { after: first.id });
    expect(again.id).to.be.greaterThan(first.id);
    expect(describeFocus()).to.contain('Renvoyer');
  });

  it('refuses a wrong current password in the error summary and beside the field, then changes the password', async () => {
    const { client, email } = await verifiedClient();
    const el = await mount(client);
    await typeInto(el, 'password-currentPassword', 'pas le bon mot de passe');
    await typeInto(el, 'password-newPassword', 'une toute nouvelle phrase secrète');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => describeFocus().includes('password-summary'), {
      message: 'the error summary to take the focus',
    });
    expect($(el, '#password-currentPassword')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#password-currentPassword-error')).to.exist;
    await expect(el).to.be.accessible();

    const said = recordAnnouncements(el);
    ($(el, '#password-currentPassword') as HTMLInputElement).select();
    await sendKeys({ type: PASSWORD });
    $(el, '#password-newPassword')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => said.list.includes('Votre mot de passe a été changé. Vos autres sessions ont été fermées.'));
    expect($(el, '#password-summary')).to.equal(null);
    const other = createClient({ baseUrl: await sandboxUrl() });
    await other.auth.signIn({ email, password: 'une toute nouvelle phrase secrète' });
  });

  it('changes the language of e-mails and the name', async () => {
    const { client } = await verifiedClient();
    const el = await mount(client);
    const changed = oneEvent<QmiAccountChangeEvent>(el, 'qmi-account-change');
    await typeInto(el, 'profile-givenName', 'Camille');
    const select = $(el, '#profile-lang') as HTMLSelectElement;
    select.value = 'en';
    select.dispatchEvent(new Event('change'));
    const said = recordAnnouncements(el);
    $(el, '#profile-givenName')!.focus();
    await sendKeys({ press: 'Enter' });
    const { account } = await changed;
    expect(account.lang).to.equal('en');
    expect(account.givenName).to.equal('Camille');
    await waitFor(() => said.list.includes('Vos informations ont été enregistrées.'));
    expect((await client.auth.me()).lang).to.equal('en');
  });

  it('says a link goes to the new address when the address is changed', async () => {
    const { client, email } = await verifiedClient();
    const el = await mount(client);
    const next = uniqueEmail('nouvelle');
    await typeInto(el, 'email-newEmail', next);
    await typeInto(el, 'email-password', PASSWORD);
    const said = recordAnnouncements(el);
    await sendKeys({ press: 'Enter' });
    await waitFor(() => said.list.some((line) => line.includes(`Un lien de confirmation a été envoyé à ${next}`)));
    await mailTo(next, '');
    expect((await client.auth.me()).email).to.equal(email);
  });

  it('asks to represent a commune and lists the request as pending', async () => {
    const { client } = await verifiedClient();
    const el = await mount(client);
    const picker = $(el, '#claim-commune')!;
    picker.shadowRoot!.querySelector('input')!.focus();
    await sendKeys({ type: 'Montreuil' });
    await waitFor(() => Boolean(picker.shadowRoot!.querySelector('[role="option"]')));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await typeInto(el, 'claim-name', 'Camille Martin');
    await typeInto(el, 'claim-townHallRole', 'Chargée de mission');
    const said = recordAnnouncements(el);
    await sendKeys({ press: 'Enter' });
    await waitFor(() => said.list.some((line) => line.includes('Votre demande pour Montreuil (93048) a été envoyée')));
    expect(text(el))
      .to.contain('Montreuil (93048) : demande du')
      .and.contain('en attente de la décision des organisateurs');
    const claims = await client.communeClaims.list();
    expect(claims.map((claim) => claim.commune)).to.deep.equal(['93048']);
  });

  it('refuses a request without its fields, each named beside it', async () => {
    const { client } = await verifiedClient();
    const el = await mount(client);
    $(el, '#claim-name')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => describeFocus().includes('claim-summary'));
    expect($(el, '#claim-name-error')!.textContent).to.contain('Saisissez');
    expect($(el, '#claim-townHallRole-error')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('downloads the person’s data as JSON', async () => {
    const { client, email } = await verifiedClient();
    const el = await mount(client);
    let downloaded: { name: string; href: string } | undefined;
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloaded = { name: this.download, href: this.href };
    };
    try {
      const said = recordAnnouncements(el);
      const button = [...el.shadowRoot!.querySelectorAll('button')].find((b) =>
        /Télécharger/.test(b.textContent ?? ''),
      )!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(() => said.list.includes('Vos données ont été téléchargées.'));
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(downloaded?.name).to.match(/^qmi-mes-donnees-\d{4}-\d{2}-\d{2}\.json$/);
    const data = await (await fetch(downloaded!.href)).text();
    expect(data).to.contain(email);
  });

  it('deletes the account once its address is typed again, then says so', async () => {
    const { client, email } = await verifiedClient();
    const el = await mount(client);
    await typeInto(el, 'delete-confirmEmail', 'quelqu.un@autre.example');
    await typeInto(el, 'delete-password', PASSWORD);
    await sendKeys({ press: 'Enter' });
    await waitFor(() => describeFocus().includes('delete-summary'));
    expect($(el, '#delete-confirmEmail-error')!.textContent).to.contain('Saisissez l’adresse e-mail de ce compte.');

    const input = $(el, '#delete-confirmEmail') as HTMLInputElement;
    input.select();
    await sendKeys({ type: email });
    const deleted = oneEvent(el, 'qmi-account-delete');
    const said = recordAnnouncements(el);
    await sendKeys({ press: 'Enter' });
    await deleted;
    await waitFor(() => said.list.includes('Votre compte a été supprimé.'));
    expect(describeFocus()).to.contain('account-heading');
    const other = createClient({ baseUrl: await sandboxUrl() });
    const refused = await other.auth.signIn({ email, password: PASSWORD }).catch((error: unknown) => error);
    expect(refused).to.be.instanceOf(Error);
    expect((await mailsTo(email)).length).to.be.greaterThan(0);
  });

  it('inside <qmi-session>, a deleted account signs this browser out: its token is forgotten and the sign-in step shows', async () => {
    const url = await sandboxUrl();
    const email = uniqueEmail('supprime');
    const session = await signUpVerified(createClient({ baseUrl: url }), { email });
    localStorage.setItem(tokenKey(url), session.token);
    const el = await fixture<QmiSessionElement>(
      html`<qmi-session api-base=${url}><qmi-account></qmi-account></qmi-session>`,
    );
    await waitFor(() => el.matches(':state(signed-in)'), { message: 'signed in' });
    const account = el.querySelector('qmi-account')!;
    await waitFor(() => Boolean($(account, '#delete-confirmEmail')), { message: 'the account page' });
    await typeInto(account, 'delete-confirmEmail', email);
    await typeInto(account, 'delete-password', PASSWORD);
    const said = recordAnnouncements(el);
    await sendKeys({ press: 'Enter' });
    await waitFor(() => el.matches(':state(signed-out)'), { message: 'signed out after the deletion' });
    expect(localStorage.getItem(tokenKey(url))).to.equal(null);
    await waitFor(() => said.list.includes('Votre compte a été supprimé. Vous êtes déconnecté·e.'));
  });
});
