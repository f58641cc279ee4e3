import { expect, fixture, html } from '@open-wc/testing';
import { startUpload } from '@qmi/core';
import { sendKeys } from '@web/test-runner-commands';
import '../src/uploader/uploader.js';
import type { QmiDocumentUploader } from '../src/uploader/uploader.component.js';
import { recordAnnouncements } from './support/announcements.js';
import { axFindAll, axTree } from './support/ax-tree.js';
import { deepActiveElement, describeFocus } from './support/focus.js';
import { mountForm, newDossier } from './support/form-helpers.js';
import { kind, pdf, pick, png } from './support/uploads.js';
import { setOffline, waitFor } from './support/world.js';

// Issue 12, from the side of a person with a keyboard and a screen reader: where the focus goes when
// an action takes its own control away, and what the uploader's live region says (once, and only
// for settled states).

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const button = (el: Element, text: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === text);
const rows = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part="file"]')];

async function mount(kindId: string, documentsFirst: File[] = []) {
  const { client, application } = await newDossier('qmi-2');
  for (const file of documentsFirst)
    await startUpload(client, file, { applicationId: application.id, kind: kindId }).done;
  const el = await fixture<QmiDocumentUploader>(
    html`<qmi-document-uploader .client=${client} application=${application.id} .rule=${kind(kindId)}></qmi-document-uploader>`,
  );
  if (documentsFirst.length)
    await waitFor(() => rows(el).length === documentsFirst.length, { message: 'the recorded files' });
  return { el, client, application };
}

/** Waits until the keyboard focus is on `expected` ("button Reprendre l’envoi de lettre.pdf"), saying where it is instead. */
const focusIs = (expected: string) =>
  waitFor(() => describeFocus() === expected, {
    timeout: 5000,
    message: `the focus on "${expected}" (it is on "${describeFocus()}")`,
  });
const focusOnInput = (el: QmiDocumentUploader, label: string) =>
  waitFor(
    () =>
      deepActiveElement() === $(el, 'input[type="file"]') &&
      $<HTMLInputElement>(el, 'input[type="file"]')!.labels?.[0]?.textContent === label,
    {
      timeout: 5000,
      message: `the focus on the file input "${label}" (it is on "${describeFocus()}")`,
    },
  );

describe('<qmi-document-uploader>: an action that takes its own control away moves the focus on', () => {
  afterEach(() => setOffline(false));

  it('choosing the one file of a kind puts the focus on its pause button; pausing, on "Reprendre"; cancelling, back on the file input', async () => {
    const { el } = await mount('mayor_letter');
    // The platform cannot be reached: the upload keeps trying, so the file stays in progress.
    await setOffline(true);
    $<HTMLInputElement>(el, 'input[type="file"]')!.focus();
    pick(el, pdf('lettre.pdf'));
    await waitFor(() => rows(el).length === 1, { message: 'the file in the list' });
    expect($(el, 'input[type="file"]'), 'the picker gives way to the one file').to.equal(null);
    await focusIs('button Mettre en pause l’envoi de lettre.pdf');

    await sendKeys({ press: 'Enter' });
    await focusIs('button Reprendre l’envoi de lettre.pdf');

    await sendKeys({ press: 'Tab' });
    await focusIs('button Annuler l’envoi de lettre.pdf');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => rows(el).length === 0, { message: 'the file gone' });
    await focusOnInput(el, 'Choisir un fichier');
  });

  it('a file sent moves the focus from its pause button to its remove button; removing it brings the file input back, focused', async () => {
    const { el } = await mount('mayor_letter');
    const complete = new Promise((resolve) => el.addEventListener('qmi-upload-complete', resolve, { once: true }));
    $<HTMLInputElement>(el, 'input[type="file"]')!.focus();
    pick(el, pdf('lettre.pdf', 2 * 1024 * 1024));
    await complete;
    await focusIs('button Supprimer lettre.pdf');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => rows(el).length === 0, { message: 'the file removed' });
    await focusOnInput(el, 'Choisir un fichier');
  });

  it('removing one of several files puts the focus on the next file’s remove button, the last one on the file input', async () => {
    const { el } = await mount('sector_sheet', [pdf('fiche-1.pdf', 1000), pdf('fiche-2.pdf', 2000)]);
    const names = () => rows(el).map((row) => row.querySelector('.name')!.textContent);
    expect(names()).to.deep.equal(['fiche-1.pdf', 'fiche-2.pdf']);
    button(el, 'Supprimer fiche-1.pdf')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => names().length === 1, { message: 'the first file removed' });
    await focusIs('button Supprimer fiche-2.pdf');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => names().length === 0, { message: 'the second file removed' });
    await focusOnInput(el, 'Choisir un fichier');
  });

  it('cancelling one of two uploads puts the focus on the other file’s first action', async () => {
    const { el } = await mount('sector_sheet');
    await setOffline(true);
    pick(el, pdf('fiche-a.pdf', 1000), pdf('fiche-b.pdf', 2000));
    await waitFor(() => rows(el).length === 2, { message: 'both files in the list' });
    button(el, 'Annuler l’envoi de fiche-a.pdf')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => rows(el).length === 1, { message: 'the first file cancelled' });
    await focusIs('button Mettre en pause l’envoi de fiche-b.pdf');
  });

  it('a file leaving the list above the focused one leaves the focus on the same button of that file', async () => {
    const { el } = await mount('sector_sheet');
    await setOffline(true);
    pick(el, pdf('fiche-a.pdf', 1000), pdf('fiche-b.pdf', 2000));
    await waitFor(() => rows(el).length === 2, { message: 'both files in the list' });
    button(el, 'Annuler l’envoi de fiche-b.pdf')!.focus();
    // The first file goes by the pointer (a click does not move the focus), as another file sent would.
    button(el, 'Annuler l’envoi de fiche-a.pdf')!.click();
    await waitFor(() => rows(el).length === 1, { message: 'the first file cancelled' });
    await focusIs('button Annuler l’envoi de fiche-b.pdf');
    await new Promise((resolve) => setTimeout(resolve, 200));
    await focusIs('button Annuler l’envoi de fiche-b.pdf');
  });
});

