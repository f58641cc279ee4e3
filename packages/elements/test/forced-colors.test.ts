import { expect, fixture, html } from '@open-wc/testing';
import { createClient } from '@qmi/core';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/assessment/assessment.js';
import '../src/dossier-view/dossier-view.js';
import '../src/messages/messages.js';
import '../src/notifications/notifications.js';
import '../src/review-board/review-board.js';
import '../src/session/session.js';
import type { QmiSessionElement } from '../src/session/session.js';
import { tokenKey } from '../src/session/session.storage.js';
import '../src/uploader/uploader.js';
import {
  type ButtonText,
  buttonsWithText,
  textsPaintedInCanvas,
  unreadableButtons,
} from './support/button-contrast.js';
import { invitedReviewer, organiserClient, submittedDossier } from './support/committee.js';
import { $, conflictInTwoTabs, newDossier, SANDBOX_NOW } from './support/form-helpers.js';
import { kind, pdf, pick } from './support/uploads.js';
import { ORGANISER, PASSWORD, sandboxUrl, setOffline, signUpVerified, uniqueEmail, waitFor } from './support/world.js';

/** A PNG of a region of the page, taken by the test runner (test/support/media-plugin.mjs). */
const screenshot = (clip: ButtonText['clip']) =>
  executeServerCommand<string, { clip: ButtonText['clip'] }>('screenshot', { clip });

/**
 * Windows High Contrast (`forced-colors: active`): every button's text must still be read. Judged
 * from the painted pixels of each button's text, at 4.5:1 (support/button-contrast.ts says why the
 * computed styles cannot tell), in each state of each element that has buttons; and no text may be
 * painted in the colour of the backplate behind it. Texts first: reading them scrolls nothing, so a
 * badge below the fold is still unread and shown.
 */
async function expectReadable(el: Element) {
  expect(textsPaintedInCanvas(el), 'texts painted in the backplate’s colour').to.deep.equal([]);
  expect(buttonsWithText(el).length, 'buttons to check').to.be.greaterThan(0);
  expect(await unreadableButtons(el, screenshot), 'buttons whose text cannot be read').to.deep.equal([]);
}

