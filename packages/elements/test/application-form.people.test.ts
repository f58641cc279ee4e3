import { createClient } from '@qmi/core';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/form/application-form.js';
import type { QmiApplicationForm } from '../src/form/application-form.component.js';
import { recordAnnouncements } from './support/announcements.js';
import { describeFocus } from './support/focus.js';
import { mailTo, sandboxUrl, signUpVerified, tokenOf, uniqueEmail, waitFor } from './support/world.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const text = (el: Element) => el.shadowRoot!.textContent?.replace(/\s+/g, ' ') ?? '';
const button = (el: Element, label: RegExp) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => label.test(b.textContent ?? ''));

/** An account with a verified address, and its draft for a commune it is not verified for (it does not hold the place). */
async function ownerWithDraft() {
  const client = createClient({ baseUrl: await sandboxUrl() });
  const email = uniqueEmail('proprietaire');
  await signUpVerified(client, { email });
  const application = await client.applications.create('qmi-2-test', { commune: '92012' });
  return { client, email, application };
}

async function mount(client: ReturnType<typeof createClient>, application: string, lang = 'fr') {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}><qmi-application-form .client=${client} call="qmi-2-test" application=${application}></qmi-application-form></div>`,
  );
  const form = wrapper.querySelector('qmi-application-form') as QmiApplicationForm;
  await waitFor(() => Boolean($(form, '.people__list')), { message: 'the people panel to load' });
  await form.updateComplete; // the whole form, for axe (its sections past the first screen come after the first frame)
  return form;
}

describe('<qmi-application-form>: people with access', () => {
  it('shows the owner their role, invites by e-mail, lists and revokes the invitation', async () => {
    const { client, email, application } = await ownerWithDraft();
    const form = await mount(client, application.id);
    expect(text(form)).to.contain('Personnes ayant accès').and.contain(`${email} (vous) : propriétaire`);
    expect(text(form)).to.contain('vous pouvez tout faire');
    await expect(form).to.be.accessible();

    const invited = uniqueEmail('invitee');
    const said = recordAnnouncements(form);
    $(form, '#invite-email')!.focus();
    await sendKeys({ type: invited });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => said.list.includes(`Invitation envoyée à ${invited}.`));
    expect(text(form)).to.contain('Invitations en attente').and.contain(invited);
    expect(describeFocus()).to.contain('invite-email');
    await mailTo(invited, '');

    button(form, /Annuler l’invitation/)!.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => said.list.includes(`L’invitation de ${invited} a été annulée.`));
    expect(text(form)).not.to.contain('Invitations en attente');
    expect(describeFocus()).to.contain('people-title');
  });

  it('refuses an empty invitation in the error summary and beside the field', async () => {
    const { client, application } = await ownerWithDraft();
    const form = await mount(client, application.id);
    $(form, '#invite-email')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => describeFocus().includes('invite-summary'));
    expect($(form, '#invite-email-error')!.textContent).to.contain(
      'Saisissez l’adresse e-mail de la personne à inviter.',
    );
    await expect(form).to.be.accessible();
  });

  it('tells an editor what their role allows, and lets them leave the dossier', async () => {
    const { client, application } = await ownerWithDraft();
    const editor = createClient({ baseUrl: await sandboxUrl() });
    const editorEmail = uniqueEmail('editrice');
    await signUpVerified(editor, { email: editorEmail });
    await client.applications.invitations.create(application.id, { email: editorEmail });
    await editor.invitations.accept(tokenOf(await mailTo(editorEmail, 'invit')));

    const form = await mount(editor, application.id);
    expect(text(form)).to.contain('Vous êtes invité sur ce dossier').and.contain('Vous ne pouvez ni le retirer');
    expect($(form, '#invite-email')).to.equal(null);
    const said = recordAnnouncements(form);
    button(form, /Quitter le dossier/)!.focus();
    await sendKeys({ press: 'Enter' });
    expect(describeFocus()).to.contain('people-question');
    button(form, /Oui, quitter/)!.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => said.list.includes('Vous avez quitté le dossier.'));
    const people = await client.applications.collaborators.list(application.id);
    expect(people.map((person) => person.email)).not.to.include(editorEmail);
  });

  it('hands the dossier over to an editor after confirmation', async () => {
    const { client, application } = await ownerWithDraft();
    const editor = createClient({ baseUrl: await sandboxUrl() });
    const editorEmail = uniqueEmail('repreneur');
    await signUpVerified(editor, { email: editorEmail });
    await client.applications.invitations.create(application.id, { email: editorEmail });
    await editor.invitations.accept(tokenOf(await mailTo(editorEmail, 'invit')));

    const form = await mount(client, application.id);
    const said = recordAnnouncements(form);
    button(form, /Confier le dossier/)!.focus();
    await sendKeys({ press: 'Enter' });
    expect(describeFocus()).to.contain('people-question');
    button(form, /Oui, confier/)!.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => said.list.some((line) => line.startsWith(`Le dossier a été confié à ${editorEmail}`)));
    expect(text(form)).to.contain(`${editorEmail} : propriétaire`).and.contain('Vous êtes invité sur ce dossier');
    expect(describeFocus()).to.contain('people-title');
  });

  it('says a dossier that does not hold the commune’s place cannot be submitted, and how to be verified, in English too', async () => {
    const { client, application } = await ownerWithDraft();
    expect(application.holdsPlace).to.equal(false);
    const form = await mount(client, application.id);
    expect(text(form))
      .to.contain('Ce dossier ne peut pas encore être déposé')
      .and.contain('ProConnect')
      .and.contain('Mon compte');
    const en = await mount(client, application.id, 'en');
    expect(text(en)).to.contain('This dossier cannot be submitted yet').and.contain('People with access');
    await expect(en).to.be.accessible();
  });
});
