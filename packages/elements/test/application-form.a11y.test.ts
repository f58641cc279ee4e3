import { expect } from '@open-wc/testing';
import { createClient } from '@qmi/core';
import { exampleDossier } from '@qmi/core/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { QmiApplicationForm } from '../src/form/application-form.component.js';
import { recordAnnouncements } from './support/announcements.js';
import { axFindAll, axHeadings, axTree, type AxNode } from './support/ax-tree.js';
import { deepActiveElement, describeFocus } from './support/focus.js';
import {
  $,
  conflictInTwoTabs,
  mountForm,
  newDossier,
  statusText,
  typeInto,
  waitForSaved,
} from './support/form-helpers.js';
import { formInSession } from './support/form-in-session.js';
import { PASSWORD, setOffline, waitFor } from './support/world.js';

// Issue 12, from the side of a person with a keyboard and a screen reader: where the focus goes after
// each action of the form (an action never leaves it on <body>), what the form's one live region says
// (results of actions and settled save states, not every step), and what the accessibility tree says
// of required fields, headings and the names of buttons.

const buttonNamed = (form: Element, name: string) =>
  [...form.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent?.replace(/\s+/g, ' ').trim()) === name,
  );

/** Waits until the keyboard focus is on `expected` ("input#f-partners-2-name"), saying where it is instead. */
const focusIs = (expected: string) =>
  waitFor(() => describeFocus().startsWith(expected), {
    timeout: 5000,
    message: `the focus on "${expected}" (it is on "${describeFocus()}")`,
  });

/** Presses a button with the keyboard, as a person would: focus, then Enter. */
async function press(form: Element, name: string) {
  const button = buttonNamed(form, name);
  expect(button, `a button named "${name}"`).to.not.equal(undefined);
  button!.focus();
  await sendKeys({ press: 'Enter' });
}

async function filledForm(options: { lang?: string } = {}) {
  const { client, application, call } = await newDossier();
  await client.applications.update(application.id, exampleDossier(), { ifMatch: application.revision });
  const form = await mountForm({ client, call, application: application.id, ...options });
  return { client, application, call, form };
}

const partnerNames = (form: Element) =>
  [...form.shadowRoot!.querySelectorAll<HTMLInputElement>('input[id^="f-partners-"]')]
    .filter((input) => /^f-partners-\d+-name$/.test(input.id))
    .map((input) => input.value);