describe('<qmi-document-uploader>: one polite live region says the result of each action, once', () => {
  afterEach(() => setOffline(false));

  it('started, paused, resumed, sent, cancelled, refused (before sending and by the platform), removed: each said once, and no progress step', async function () {
    this.timeout(60_000);
    const { el } = await mount('sector_sheet');
    const said = recordAnnouncements(el);
    // Results that come together (a resume, then the end a moment later) may be said in one announcement.
    const everything = () => said.list.join(' ');
    const saidAlready = (words: string) =>
      waitFor(() => everything().includes(words), {
        message: `"${words}" announced (said: ${JSON.stringify(said.list)})`,
      });

    // Sent, with a pause on the way (the platform unreachable meanwhile, so that the pause comes before the end).
    await setOffline(true);
    pick(el, pdf('fiche-a.pdf', 3 * 1024 * 1024));
    await saidAlready('Envoi de fiche-a.pdf commencé.');
    button(el, 'Mettre en pause l’envoi de fiche-a.pdf')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => Boolean(button(el, 'Reprendre l’envoi de fiche-a.pdf')), { message: 'the upload paused' });
    await saidAlready('Envoi de fiche-a.pdf mis en pause.');
    await setOffline(false);
    const complete = new Promise((resolve) => el.addEventListener('qmi-upload-complete', resolve, { once: true }));
    button(el, 'Reprendre l’envoi de fiche-a.pdf')!.focus();
    await sendKeys({ press: 'Enter' });
    await complete;
    await saidAlready('fiche-a.pdf envoyé.');

    // Cancelled.
    await setOffline(true);
    pick(el, pdf('fiche-b.pdf', 1000));
    await saidAlready('Envoi de fiche-b.pdf commencé.');
    button(el, 'Annuler l’envoi de fiche-b.pdf')!.focus();
    await sendKeys({ press: 'Enter' });
    await saidAlready('Envoi de fiche-b.pdf annulé.');
    await setOffline(false);

    // Refused before sending (a format the kind does not take), then by the platform (a PNG renamed .pdf).
    pick(el, new File(['colonne;valeur'], 'budget.csv', { type: 'text/csv' }));
    await saidAlready('« budget.csv » n’a pas été envoyé');
    const refused = new Promise((resolve) => el.addEventListener('qmi-upload-error', resolve, { once: true }));
    pick(el, png('faux.pdf', 'application/pdf'));
    await refused;
    await saidAlready('« faux.pdf » a été refusé par la plateforme.');

    // Removed.
    button(el, 'Supprimer fiche-a.pdf')!.click();
    await saidAlready('fiche-a.pdf supprimé.');
    // Time for anything said twice to show.
    await new Promise((resolve) => setTimeout(resolve, 500));
    said.stop();

    // Everything said, in order, each once, and nothing else (no percent, no "trying again").
    const expected = [
      'Envoi de fiche-a.pdf commencé.',
      'Envoi de fiche-a.pdf mis en pause.',
      'Envoi de fiche-a.pdf repris.',
      'fiche-a.pdf envoyé.',
      'Envoi de fiche-b.pdf commencé.',
      'Envoi de fiche-b.pdf annulé.',
      /« budget\.csv » n’a pas été envoyé : seuls ces formats sont acceptés : [A-Z, ]+\./,
      'Envoi de faux.pdf commencé.',
      /« faux\.pdf » a été refusé par la plateforme\. [^«]+ Choisissez un autre fichier\./,
      'fiche-a.pdf supprimé.',
    ];
    const pattern = expected
      .map((part) => (typeof part === 'string' ? part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : part.source))
      .join(' ');
    expect(everything()).to.match(new RegExp(`^${pattern}$`));
    expect(
      said.list.some((text) => /%|essai/.test(text)),
      'no progress step said',
    ).to.equal(false);
  });

  it('a refusal is said once, not by an alert and a live region both', async () => {
    const { el } = await mount('mayor_letter');
    const said = recordAnnouncements(el);
    pick(el, png('scan.png'));
    await waitFor(() => Boolean($(el, '[part="error"]')), { message: 'the refusal shown' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    said.stop();
    expect(said.list).to.deep.equal(['« scan.png » n’a pas été envoyé : seuls ces formats sont acceptés : PDF.']);
  });

  it('the same words twice are said twice: two files of the same name, each started and sent', async () => {
    const { el } = await mount('sector_sheet');
    const said = recordAnnouncements(el);
    let completed = 0;
    el.addEventListener('qmi-upload-complete', () => completed++);
    // Two files named alike (from two folders), of different sizes.
    pick(el, pdf('fiche.pdf', 1000), pdf('fiche.pdf', 2000));
    await waitFor(() => completed === 2, { message: 'both files sent' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    said.stop();
    const times = (words: string) => said.list.join(' ').split(words).length - 1;
    expect(times('Envoi de fiche.pdf commencé.'), `said: ${JSON.stringify(said.list)}`).to.equal(2);
    expect(times('fiche.pdf envoyé.'), `said: ${JSON.stringify(said.list)}`).to.equal(2);
  });
});

describe('<qmi-document-uploader>: names that say what each control acts on', () => {
  it('in the form, the three "Choisir un fichier" name their document (the visible words first), and each file’s buttons and list name it', async function () {
    this.timeout(30_000);
    const { client, application, call } = await newDossier('qmi-2');
    await startUpload(client, pdf('fiche-secteur.pdf'), { applicationId: application.id, kind: 'sector_sheet' }).done;
    const form = await mountForm({ client, call, application: application.id });
    await waitFor(() => form.shadowRoot!.querySelectorAll('qmi-document-uploader').length === 3, {
      message: 'three uploaders',
    });
    const tree = await axTree();
    const choose = axFindAll(
      tree,
      (node) => node.role === 'button' && /^(Choisir un fichier|Ajouter un autre fichier)/.test(node.name ?? ''),
    ).map((node) => node.name);
    expect(choose).to.deep.equal([
      'Choisir un fichier : Lettre d’engagement du maire',
      'Ajouter un autre fichier : Fiche de présentation du ou des secteurs proposés',
      'Choisir un fichier : Documents attestant le soutien des partenaires locaux',
    ]);
    expect(
      axFindAll(tree, (node) => node.role === 'button' && node.name === 'Supprimer fiche-secteur.pdf'),
    ).to.have.length(1);
    // (A list is not in Puppeteer's "interesting" tree: its name is its aria-label.)
    const lists = [...form.shadowRoot!.querySelectorAll('qmi-document-uploader')].map((uploader) =>
      uploader.shadowRoot!.querySelector('ul')?.getAttribute('aria-label'),
    );
    expect(lists).to.deep.equal([undefined, 'Fichiers : Fiche de présentation du ou des secteurs proposés', undefined]);
  });

  it('alone, in English, the file input names its document too', async () => {
    const { client, application } = await newDossier('qmi-2');
    const wrapper = await fixture(
      html`<div lang="en"><qmi-document-uploader .client=${client} application=${application.id} .rule=${kind('mayor_letter')}></qmi-document-uploader></div>`,
    );
    // On an English page the uploader renders once its English strings are loaded.
    await wrapper.querySelector('qmi-document-uploader')!.updateComplete;
    const tree = await axTree();
    expect(
      axFindAll(tree, (node) => node.role === 'button' && (node.name ?? '').startsWith('Choose a file')).map(
        (node) => node.name,
      ),
    ).to.deep.equal(['Choose a file: Mayor’s letter of commitment']);
  });
});