describe('Windows High Contrast (forced-colors: active): every button’s text can be read', function () {
  // The committee's elements first need a submitted dossier (an account, its documents, the submission)
  // and each test photographs every button: on a loaded machine that passes the usual 20 seconds.
  this.timeout(60_000);
  let url: string;
  before(async () => {
    url = await sandboxUrl();
    await executeServerCommand('forced-colors', { active: true });
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
  });
  after(() => executeServerCommand('forced-colors', { active: false }));
  beforeEach(() => localStorage.removeItem(tokenKey(url)));
  afterEach(() => setOffline(false));

  it('<qmi-session> signed out: "Se connecter" and "Créer un compte"', async () => {
    const el = await fixture<QmiSessionElement>(`<qmi-session api-base="${url}"><p>Le dossier</p></qmi-session>`);
    await waitFor(() => el.matches(':state(signed-out)'), { message: 'signed out' });
    await expectReadable(el);
  });

  it('<qmi-session> signed out, under the high-contrast theme and a partner’s ::part colours as well (the contrast guard must not bring the fill back)', async () => {
    const link = Object.assign(document.createElement('link'), {
      rel: 'stylesheet',
      href: '/themes/high-contrast.css',
    });
    const style = Object.assign(document.createElement('style'), {
      textContent: 'qmi-session::part(submit-button) { background: #6b1e8f; color: #fff; }',
    });
    await new Promise((resolve, reject) => {
      link.onload = resolve;
      link.onerror = reject;
      document.head.append(link, style);
    });
    try {
      const el = await fixture<QmiSessionElement>(`<qmi-session api-base="${url}"><p>Le dossier</p></qmi-session>`);
      await waitFor(() => el.matches(':state(signed-out)'), { message: 'signed out' });
      expect(
        getComputedStyle(el).getPropertyValue('--qmi-contrast').trim(),
        'the high-contrast theme applies',
      ).to.equal('more');
      await expectReadable(el);
    } finally {
      link.remove();
      style.remove();
    }
  });

  it('<qmi-session> signed in, asking to sign in again: "Se déconnecter", "Se reconnecter", "Annuler"', async () => {
    const session = await signUpVerified(createClient({ baseUrl: url }), { email: uniqueEmail(), password: PASSWORD });
    localStorage.setItem(tokenKey(url), session.token);
    const el = await fixture<QmiSessionElement>(`<qmi-session api-base="${url}"><p>Le dossier</p></qmi-session>`);
    await waitFor(() => el.matches(':state(signed-in)'), { message: 'signed in' });
    await expectReadable(el);
    void el.reauthenticate().catch(() => undefined);
    await el.updateComplete;
    await waitFor(() => Boolean(el.shadowRoot!.querySelector('dialog[open]')), { message: 'the dialog' });
    await expectReadable(el);
  });

  it('<qmi-application-form> with a conflict: "Garder ma version", "Garder l’autre version", the sections’ buttons and "Envoyer la candidature"', async () => {
    const { a, b } = await conflictInTwoTabs({ now: SANDBOX_NOW });
    a.parentElement!.remove();
    await expectReadable(b);
  });

  it('<qmi-messages>: "Envoyer", and the unread badge of a reply', async () => {
    const { client, application } = await newDossier();
    // Below the fold, so that the organisers' reply stays unread and its badge shown.
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="fr" style="margin-top: 300vh"><qmi-messages .client=${client} application=${application.id} now=${SANDBOX_NOW} poll-interval="1"></qmi-messages></div>`,
    );
    const el = wrapper.querySelector('qmi-messages')!;
    await waitFor(() => Boolean($(el, 'form button')), { message: 'the message form' });
    const organiser = createClient({ baseUrl: url });
    await organiser.auth.signIn(ORGANISER);
    await organiser.messages.send(application.id, { body: 'Votre dossier est bien reçu.' });
    await waitFor(() => Boolean($(el, '[part="badge"]')), { message: 'the unread badge' });
    await expectReadable(el);
  });

  it('<qmi-review-board>: the counts per status (one pressed), sorting, the exports and a checked row', async () => {
    const [organiser] = await Promise.all([organiserClient(), submittedDossier()]);
    const el = await fixture<HTMLElement>(
      html`<qmi-review-board .client=${organiser} call-id="qmi-2-test" now=${SANDBOX_NOW}></qmi-review-board>`,
    );
    await waitFor(() => Boolean($(el, 'tbody tr')), { message: 'the board' });
    // A status of its own pressed ("Tous" is pressed to begin with).
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.count')[1]!.click();
    // The rows of that status once shown (a row checked before would be filtered away).
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    $<HTMLInputElement>(el, 'tbody input[type="checkbox"]')!.click();
    await waitFor(() => Boolean($(el, '.count[aria-pressed="true"]') && $(el, 'tr.checked')), {
      message: 'a status filtered and a row checked',
    });
    await expectReadable(el);
  });

  it('<qmi-dossier-view> read by the organiser: the downloads, the history and the section comments', async () => {
    const { application } = await submittedDossier();
    const el = await fixture<HTMLElement>(
      html`<qmi-dossier-view .client=${await organiserClient()} application-id=${application.id}></qmi-dossier-view>`,
    );
    await waitFor(() => Boolean($(el, '[part="heading"]') && $(el, 'button')), { message: 'the dossier' });
    await expectReadable(el);
  });

  it('<qmi-assessment>: the reviewer’s ratings and "Envoyer", then the organiser’s synthesis and decisions', async () => {
    const organiser = await organiserClient();
    const { application } = await submittedDossier();
    const reviewer = await invitedReviewer(organiser);
    await organiser.assignments.assign(application.id, reviewer.id);
    for (const client of [reviewer.client, organiser]) {
      const el = await fixture<HTMLElement>(
        html`<qmi-assessment .client=${client} application-id=${application.id}></qmi-assessment>`,
      );
      await waitFor(() => Boolean($(el, '.section, .done')), { message: 'the assessment' });
      await expectReadable(el);
    }
  });

  it('<qmi-notifications>: "Marquer comme lu" and the unread count', async () => {
    const { client, application } = await newDossier();
    await (await organiserClient()).messages.send(application.id, { body: 'Votre dossier est bien reçu.' });
    const el = await fixture<HTMLElement>(html`<qmi-notifications .client=${client}></qmi-notifications>`);
    await waitFor(() => Boolean($(el, '.item--unread button')), { message: 'an unread notification' });
    await expectReadable(el);
  });

  it('<qmi-document-uploader> with a partner to choose: "Choisir un fichier"', async () => {
    const { client, application } = await newDossier('qmi-2');
    const rule = kind('partner_support');
    const partners = [{ id: 'p1', name: 'Office public de l’habitat' }];
    const el = await fixture<HTMLElement>(
      html`<qmi-document-uploader .client=${client} application=${application.id} .rule=${rule} .partners=${partners}></qmi-document-uploader>`,
    );
    await waitFor(() => Boolean($(el, 'label.button')), { message: 'the file picker' });
    await expectReadable(el);
  });

  it('<qmi-document-uploader> with a paused upload: "Reprendre" and "Annuler"', async () => {
    const { client, application } = await newDossier('qmi-2');
    const rule = kind('sector_sheet');
    const el = await fixture<HTMLElement>(
      html`<qmi-document-uploader .client=${client} application=${application.id} .rule=${rule}></qmi-document-uploader>`,
    );
    // The platform unreachable meanwhile, so that the pause comes before the end.
    await setOffline(true);
    pick(el, pdf('fiche.pdf', 3 * 1024 * 1024));
    await waitFor(() => Boolean($(el, 'button[part~="secondary"]')), { message: 'the pause button' });
    $<HTMLButtonElement>(el, 'button[part~="secondary"]')!.click();
    await waitFor(() => Boolean($(el, 'button[part~="primary"]')), { message: 'the resume button' });
    await expectReadable(el);
  });
});