describe('<qmi-application-form>: the focus after each action, and what is announced', () => {
  it('"Ajouter : Partenaires" puts the focus on the new partner’s first field and says it was added', async () => {
    const { form } = await filledForm();
    const said = recordAnnouncements(form);
    await press(form, 'Ajouter : Partenaires');
    await focusIs('input#f-partners-2-name');
    await waitFor(() => said.list.includes('Partenaires 3 ajouté.'), {
      message: `the addition announced (said: ${JSON.stringify(said.list)})`,
    });
    await expect(form).to.be.accessible();
  });

  it('"Descendre Partenaires 1" moves the partner with its DOM and its focus, and says where it went', async () => {
    const { form } = await filledForm();
    const [first, second] = exampleDossier().partners.map((partner) => partner.name);
    await press(form, 'Ajouter : Partenaires');
    await focusIs('input#f-partners-2-name');
    await sendKeys({ type: 'Collège Pleyel' });
    const item = $(form, '#f-partners-0');
    const said = recordAnnouncements(form);
    await press(form, 'Descendre Partenaires 1');
    await waitFor(() => partnerNames(form)[1] === first, { message: 'the partner moved down' });
    expect(partnerNames(form)).to.deep.equal([second, first, 'Collège Pleyel']);
    // Keyed by the item's id: the same fieldset, now second (compared as a boolean: a failed comparison of elements stalls the runner).
    expect($(form, '#f-partners-1') === item, 'the moved item keeps its DOM').to.equal(true);
    await focusIs('button#f-partners-1-down Descendre Partenaires 2');
    await waitFor(() => said.list.includes('Partenaires 1 déplacé en position 2.'), {
      message: `the move announced (said: ${JSON.stringify(said.list)})`,
    });

    // Down again: now last, its "Descendre" is disabled, so the focus goes to its "Monter".
    await sendKeys({ press: 'Enter' });
    await waitFor(() => partnerNames(form)[2] === first, { message: 'the partner moved to the end' });
    await focusIs('button#f-partners-2-up Monter Partenaires 3');
    await waitFor(() => said.list.includes('Partenaires 2 déplacé en position 3.'), {
      message: `the second move announced (said: ${JSON.stringify(said.list)})`,
    });
  });

  it('"Supprimer Partenaires 1" puts the focus on the next partner’s first field; removing the last one, on the previous; the only one, on "Ajouter"', async () => {
    const { form } = await filledForm();
    const [, second] = exampleDossier().partners.map((partner) => partner.name);
    await press(form, 'Ajouter : Partenaires');
    await focusIs('input#f-partners-2-name');
    const said = recordAnnouncements(form);

    await press(form, 'Supprimer Partenaires 1');
    await waitFor(() => partnerNames(form).length === 2, { message: 'the first partner removed' });
    await focusIs('input#f-partners-0-name');
    expect((deepActiveElement() as HTMLInputElement).value, 'the next partner, now first').to.equal(second);
    await waitFor(() => said.list.includes('Partenaires 1 supprimé.'), {
      message: `the removal announced (said: ${JSON.stringify(said.list)})`,
    });

    await press(form, 'Supprimer Partenaires 2');
    await waitFor(() => partnerNames(form).length === 1, { message: 'the last partner removed' });
    await focusIs('input#f-partners-0-name');

    await press(form, 'Supprimer Partenaires 1');
    await waitFor(() => partnerNames(form).length === 0, { message: 'no partner left' });
    await focusIs('button#f-partners-add Ajouter : Partenaires');
  });

  it('a conflict on the field being typed in shows its chooser right after that field, takes the focus there, and "Garder l’autre version" gives the focus back to the field', async () => {
    // Tab B types in the field while tab A saves another version of it.
    const { b } = await conflictInTwoTabs();
    // Next to the field: the chooser is the next thing after the field in the page's order, and it has the focus.
    const chooser = $(b, '[part="conflict"]')!;
    const field = $(b, '#f-challenge-title')!;
    const between = [...b.shadowRoot!.querySelectorAll('input, select, textarea, button, a[href], [tabindex]')].filter(
      (node) =>
        field.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING &&
        chooser.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING &&
        !chooser.contains(node),
    );
    expect(
      between.map((node) => node.outerHTML.slice(0, 80)),
      'nothing focusable between the field and its chooser',
    ).to.deep.equal([]);
    await waitFor(() => deepActiveElement() === chooser, {
      timeout: 5000,
      message: `the focus on the chooser (it is on "${describeFocus()}")`,
    });
    // Its buttons say which field they decide.
    expect(buttonNamed(b, 'Garder ma version : Intitulé du défi'), 'keep mine, named with the field').to.not.equal(
      undefined,
    );
    // The two versions are values shown side by side, not quotations (RGAA 8.9).
    expect(chooser.querySelectorAll('blockquote').length, 'no <blockquote> for a value').to.equal(0);
    await press(b, 'Garder l’autre version : Intitulé du défi');
    await waitFor(() => !$(b, '[part="conflict"]'), { message: 'the chooser gone' });
    await focusIs('input#f-challenge-title');
    expect((deepActiveElement() as HTMLInputElement).value).to.equal('Version de Camille');
    await expect(b).to.be.accessible();
  });

  it('after signing in again from the status line’s "Se reconnecter", the focus is back on the field being edited, not on <body>', async function () {
    this.timeout(60_000);
    const { url, session, form, dialog, forget } = await formInSession();
    try {
      await createClient({ baseUrl: url, token: session.token }).auth.signOut();
      await typeInto(form, 'f-motivations-text', 'Écrit après l’expiration');
      await waitFor(() => Boolean(dialog()?.open), { timeout: 15_000, message: 'the sign-in dialog' });
      // "Not now": the dialog closes, the edits wait, the status line offers to sign in again.
      await sendKeys({ press: 'Escape' });
      await waitFor(() => !dialog(), { message: 'the dialog closed' });
      await waitFor(() => Boolean(buttonNamed(form, 'Se reconnecter')), {
        message: 'the status line’s "Se reconnecter"',
      });
      await press(form, 'Se reconnecter');
      await waitFor(() => Boolean(dialog()?.open), { message: 'the sign-in dialog again' });
      dialog()!.querySelector<HTMLInputElement>('input[type="password"]')!.focus();
      await sendKeys({ type: PASSWORD });
      await sendKeys({ press: 'Enter' });
      await waitForSaved(form, 20_000);
      await focusIs('textarea#f-motivations-text');
    } finally {
      forget();
    }
  });

  it('"Réessayer" in the status line, once the save goes through, leaves the focus on the status line', async function () {
    this.timeout(30_000);
    const { client, application, call } = await newDossier();
    const form = await mountForm({ client, call, application: application.id });
    try {
      await setOffline(true);
      await typeInto(form, 'f-challenge-title', 'Écrit hors ligne');
      await waitFor(() => Boolean(buttonNamed(form, 'Réessayer')), {
        timeout: 15_000,
        message: 'the status line’s "Réessayer"',
      });
      // Offline a while, the form's own next try is seconds away: the person's "Réessayer" comes first.
      await new Promise((resolve) => setTimeout(resolve, 5000));
    } finally {
      await setOffline(false);
    }
    await press(form, 'Réessayer');
    await waitForSaved(form);
    await focusIs('p#status Enregistré à');
  });

  it('sending the dossier takes the focus to the receipt (the send button is gone)', async () => {
    const { client, application, call } = await newDossier();
    const dossier = exampleDossier();
    dossier.partners = dossier.partners.map((partner) => ({ ...partner, supportLetter: false }));
    await client.applications.update(application.id, dossier, { ifMatch: application.revision });
    const form = await mountForm({ client, call, application: application.id });
    await press(form, 'Envoyer la candidature');
    await waitFor(() => Boolean($(form, '[part="receipt"]')), { message: 'the receipt' });
    await focusIs('section#receipt Candidature envoyée');
  });

  it('tabbing through five contact fields says the save once it settles ("Enregistré à …"), not each step, through one live region', async function () {
    this.timeout(30_000);
    const { client, application, call } = await newDossier();
    const form = await mountForm({ client, call, application: application.id });
    const said = recordAnnouncements(form);
    expect(said.regions().length, 'one live region').to.equal(1);
    $(form, '#f-team-agent-firstName')!.focus();
    for (const value of ['Camille', 'Martin', 'Cheffe de projet', 'c.martin@mairie.example', '0102030405']) {
      await sendKeys({ type: value });
      await sendKeys({ press: 'Tab' });
    }
    await waitForSaved(form);
    await waitFor(() => said.list.length > 0, { timeout: 5000, message: 'the save announced' });
    // Time for any further announcement to come.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    said.stop();
    expect(said.list.length, `at most two announcements (said: ${JSON.stringify(said.list)})`).to.be.at.most(2);
    for (const text of said.list) expect(text).to.match(/^Enregistré à \d\d:\d\d\.$/);
    expect(statusText(form), 'the visible status line stays').to.match(/Enregistré à/);
  });

  it('says "Cette section est complète." after checking a complete section, and says it again when checked again', async () => {
    const { form } = await filledForm();
    const said = recordAnnouncements(form);
    const check = 'Vérifier la section : Le défi et le quartier d’innovation';
    await press(form, check);
    await waitFor(() => said.list.length === 1, { message: 'the first announcement' });
    await press(form, check);
    await waitFor(() => said.list.length === 2, {
      message: `the second announcement (said: ${JSON.stringify(said.list)})`,
    });
    expect(said.list).to.deep.equal(['Cette section est complète.', 'Cette section est complète.']);
    expect(describeFocus(), 'the focus stays on the button').to.match(/^button Vérifier la section/);
  });

  it('the error summary takes the focus, with its heading, and is not also an alert (read once)', async () => {
    const { client, application, call } = await newDossier();
    const form = await mountForm({ client, call, application: application.id });
    const said = recordAnnouncements(form);
    await press(form, 'Vérifier la section : L’équipe de la commune');
    await waitFor(() => Boolean($(form, '.error-summary')), { message: 'the error summary' });
    const summary = $(form, '.error-summary')!;
    expect(summary.getAttribute('role'), 'no alert role').to.equal(null);
    expect(summary.getAttribute('tabindex')).to.equal('-1');
    expect(summary.querySelector('h3')?.textContent).to.equal('Il y a un problème');
    await waitFor(() => deepActiveElement() === summary, {
      message: `the focus on the summary (it is on "${describeFocus()}")`,
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(said.list, 'nothing announced besides the focus').to.deep.equal([]);
  });
});

describe('<qmi-application-form>: what the accessibility tree says', () => {
  // The whole page's tree: the fixture holds nothing but the form (a snapshot rooted at the element leaves its shadow root out).
  const textbox = (tree: AxNode, name: string) =>
    axFindAll(tree, (node) => ['textbox', 'combobox'].includes(node.role) && node.name === name);

  it('exposes required fields as required, optional ones not, and says so in one sentence at the top', async () => {
    const { client, application, call } = await newDossier();
    const form = await mountForm({ client, call, application: application.id });
    const tree = await axTree();
    expect(textbox(tree, 'Intitulé du défi').map((node) => node.required)).to.deep.equal([true]);
    expect(textbox(tree, 'Description du défi').map((node) => node.required)).to.deep.equal([true]);
    expect(textbox(tree, 'Autres ressources (facultatif)').map((node) => Boolean(node.required))).to.deep.equal([
      false,
    ]);
    // A person's phone is optional, the rest of the person required (the communication referent is optional whole).
    expect(textbox(tree, 'Téléphone (facultatif)').map((node) => Boolean(node.required))).to.deep.equal([
      false,
      false,
      false,
      false,
    ]);
    expect(textbox(tree, 'Prénom').map((node) => node.required)).to.deep.equal([true, true, true]);
    expect(textbox(tree, 'Prénom (facultatif)').map((node) => Boolean(node.required))).to.deep.equal([false]);
    const sentence = 'Tous les champs sont obligatoires sauf ceux marqués « facultatif ».';
    expect(form.shadowRoot!.textContent).to.include(sentence);
    // Before the first field.
    const note = [...form.shadowRoot!.querySelectorAll('p')].find((p) => p.textContent === sentence)!;
    expect(
      Boolean(note.compareDocumentPosition($(form, '#f-applicant-department')!) & Node.DOCUMENT_POSITION_FOLLOWING),
    ).to.equal(true);
    await expect(form).to.be.accessible();
  });

  it('in English too: the sentence, the names, the announcements', async () => {
    const { client, application, call } = await newDossier();
    const form = await mountForm({ client, call, application: application.id, lang: 'en' });
    expect(form.shadowRoot!.textContent).to.include('All fields are required unless marked “optional”.');
    expect(buttonNamed(form, 'Check this section: The challenge and the innovation district')).to.not.equal(undefined);
    const said = recordAnnouncements(form);
    await press(form, 'Add: Partners');
    await focusIs('input#f-partners-0-name');
    await waitFor(() => said.list.includes('Partners 1 added.'), {
      message: `the addition announced in English (said: ${JSON.stringify(said.list)})`,
    });
  });

  it('names each "Vérifier la section" button after its section, the visible text first', async () => {
    const { form } = await filledForm();
    const tree = await axTree();
    const checks = axFindAll(tree, (node) => node.role === 'button' && /^Vérifier/.test(node.name ?? '')).map(
      (node) => node.name,
    );
    expect(checks).to.include('Vérifier la section : Le défi et le quartier d’innovation');
    expect(new Set(checks).size, 'no two alike').to.equal(checks.length);
    const visible = buttonNamed(form, 'Vérifier la section : Le défi et le quartier d’innovation')!.textContent!.trim();
    expect(
      checks.every((name) => name!.startsWith(visible)),
      'the visible text starts each name (WCAG 2.5.3)',
    ).to.equal(true);
  });

  it('gives its headings the levels heading-level sets, 2 by default', async () => {
    const { form } = await filledForm();
    const levels = async () => {
      const headings = axHeadings(await axTree());
      return {
        title: headings.find((h) => h.endsWith(exampleDossierTitle(form))),
        section: headings.find((h) => h.endsWith('Le défi et le quartier d’innovation')),
      };
    };
    expect(await levels()).to.deep.equal({
      title: `2 ${exampleDossierTitle(form)}`,
      section: '3 Le défi et le quartier d’innovation',
    });
    form.setAttribute('heading-level', '4');
    await (form as QmiApplicationForm).updateComplete;
    expect(await levels()).to.deep.equal({
      title: `4 ${exampleDossierTitle(form)}`,
      section: '5 Le défi et le quartier d’innovation',
    });
    await expect(form).to.be.accessible();
  });
});

/** The call's title, the form's own heading. */
const exampleDossierTitle = (form: Element) =>
  form.shadowRoot!.querySelector('.header')!.querySelector('h1, h2, h3, h4, h5, h6')!.textContent!.trim();
