import { expect, fixture, html } from '@open-wc/testing';
import { exampleDossier } from '@qmi/core/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  $,
  conflictInTwoTabs,
  mountForm,
  newDossier,
  statusText,
  typeInto,
  waitForSaved,
} from './support/form-helpers.js';
import { restartSandbox, setOffline, waitFor } from './support/world.js';

/** What the server finally holds is the only judge: each test ends by reading it back. */
describe('<qmi-application-form> never loses an edit', () => {
  afterEach(() => setOffline(false));

  it('typing then reloading before the debounce fires loses nothing', async () => {
    const { client, application, call } = await newDossier();
    const first = await mountForm({ client, call, application: application.id, debounce: 60_000 });
    await typeInto(first, 'f-motivations-text', 'Écrit juste avant le rechargement');
    await waitFor(() => /attente/.test(statusText(first)), { message: 'pending status' });
    // The tab closes on a flaky network: its last save (on blur, on pagehide) does not get through,
    // the element and its engine are gone, only IndexedDB remains.
    await setOffline(true);
    first.parentElement!.remove();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await setOffline(false);
    expect((await client.applications.get(application.id)).motivations).to.equal(undefined);
    const second = await mountForm({ client, call, application: application.id });
    expect(($(second, '#f-motivations-text') as HTMLTextAreaElement).value).to.equal(
      'Écrit juste avant le rechargement',
    );
    await waitForSaved(second);
    expect((await client.applications.get(application.id)).motivations?.text).to.equal(
      'Écrit juste avant le rechargement',
    );
  });

  it('60 s offline, then back online, loses nothing and says what is happening', async function () {
    this.timeout(120_000);
    const { client, application, call } = await newDossier();
    const form = await mountForm({ client, call, application: application.id });
    await setOffline(true);
    await typeInto(form, 'f-challenge-title', 'Écrit hors ligne');
    await waitFor(() => /Hors ligne/.test(statusText(form)), { timeout: 15_000, message: 'offline status' });
    await typeInto(form, 'f-motivations-text', 'Toujours hors ligne, une minute durant');
    await new Promise((resolve) => setTimeout(resolve, 60_000));
    expect(statusText(form)).to.match(/Hors ligne/);
    await setOffline(false);
    await waitForSaved(form, 45_000);
    const stored = await client.applications.get(application.id);
    expect(stored.challenge?.title).to.equal('Écrit hors ligne');
    expect(stored.motivations?.text).to.equal('Toujours hors ligne, une minute durant');
  });

  it('a server restart in the middle of typing loses nothing', async function () {
    this.timeout(60_000);
    const { client, application, call } = await newDossier();
    const form = await mountForm({ client, call, application: application.id, debounce: 100 });
    const input = $(form, '#f-challenge-description') as HTMLTextAreaElement;
    input.focus();
    const restart = restartSandbox(1500);
    for (const word of ['Les ', 'rues ', 'autour ', 'des ', 'écoles ', 'sont ', 'encombrées.']) {
      await sendKeys({ type: word });
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    await restart;
    await waitForSaved(form, 45_000);
    expect((await client.applications.get(application.id)).challenge?.description).to.equal(
      'Les rues autour des écoles sont encombrées.',
    );
  });

  it('two tabs editing different fields both keep their edits', async () => {
    const { client, application, call } = await newDossier();
    const a = await mountForm({ client, call, application: application.id });
    const b = await mountForm({ client, call, application: application.id });
    await typeInto(a, 'f-challenge-title', 'Titre écrit dans l’onglet A');
    await typeInto(b, 'f-motivations-text', 'Motivations écrites dans l’onglet B');
    await waitForSaved(a);
    await waitForSaved(b);
    await waitFor(
      async () => {
        const stored = await client.applications.get(application.id);
        return (
          stored.challenge?.title === 'Titre écrit dans l’onglet A' &&
          stored.motivations?.text === 'Motivations écrites dans l’onglet B'
        );
      },
      { message: 'both edits on the server' },
    );
    // Each tab shows the other's edit too.
    await waitFor(
      () => ($(a, '#f-motivations-text') as HTMLTextAreaElement).value === 'Motivations écrites dans l’onglet B',
      { message: 'tab A in sync' },
    );
  });

  it('the same field edited in two tabs raises the conflict chooser, which is accessible and decides', async () => {
    // Tab B types "Version de Thomas" in the challenge's title while tab A saves "Version de Camille" in it.
    const { client, application, b } = await conflictInTwoTabs();
    const chooser = $(b, '[part="conflict"]')!;
    expect(chooser.textContent).to.include('Version de Thomas');
    expect(chooser.textContent).to.include('Version de Camille');
    expect(statusText(b)).to.match(/choisissez la version/);
    await expect(b).to.be.accessible();
    expect((await client.applications.get(application.id)).challenge?.title).to.equal('Version de Camille');
    [...chooser.querySelectorAll('button')].find((button) => button.textContent === 'Garder ma version')!.click();
    await waitFor(
      async () => (await client.applications.get(application.id)).challenge?.title === 'Version de Thomas',
      { message: 'mine kept' },
    );
  });

  it('a submit with a missing document is refused with the validators’ messages, and the dossier stays a draft', async () => {
    const { client, application } = await newDossier('qmi-2');
    await client.applications.update(application.id, exampleDossier(), { ifMatch: application.revision });
    const form = await mountForm({ client, call: 'qmi-2', application: application.id });
    ($(form, '#section-submit button') as HTMLButtonElement).click();
    await waitFor(() => Boolean($(form, '.error-summary')), { message: 'the error summary' });
    const summary = $(form, '.error-summary')!.textContent!;
    expect(summary).to.include('Ajoutez le document « Lettre d’engagement du maire ».');
    expect(summary).to.include('Ajoutez le document de soutien de « Office public de l’habitat »');
    // Compared as a boolean: a failed comparison of two elements stalls the test runner.
    expect(form.shadowRoot!.activeElement === $(form, '.error-summary'), 'the summary has focus').to.equal(true);
    expect($(form, '#f-documents-mayor_letter .error')!.textContent).to.include('Lettre d’engagement du maire');
    await expect(form).to.be.accessible();
    expect((await client.applications.get(application.id)).status).to.equal('draft');
  });

  it('a complete dossier is submitted after its last edits are saved, and shows the receipt', async () => {
    const { client, application, call } = await newDossier();
    const dossier = exampleDossier();
    dossier.partners = dossier.partners.map((partner) => ({ ...partner, supportLetter: false }));
    await client.applications.update(application.id, dossier, { ifMatch: application.revision });
    const form = await mountForm({ client, call, application: application.id, debounce: 60_000 });
    const submitted = new Promise((resolve) => form.addEventListener('qmi-submit', resolve));
    await typeInto(form, 'f-challenge-title', ' !');
    ($(form, '#section-submit button') as HTMLButtonElement).click();
    await submitted;
    const stored = await client.applications.get(application.id);
    expect(stored.status).to.equal('submitted');
    expect(stored.challenge?.title).to.equal(`${dossier.challenge.title} !`);
    await waitFor(() => Boolean($(form, '[part="receipt"]')), { message: 'the receipt' });
    expect($(form, '[part="receipt"]')!.textContent).to.include('Candidature envoyée');
    await expect(form).to.be.accessible();
  });
});

void fixture;
void html;
