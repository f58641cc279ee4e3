import { createClient, type Message, type QmiClient } from '@qmi/core';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/messages/messages.js';
import type { QmiMessages } from '../src/messages/messages.component.js';
import type { QmiMessageReceivedEvent, QmiUnreadChangeEvent } from '../src/messages/messages.events.js';
import { pendingKey } from '../src/messages/messages.storage.js';
import { recordAnnouncements } from './support/announcements.js';
import { axFindAll, axHeadings, axTree } from './support/ax-tree.js';
import { newDossier, SANDBOX_NOW } from './support/form-helpers.js';
import { ORGANISER, sandboxUrl, setOffline, waitFor } from './support/world.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: Element, selector: string) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(selector));
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function organiser(): Promise<QmiClient> {
  const client = createClient({ baseUrl: await sandboxUrl() });
  await client.auth.signIn(ORGANISER);
  return client;
}

async function mount(
  client: QmiClient,
  application: string,
  options: { lang?: string; poll?: number; style?: string } = {},
) {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${options.lang ?? 'fr'} style=${options.style ?? ''}>
    <qmi-messages .client=${client} application=${application} now=${SANDBOX_NOW} poll-interval=${options.poll ?? 10}></qmi-messages>
  </div>`,
  );
  const el = wrapper.querySelector('qmi-messages')!;
  await waitFor(() => !$(el, '[part="status"]')?.textContent?.includes('Chargement') && Boolean($(el, 'form')), {
    message: 'the thread to load',
  });
  await waitFor(() => Boolean($(el, '[part="thread"], .notice')), { message: 'the thread or a notice' });
  return el;
}

/** Types into the message field with real key presses; `\n` is a press of Enter (a new line). */
async function type(el: QmiMessages, body: string) {
  $(el, 'textarea')!.focus();
  const lines = body.split('\n');
  for (const [i, line] of lines.entries()) {
    if (i > 0) await sendKeys({ press: 'Enter' });
    if (line) await sendKeys({ type: line });
  }
}
async function sendWithKeyboard() {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'Enter' });
  await sendKeys({ up: 'Control' });
}

const serverBodies = async (client: QmiClient, application: string) =>
  (await client.messages.list(application)).map((m: Message) => m.body);
const count = (list: string[], body: string) => list.filter((b) => b === body).length;
/** As if the page were hidden or shown again (undone by deleting the override in a `finally`). */
const setVisibility = (value: 'hidden' | 'visible') => {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => value });
  document.dispatchEvent(new Event('visibilitychange'));
};
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Waits until the platform has `n` messages with this body and none is shown as pending. */
const delivered = (el: QmiMessages, client: QmiClient, application: string, body: string, n = 1) =>
  waitFor(
    async () =>
      count(await serverBodies(client, application), body) === n && !$(el, '.message--sending, .message--failed'),
    { timeout: 15_000, message: `${n} × "${body}" delivered` },
  );

describe('<qmi-messages>', () => {
  afterEach(() => setOffline(false));

  it('is accessible when empty, and says so', async () => {
    const { client, application } = await newDossier();
    const el = await mount(client, application.id);
    await waitFor(() => text($(el, '.notice')).startsWith('Aucun message'), { message: 'the empty notice' });
    expect(text($(el, 'label'))).to.equal('Votre message');
    expect(text($(el, 'button[type="submit"]'))).to.equal('Envoyer');
    expect(el.unread).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('shows the thread oldest first, each message with its side and date, in an ordered list', async () => {
    const { client, application } = await newDossier();
    const org = await organiser();
    await client.messages.send(application.id, { body: 'Bonjour, une question sur le défi.' });
    await org.messages.send(application.id, { body: 'Bonjour, nous vous écoutons.' });
    await client.messages.send(application.id, { body: 'Merci !' });
    const el = await mount(client, application.id);
    await waitFor(() => $$(el, '[part~="message"]').length === 3, { message: 'three messages' });
    expect(Boolean($(el, 'ol[part="thread"]'))).to.equal(true);
    const items = $$(el, 'ol > li');
    expect(items.map((li) => text(li.querySelector('.author')))).to.deep.equal(['Vous', 'Les organisateurs', 'Vous']);
    expect(items.map((li) => text(li.querySelector('.body')))).to.deep.equal([
      'Bonjour, une question sur le défi.',
      'Bonjour, nous vous écoutons.',
      'Merci !',
    ]);
    expect(items.map((li) => li.getAttribute('part'))).to.deep.equal([
      'message message-mine',
      'message message-theirs',
      'message message-mine',
    ]);
    const time = items[0]!.querySelector('time')!;
    expect(Date.parse(time.getAttribute('datetime')!)).to.be.a('number');
    expect(text(time)).to.match(/à \d\d:\d\d$/);
    // The thread itself is not a live region: only the newest arrival is announced.
    expect($(el, 'ol')!.hasAttribute('aria-live')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('sends with the keyboard: Enter is a new line, Ctrl+Enter sends; the message shows at once and the platform records it', async () => {
    const { client, application } = await newDossier();
    const el = await mount(client, application.id);
    const sent = new Promise<Event>((resolve) => el.addEventListener('qmi-message-sent', resolve, { once: true }));
    await type(el, 'Première ligne\nDeuxième ligne');
    expect($<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal('Première ligne\nDeuxième ligne');
    await sendWithKeyboard();
    await el.updateComplete;
    // At once, before the platform answers.
    expect(text($(el, 'ol > li:last-child .body'))).to.equal('Première ligne Deuxième ligne');
    expect($<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal('');
    const event = (await sent) as unknown as { message: Message };
    expect(event.message.body).to.equal('Première ligne\nDeuxième ligne');
    expect(await serverBodies(client, application.id)).to.deep.equal(['Première ligne\nDeuxième ligne']);
    await waitFor(() => !$(el, '.message--sending'), { message: 'the pending state to end' });
    expect(text($(el, 'ol > li:last-child .author'))).to.equal('Vous');
    await expect(el).to.be.accessible();
  });

  it('does not send an empty message, and says why next to the field', async () => {
    const { client, application } = await newDossier();
    const el = await mount(client, application.id);
    await type(el, '   ');
    $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
    await el.updateComplete;
    expect(text($(el, '.error'))).to.equal('Écrivez votre message avant de l’envoyer.');
    expect($(el, 'textarea')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, 'textarea')!.getAttribute('aria-describedby')).to.contain($(el, '.error')!.id);
    await expect(el).to.be.accessible();
    expect(await client.messages.list(application.id)).to.deep.equal([]);
  });

  it('keeps a message sent offline as "Non envoyé", then delivers it exactly once when the network returns', async () => {
    const { client, application } = await newDossier();
    const el = await mount(client, application.id);
    await setOffline(true);
    await type(el, 'Envoyé hors ligne');
    await sendWithKeyboard();
    await el.updateComplete;
    expect(text($(el, '.message--sending [part="status"]'))).to.equal('Envoi…');
    await waitFor(() => text($(el, '.message--failed [part="status"]')) === 'Non envoyé', {
      message: 'the failed state',
    });
    expect(Boolean($(el, '.message--failed button.retry'))).to.equal(true);
    expect(text($(el, '.message--failed button.retry'))).to.equal('Réessayer');
    expect(localStorage.getItem(pendingKey(client.baseUrl, application.id))).to.contain('Envoyé hors ligne');
    await expect(el).to.be.accessible();
    await setOffline(false);
    await waitFor(async () => (await serverBodies(client, application.id)).includes('Envoyé hors ligne'), {
      timeout: 15_000,
      message: 'the delivery',
    });
    await waitFor(() => !$(el, '.message--failed, .message--sending'), { message: 'the pending message to settle' });
    // A few more rounds of retries and polls must not send it again.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(count(await serverBodies(client, application.id), 'Envoyé hors ligne')).to.equal(1);
    expect($$(el, 'ol > li').filter((li) => text(li.querySelector('.body')) === 'Envoyé hors ligne').length).to.equal(
      1,
    );
    expect(localStorage.getItem(pendingKey(client.baseUrl, application.id))).to.equal(null);
  });

  it('re-sends after a reload a message that was never acknowledged, once', async () => {
    const { client, application } = await newDossier();
    const first = await mount(client, application.id);
    await setOffline(true);
    await type(first, 'Écrit avant le rechargement');
    await sendWithKeyboard();
    await waitFor(() => Boolean($(first, '.message--failed')), { message: 'the failed state' });
    first.parentElement!.remove();
    const second = await mount(client, application.id);
    await waitFor(() => text($(second, 'li.message--mine .body')) === 'Écrit avant le rechargement', {
      message: 'the pending message after the reload',
    });
    await setOffline(false);
    await waitFor(async () => (await serverBodies(client, application.id)).includes('Écrit avant le rechargement'), {
      timeout: 15_000,
      message: 'the delivery',
    });
    await waitFor(() => !$(second, '.message--failed, .message--sending'), {
      message: 'the pending message to settle',
    });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(count(await serverBodies(client, application.id), 'Écrit avant le rechargement')).to.equal(1);
    expect(localStorage.getItem(pendingKey(client.baseUrl, application.id))).to.equal(null);
  });

  it('re-sends a stored message with its first idempotency key: an answer lost after the platform recorded it makes no duplicate', async () => {
    const { client, application } = await newDossier();
    const key = crypto.randomUUID();
    const recorded = await client.messages.send(application.id, { body: 'Réponse perdue' }, { idempotencyKey: key });
    // As if the page had closed before the answer arrived.
    localStorage.setItem(
      pendingKey(client.baseUrl, application.id),
      JSON.stringify([{ key, body: 'Réponse perdue', createdAt: new Date().toISOString() }]),
    );
    const el = await mount(client, application.id);
    await waitFor(() => !$(el, '.message--failed, .message--sending') && $$(el, 'ol > li').length === 1, {
      message: 'the thread to settle',
    });
    expect((await client.messages.list(application.id)).map((m) => m.id)).to.deep.equal([recorded.id]);
    expect(localStorage.getItem(pendingKey(client.baseUrl, application.id))).to.equal(null);
  });

  it('shows an organiser’s reply through polling, with the unread badge and qmi-message-received, and marks it read once seen', async () => {
    const { client, application } = await newDossier();
    const org = await organiser();
    // Below the fold: the reply arrives unseen.
    const el = await mount(client, application.id, { poll: 1, style: 'margin-top: 300vh' });
    const received = new Promise<QmiMessageReceivedEvent>((resolve) =>
      el.addEventListener('qmi-message-received', resolve, { once: true }),
    );
    const counts: number[] = [];
    el.addEventListener('qmi-unread-change', (e: QmiUnreadChangeEvent) => counts.push(e.count));
    await org.messages.send(application.id, { body: 'Votre dossier est bien reçu.' });
    const event = await received;
    expect(event.messages.map((m) => m.body)).to.deep.equal(['Votre dossier est bien reçu.']);
    await waitFor(() => el.unread === 1, { message: 'one unread message' });
    expect(text($(el, '[part="badge"] .visually-hidden'))).to.equal('1 nouveau message');
    // Written in the live region a moment after it is emptied (so that a repeated message is heard too).
    await waitFor(
      () => text($(el, '[aria-live="polite"]')) === 'Nouveau message des organisateurs : Votre dossier est bien reçu.',
      { message: 'the announcement' },
    );
    expect(text($(el, 'li.message--theirs .author'))).to.equal('Les organisateurs');
    await expect(el).to.be.accessible();
    await org.messages.send(application.id, { body: 'Une pièce manque.' });
    await waitFor(() => el.unread === 2, { timeout: 15_000, message: 'two unread messages' });
    expect(text($(el, '[part="badge"] .visually-hidden'))).to.equal('2 nouveaux messages');
    // Seen: scrolled into view on a visible page.
    el.scrollIntoView();
    await waitFor(() => el.unread === 0, { message: 'read once visible' });
    expect(Boolean($(el, '[part="badge"]'))).to.equal(false);
    expect(counts).to.deep.equal([1, 2, 0]);
  });

  it('pauses polling while the page is hidden and fetches at once when it shows again', async () => {
    const { client, application } = await newDossier();
    const org = await organiser();
    const el = await mount(client, application.id, { poll: 1 });
    try {
      setVisibility('hidden');
      await org.messages.send(application.id, { body: 'Pendant l’absence' });
      await new Promise((resolve) => setTimeout(resolve, 2500));
      expect($$(el, 'ol > li').length).to.equal(0);
      setVisibility('visible');
      await waitFor(() => $$(el, 'ol > li').length === 1, { timeout: 1500, message: 'an immediate fetch' });
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
  });

  it('is a region named by its heading, whose level heading-level sets (2 by default)', async () => {
    const { client, application } = await newDossier();
    const el = await mount(client, application.id);
    const tree = await axTree();
    expect(axFindAll(tree, (node) => node.role === 'region').map((node) => node.name)).to.deep.equal([
      'Messages du dossier',
    ]);
    expect(axHeadings(tree)).to.deep.equal(['2 Messages du dossier']);
    el.setAttribute('heading-level', '4');
    await el.updateComplete;
    expect(axHeadings(await axTree())).to.deep.equal(['4 Messages du dossier']);
    await expect(el).to.be.accessible();
  });

  it('names its buttons after what they act on: the message to send, the message to send again', async () => {
    const { client, application } = await newDossier();
    const el = await mount(client, application.id);
    const buttons = async () => axFindAll(await axTree(), (node) => node.role === 'button').map((node) => node.name);
    expect(await buttons()).to.deep.equal(['Envoyer le message']);
    await setOffline(true);
    await type(el, 'Une question sur les pièces justificatives à joindre au dossier');
    await sendWithKeyboard();
    await waitFor(() => Boolean($(el, '.message--failed')), { message: 'the failed state' });
    expect(await buttons()).to.deep.equal([
      'Réessayer l’envoi du message « Une question sur les pièces… »',
      'Envoyer le message',
    ]);
  });

  it('announces each settled result in one polite region: a second identical “Message envoyé.” too, and the empty-message error each time', async () => {
    const { client, application } = await newDossier();
    const el = await mount(client, application.id);
    const heard = recordAnnouncements(el);
    await type(el, 'Bonjour');
    await sendWithKeyboard();
    await delivered(el, client, application.id, 'Bonjour');
    await pause(300);
    await type(el, 'Bonjour');
    await sendWithKeyboard();
    await delivered(el, client, application.id, 'Bonjour', 2);
    await pause(300);
    // Ctrl+Enter twice on an empty field: the same mistake, said each time.
    await sendWithKeyboard();
    await pause(300);
    await sendWithKeyboard();
    await pause(300);
    heard.stop();
    expect(heard.list).to.deep.equal([
      'Message envoyé.',
      'Message envoyé.',
      'Écrivez votre message avant de l’envoyer.',
      'Écrivez votre message avant de l’envoyer.',
    ]);
    expect(
      heard.regions().map((region) => region.getAttribute('aria-live') ?? region.getAttribute('role')),
      'one polite live region',
    ).to.deep.equal(['polite']);
  });

  it('announces a message not sent once, not at each automatic retry, then its delivery', async () => {
    const { client, application } = await newDossier();
    const el = await mount(client, application.id);
    const heard = recordAnnouncements(el);
    await setOffline(true);
    await type(el, 'Écrit hors ligne');
    await sendWithKeyboard();
    await waitFor(() => Boolean($(el, '.message--failed')), { message: 'the failed state' });
    // The first automatic retry comes after about 2 s, and fails too.
    await pause(3500);
    expect(heard.list).to.deep.equal(['Message non envoyé. Il sera renvoyé automatiquement.']);
    await setOffline(false);
    await delivered(el, client, application.id, 'Écrit hors ligne');
    await pause(300);
    heard.stop();
    expect(heard.list).to.deep.equal(['Message non envoyé. Il sera renvoyé automatiquement.', 'Message envoyé.']);
  });

  it('announces how many messages came from the other side, with the newest', async () => {
    const { client, application } = await newDossier();
    const org = await organiser();
    const el = await mount(client, application.id, { poll: 1 });
    const heard = recordAnnouncements(el);
    try {
      // Both arrive while the page is hidden, and are fetched together when it shows again.
      setVisibility('hidden');
      await org.messages.send(application.id, { body: 'Votre dossier est bien reçu.' });
      await org.messages.send(application.id, { body: 'Une pièce manque.' });
      setVisibility('visible');
      await waitFor(() => $$(el, 'li.message--theirs').length === 2, { message: 'both messages' });
      await pause(300);
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
    heard.stop();
    expect(heard.list).to.deep.equal(['2 nouveaux messages des organisateurs. Le plus récent : Une pièce manque.']);
  });

  it('speaks English with lang="en"', async () => {
    const { client, application } = await newDossier();
    const org = await organiser();
    await org.messages.send(application.id, { body: 'Welcome.' });
    const el = await mount(client, application.id, { lang: 'en' });
    await waitFor(() => $$(el, 'ol > li').length === 1, { message: 'the message' });
    expect(text($(el, 'li .author'))).to.equal('The organisers');
    expect(text($(el, 'li time'))).to.match(/ at \d\d:\d\d$/);
    expect(text($(el, 'label'))).to.equal('Your message');
    expect(text($(el, 'button[type="submit"]'))).to.equal('Send');
    expect(axHeadings(await axTree())).to.deep.equal(['2 Application messages']);
    $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
    await el.updateComplete;
    expect(text($(el, '.error'))).to.equal('Write your message before sending it.');
    await setOffline(true);
    await type(el, 'Offline question');
    await sendWithKeyboard();
    await waitFor(() => text($(el, '.message--failed [part="status"]')) === 'Not sent', {
      message: 'the failed state in English',
    });
    expect(text($(el, '.message--failed button.retry'))).to.equal('Try again');
    expect(text($(el, 'li .author'))).to.equal('The organisers');
    await expect(el).to.be.accessible();
  });
});
