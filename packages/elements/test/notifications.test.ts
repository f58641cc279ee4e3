import { expect, fixture, html } from '@open-wc/testing';
import { createClient, type QmiClient } from '@qmi/core';
import { exampleDossier } from '@qmi/core/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/notifications/notifications.js';
import type { QmiNotifications } from '../src/notifications/notifications.component.js';
import { recordAnnouncements } from './support/announcements.js';
import { deepActiveElement } from './support/focus.js';
import { newDossier } from './support/form-helpers.js';
import { ORGANISER, sandboxUrl, waitFor } from './support/world.js';

// Issue 16: the same events as the e-mails, in the page, for the signed-in person.

let organiser: QmiClient | undefined;
async function organiserClient() {
  if (!organiser) {
    organiser = createClient({ baseUrl: await sandboxUrl() });
    await organiser.auth.signIn(ORGANISER);
  }
  return organiser;
}

/** A commune's agent whose complete dossier (the test call: documents optional) was submitted. */
async function submitted() {
  const { client, application } = await newDossier();
  const dossier = exampleDossier();
  dossier.partners = dossier.partners.map((partner) => ({ ...partner, supportLetter: false }));
  const saved = await client.applications.update(application.id, dossier, { ifMatch: application.revision });
  await client.applications.submit(saved.id);
  return { client, application: saved };
}

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);

async function mount(client: QmiClient, pollInterval = 60) {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang="fr"><qmi-notifications .client=${client} poll-interval=${pollInterval}></qmi-notifications></div>`,
  );
  const el = wrapper.querySelector('qmi-notifications') as QmiNotifications;
  await waitFor(
    () =>
      Boolean($(el, '[part~="list"], [part~="status"]')) && !text($(el, '[part~="status"]')).startsWith('Chargement'),
    {
      message: 'the notifications to load',
    },
  );
  return el;
}

describe('<qmi-notifications>', () => {
  it('lists the person’s notifications, newest first, with the unread count; "Marquer comme lu" marks one read and keeps the focus on it', async () => {
    const { client, application } = await submitted();
    await (
      await organiserClient()
    ).applications.decide(application.id, {
      action: 'request_changes',
      fields: ['challenge.title'],
      comment: 'Précisez le quartier.',
    });
    const expected = await client.notifications.list();
    expect(expected.length, 'the platform’s notifications').to.be.greaterThan(0);
    const el = await mount(client);
    await waitFor(() => el.shadowRoot!.querySelectorAll('[part~="item"]').length === expected.length, {
      message: 'every notification listed',
    });
    const items = [...el.shadowRoot!.querySelectorAll('[part~="item"]')];
    expect(items.map((item) => text(item.querySelector('.item__title')).replace(/^Nouveau /, ''))).to.deep.equal(
      expected.map((notification) => notification.title),
    );
    const unread = expected.filter((notification) => !notification.readAt).length;
    expect(text($(el, '[part~="badge"] .visually-hidden'))).to.equal(`${unread} non lue${unread > 1 ? 's' : ''}`);
    await expect(el).to.be.accessible();

    const first = expected[0]!;
    const button = $(el, `#notification-${first.id} button`)!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => !$(el, `#notification-${first.id} button`), { message: 'the notification read' });
    await waitFor(() => deepActiveElement()?.id === `notification-${first.id}`, { message: 'the focus on it' });
    const left = unread - 1;
    expect(text($(el, '[part~="badge"] .visually-hidden'))).to.equal(
      left ? `${left} non lue${left > 1 ? 's' : ''}` : '',
    );
    const [stored] = (await client.notifications.list()).filter((notification) => notification.id === first.id);
    expect(stored?.readAt).to.be.a('string');
  });

  it('says a new notification as it arrives while open', async () => {
    const { client, application } = await submitted();
    const el = await mount(client, 0.2);
    const said = recordAnnouncements(el);
    await (await organiserClient()).applications.decide(application.id, { action: 'declare_eligible' });
    const [newest] = await client.notifications.list();
    await waitFor(() => said.list.some((line) => line.startsWith('Nouvelle notification')), {
      message: `the announcement (said: ${JSON.stringify(said.list)})`,
    });
    expect(said.list.at(-1)).to.equal(`Nouvelle notification : ${newest!.title}`);
    said.stop();
  });
});
