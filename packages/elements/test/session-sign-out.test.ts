import { expect, fixture } from '@open-wc/testing';
import { AuthenticationError, createClient, indexedDbJournal, type Session } from '@qmi/core';
import { sendKeys } from '@web/test-runner-commands';
import { defaultOptions } from 'tus-js-client';
import { noteDossier } from '../src/context/account-dossiers.js';
import { localOutboxStore, markRead, pendingKey, readKey } from '../src/messages/messages.storage.js';
import '../src/messages/messages.js';
import '../src/session/session.js';
import type { QmiSessionElement, QmiSignOutEvent } from '../src/session/session.js';
import { tokenKey } from '../src/session/session.storage.js';
import { newDossier, SANDBOX_NOW } from './support/form-helpers.js';
import { PASSWORD, sandboxUrl, setOffline, signUpVerified, uniqueEmail, waitFor } from './support/world.js';

/**
 * Signing out on a shared computer: every device at once if asked, and nothing of the account left in
 * this browser (its unsent messages, its uploads remembered for resuming, its read marks, its token),
 * after saying what would be lost. What the browser holds is written by the same functions the
 * elements use (the outbox's store, tus's URL storage, the uploader's note of the dossier).
 */

let url: string;

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const part = (el: QmiSessionElement, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const isIn = (el: QmiSessionElement, view: string) => el.matches(`:state(${view})`);
/** The warning as a screen reader reads it (its "!" icon is hidden from them). */
const warning = (el: QmiSessionElement) => text(part(el, 'warning')?.querySelector('strong'));
const focusedId = (el: QmiSessionElement) => el.shadowRoot!.activeElement?.id ?? '(nothing focused)';

/** An account created beside the page, its session stored as a previous visit would have left it. */
async function account(): Promise<Session> {
  return signUpVerified(createClient({ baseUrl: url }), { email: uniqueEmail(), password: PASSWORD });
}

async function signedIn(session: Session, wrap = (inner: string) => inner) {
  localStorage.setItem(tokenKey(url), session.token);
  const holder = await fixture<HTMLElement>(
    wrap(`<qmi-session api-base="${url}"><p>Le dossier de la commune</p></qmi-session>`),
  );
  const el = (holder.matches('qmi-session') ? holder : holder.querySelector('qmi-session')) as QmiSessionElement;
  await waitFor(() => isIn(el, 'signed-in'), { message: 'signed in' });
  return el;
}

/** Messages the outbox of this account keeps for a dossier: not acknowledged by the platform yet. */
function unsentMessages(session: Session, applicationId: string, count: number) {
  const store = localOutboxStore(pendingKey(url, applicationId, session.account.id));
  for (let i = 0; i < count; i++)
    store.add({ key: crypto.randomUUID(), body: `Message ${i}`, createdAt: new Date().toISOString() });
  markRead(readKey(applicationId, session.account.id), new Date().toISOString());
}

/** An upload this account started and the browser remembers for resuming, as the uploader leaves it. */
async function rememberedUpload(session: Session, applicationId: string) {
  noteDossier(url, session.account.id, applicationId);
  await defaultOptions.urlStorage.addUpload(`tus-br-lettre.pdf-${applicationId}`, {
    size: 200_000,
    metadata: { applicationId, kind: 'mayor_letter', filename: 'lettre.pdf' },
    creationTime: new Date().toISOString(),
    uploadUrl: `${url}/v1/uploads/${crypto.randomUUID()}`,
    parallelUploadUrls: null,
    urlStorageKey: '',
  });
}

/** An edit of the form that the autosave journal holds and the platform has not saved yet. */
async function unsavedEdit(session: Session, applicationId: string) {
  noteDossier(url, session.account.id, applicationId);
  const edit = { path: 'challenge.title', value: 'Rues aux écoles', base: null, id: crypto.randomUUID(), editedAt: 1 };
  await indexedDbJournal().put(applicationId, edit);
}

const journaled = async (applicationId: string) => (await indexedDbJournal().load(applicationId)).length;

const storedKeys = (accountId: string, applicationId: string) =>
  Object.keys(localStorage).filter(
    (key) =>
      key.includes(accountId) ||
      (key.startsWith('tus::') &&
        JSON.parse(localStorage.getItem(key) ?? '{}').metadata?.applicationId === applicationId),
  );

async function press(el: QmiSessionElement, name: string) {
  part(el, name)!.click();
  await el.updateComplete;
}

describe('<qmi-session>: signing out', () => {
  before(async () => {
    url = await sandboxUrl();
  });
  beforeEach(() => localStorage.clear());
  afterEach(() => setOffline(false));
  after(() => localStorage.clear());

  it('a message left unsent at sign-out is said to be lost, then never sent nor shown to the next person', async () => {
    const { client, session, application } = await newDossier();
    localStorage.setItem(tokenKey(url), session.token);
    const el = await fixture<QmiSessionElement>(
      `<qmi-session api-base="${url}"><qmi-messages application="${application.id}" now="${SANDBOX_NOW}"></qmi-messages></qmi-session>`,
    );
    await waitFor(() => isIn(el, 'signed-in'), { message: 'signed in' });
    const messages = el.querySelector('qmi-messages')!;
    await waitFor(() => Boolean(messages.shadowRoot?.querySelector('textarea')), { message: 'the thread' });
    await setOffline(true);
    messages.shadowRoot!.querySelector('textarea')!.focus();
    await sendKeys({ type: 'Écrit avant de partir' });
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Control' });
    await waitFor(() => Boolean(messages.shadowRoot!.querySelector('.message--failed')), { message: 'Non envoyé' });

    await press(el, 'sign-out-button');
    await waitFor(() => Boolean(part(el, 'warning')), { message: 'the question' });
    expect(warning(el)).to.equal('Attention : 1 message non envoyé sera perdu sur cet appareil.');
    await press(el, 'confirm-sign-out-button');
    await waitFor(() => isIn(el, 'signed-out'), { message: 'signed out' });
    await setOffline(false);

    expect(Object.keys(localStorage).filter((key) => key.includes(application.id))).to.deep.equal([]);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await client.messages.list(application.id)).map((m) => m.body)).to.deep.equal([]);
  });

  it('sign out everywhere ends the session on another device', async () => {
    const session = await account();
    const phone = createClient({ baseUrl: url });
    await phone.auth.signIn({ email: session.account.email, password: PASSWORD });
    const el = await signedIn(session);
    const heard: QmiSignOutEvent[] = [];
    el.addEventListener('qmi-sign-out', (event) => heard.push(event));

    await press(el, 'sign-out-everywhere-button');
    await waitFor(() => Boolean(part(el, 'warning')), { message: 'the question' });
    expect(warning(el)).to.contain('déconnecté sur tous les appareils');
    await waitFor(() => focusedId(el) === 'sign-out-warning', { message: 'the focus on the warning' });
    await press(el, 'confirm-sign-out-button');
    await waitFor(() => isIn(el, 'signed-out'), { message: 'signed out' });

    let refused: unknown;
    await phone.auth.me().catch((error: unknown) => (refused = error));
    expect(refused, 'the other device is signed out').to.be.instanceOf(AuthenticationError);
    expect(heard.map((event) => event.detail.everywhere)).to.deep.equal([true]);
    expect(localStorage.getItem(tokenKey(url))).to.equal(null);
  });

  it('signing out removes the unsent messages and the remembered uploads of that account from this browser', async () => {
    const session = await account();
    unsentMessages(session, 'dossier-a', 1);
    await rememberedUpload(session, 'dossier-a');
    await unsavedEdit(session, 'dossier-a');
    const el = await signedIn(session);
    expect(storedKeys(session.account.id, 'dossier-a').length, 'kept before').to.be.greaterThan(2);

    await press(el, 'sign-out-button');
    await waitFor(() => Boolean(part(el, 'confirm-sign-out-button')), { message: 'the question' });
    await press(el, 'confirm-sign-out-button');
    await waitFor(() => isIn(el, 'signed-out'), { message: 'signed out' });

    expect(storedKeys(session.account.id, 'dossier-a')).to.deep.equal([]);
    expect(await journaled('dossier-a'), 'the unsaved edit').to.equal(0);
    expect(localStorage.getItem(tokenKey(url))).to.equal(null);
  });

  it('with an unsent message, sign-out first says what would be lost; cancel keeps it', async () => {
    const session = await account();
    unsentMessages(session, 'dossier-b', 2);
    await rememberedUpload(session, 'dossier-b');
    const el = await signedIn(session);
    const before = storedKeys(session.account.id, 'dossier-b').sort();

    part(el, 'sign-out-button')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => Boolean(part(el, 'warning')), { message: 'the question' });
    expect(warning(el)).to.equal(
      'Attention : 2 messages non envoyés et 1 envoi de fichier inachevé seront perdus sur cet appareil.',
    );
    await waitFor(() => focusedId(el) === 'sign-out-warning', { message: 'the focus on the warning' });
    expect(isIn(el, 'signed-in'), 'nothing done yet').to.equal(true);

    // Escape, then the same question answered "Rester connecté": both keep everything.
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(part(el, 'warning')).to.equal(null);
    expect(focusedId(el), 'back on the button that asked').to.equal('sign-out-button');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => Boolean(part(el, 'stay-signed-in-button')), { message: 'the question again' });
    await press(el, 'stay-signed-in-button');

    expect(isIn(el, 'signed-in')).to.equal(true);
    expect(storedKeys(session.account.id, 'dossier-b').sort()).to.deep.equal(before);
    expect(localStorage.getItem(tokenKey(url))).to.equal(session.token);
  });

  it("the other account's data on the same browser is kept", async () => {
    const colleague = await account();
    unsentMessages(colleague, 'dossier-c', 1);
    await rememberedUpload(colleague, 'dossier-c');
    await unsavedEdit(colleague, 'dossier-c');
    const kept = storedKeys(colleague.account.id, 'dossier-c').sort();
    const session = await account();
    unsentMessages(session, 'dossier-d', 1);
    const el = await signedIn(session);

    await press(el, 'sign-out-button');
    await waitFor(() => Boolean(part(el, 'confirm-sign-out-button')), { message: 'the question' });
    await press(el, 'confirm-sign-out-button');
    await waitFor(() => isIn(el, 'signed-out'), { message: 'signed out' });

    expect(storedKeys(session.account.id, 'dossier-d')).to.deep.equal([]);
    expect(storedKeys(colleague.account.id, 'dossier-c').sort()).to.deep.equal(kept);
    expect(await journaled('dossier-c'), "the colleague's unsaved edit").to.equal(1);
  });

  it('asks its question accessibly', async () => {
    const session = await account();
    unsentMessages(session, 'dossier-e', 1);
    const el = await signedIn(session);
    await expect(el).to.be.accessible();
    await press(el, 'sign-out-everywhere-button');
    await waitFor(() => Boolean(part(el, 'warning')), { message: 'the question' });
    await expect(el).to.be.accessible();
    expect(part(el, 'sign-out-question')!.getAttribute('aria-labelledby')).to.equal('sign-out-warning');
  });

  it('speaks English after the page switches lang', async () => {
    const session = await account();
    unsentMessages(session, 'dossier-f', 1);
    const el = await signedIn(session, (inner) => `<div lang="fr">${inner}</div>`);
    expect(text(part(el, 'sign-out-everywhere-button'))).to.equal('Se déconnecter de tous les appareils');
    el.parentElement!.setAttribute('lang', 'en');
    await waitFor(() => text(part(el, 'sign-out-everywhere-button')) === 'Sign out of all devices', {
      message: 'English labels',
    });
    await press(el, 'sign-out-everywhere-button');
    await waitFor(() => Boolean(part(el, 'warning')), { message: 'the question' });
    expect(warning(el)).to.equal(
      'Warning: This account will be signed out on every device where it is signed in, this one included. You will need to sign in again on each. 1 unsent message will be lost on this device.',
    );
    expect(text(part(el, 'confirm-sign-out-button'))).to.equal('Sign out everywhere');
    expect(text(part(el, 'stay-signed-in-button'))).to.equal('Stay signed in');
  });
});
