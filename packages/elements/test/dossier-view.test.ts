// <qmi-dossier-view> against the real sandbox: a commune reads its submitted dossier, downloads a
// document and its receipt; organisers read the history and comment per section on a draft whose
// commune asked for advice; someone else is told the dossier cannot be found; and it prints.
import { createClient, type QmiClient, startUpload } from '@qmi/core';
import { exampleDossier } from '@qmi/core/testing';
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/dossier-view/dossier-view.js';
import type { QmiDossierView } from '../src/dossier-view/dossier-view.component.js';
import { invitedReviewer, organiserClient } from './support/committee.js';
import { newDossier } from './support/form-helpers.js';
import { pdf } from './support/uploads.js';
import { PASSWORD, sandboxUrl, signUpVerified, uniqueEmail, waitFor } from './support/world.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** A complete dossier with one uploaded document, submitted by the commune's verified agent. */
async function submittedWithDocument() {
  const { client, application, call } = await newDossier('qmi-2-test');
  const dossier = exampleDossier();
  dossier.partners = dossier.partners.map((partner) => ({ ...partner, supportLetter: false }));
  const file = pdf('lettre-du-maire.pdf', 4096);
  await startUpload(client, file, { applicationId: application.id, kind: 'mayor_letter' }).done;
  const current = await client.applications.get(application.id);
  const filled = await client.applications.update(application.id, dossier, { ifMatch: current.revision });
  const submitted = await client.applications.submit(filled.id, { ifMatch: filled.revision });
  return { client, application: submitted, call, file };
}

async function mount(client: QmiClient, applicationId: string, lang = 'fr') {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}><qmi-dossier-view .client=${client} application-id=${applicationId}></qmi-dossier-view></div>`,
  );
  const el = wrapper.querySelector('qmi-dossier-view') as QmiDossierView;
  await waitFor(() => Boolean($(el, '[part="dossier"], [role="alert"]')), { message: 'the dossier to load' });
  return el;
}

/** Catches the files the view hands to the browser (the object URLs it makes), instead of saving them. */
function catchDownloads() {
  const blobs: Blob[] = [];
  const original = URL.createObjectURL.bind(URL);
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (object: Blob | MediaSource) => {
    if (object instanceof Blob) blobs.push(object);
    return original(object);
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (!this.href.startsWith('blob:')) click.call(this);
  };
  return {
    blobs,
    restore: () => {
      URL.createObjectURL = original;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}

describe('<qmi-dossier-view>', () => {
  // One submitted dossier for the tests that only read it (each makes its own view).
  let shared: ReturnType<typeof submittedWithDocument>;
  before(() => {
    shared = submittedWithDocument();
  });
  it('shows the commune its submitted dossier: each section with its answers, the partners listed, the document with its fingerprint', async () => {
    const { client, application } = await shared;
    const el = await mount(client, application.id);
    expect(text($(el, '[part="heading"]'))).to.match(/^Dossier de /);
    expect(text($(el, '[part="status"]'))).to.equal('Déposé');
    const challenge = $(el, '[aria-labelledby="s-challenge"]')!;
    expect(text(challenge)).to.contain('Intitulé du défi');
    expect(text(challenge)).to.contain('Apaiser les abords des écoles du quartier Pleyel');
    expect(text(challenge)).to.contain('Secteurs proposés n° 1');
    const partners = $(el, '[aria-labelledby="s-partners"]')!;
    expect(text(partners)).to.contain('Office public de l’habitat');
    expect(text(partners)).to.contain('Bailleur social');
    const file = $(el, '[part="file"]')!;
    expect(text(file)).to.contain('lettre-du-maire.pdf');
    expect(text(file)).to.contain(application.documents[0]?.sha256 ?? 'no document');
    await expect(el).to.be.accessible();
  });

  it('downloads a document with the bytes the commune uploaded', async () => {
    const { client, application, file } = await shared;
    const el = await mount(client, application.id);
    const downloads = catchDownloads();
    try {
      $(el, '[part="file"] a')!.click();
      await waitFor(() => downloads.blobs.length > 0, { message: 'the download' });
      const got = new Uint8Array(await downloads.blobs[0]!.arrayBuffer());
      expect([...got]).to.deep.equal([...new Uint8Array(await file.arrayBuffer())]);
      await waitFor(() => text($(el, '[part="download-status"]')) === 'lettre-du-maire.pdf est téléchargé.');
    } finally {
      downloads.restore();
    }
  });

  it('lists the submission receipt, and downloads it as a PDF', async () => {
    const { client, application } = await shared;
    const el = await mount(client, application.id);
    const receipt = await waitFor(() => Boolean($(el, '[part~="receipt"] a'))).then(() =>
      $(el, '[part~="receipt"] a')!,
    );
    expect(text(receipt)).to.match(/^Récépissé du dépôt du .* \(heure de Paris\) \(PDF\)$/);
    const downloads = catchDownloads();
    try {
      receipt.click();
      await waitFor(() => downloads.blobs.length > 0, { message: 'the receipt' });
      const head = new TextDecoder().decode(await downloads.blobs[0]!.slice(0, 5).arrayBuffer());
      expect(head).to.equal('%PDF-');
    } finally {
      downloads.restore();
    }
  });

  it('shows organisers the history of the dossier: who did what, when', async () => {
    const { application } = await shared;
    const el = await mount(await organiserClient(), application.id);
    const rows = $$(el, '[part="history-table"] tbody tr').map(text);
    expect(rows.some((row) => row.includes('Dossier créé') && row.includes('Titulaire du dossier'))).to.equal(true);
    expect(rows.some((row) => row.includes('Dossier déposé'))).to.equal(true);
    expect(text($(el, '[part="history-table"] caption'))).to.contain('heure de Paris');
  });

  it('lets organisers comment on a section of a draft whose commune asked for advice; an empty comment is refused beside its field', async () => {
    const { client, application } = await newDossier('qmi-2-test');
    await client.advice.request(application.id, { message: 'Pouvez-vous relire nos motivations ?' });
    const organiser = await organiserClient();
    const el = await mount(organiser, application.id);
    expect(text($(el, '[part="notice"]'))).to.contain('La commune a demandé un avis');

    const field = $<HTMLTextAreaElement>(el, '#comment-motivations')!;
    const form = field.closest('form')!;
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitFor(() => Boolean($(el, '#comment-motivations-error')), { message: 'the refusal' });
    expect(text($(el, '#comment-motivations-error'))).to.equal('Écrivez votre commentaire.');
    expect(el.shadowRoot!.activeElement?.id, 'the focused field').to.equal('comment-motivations');
    expect(field.getAttribute('aria-describedby')).to.contain('comment-motivations-error');

    let published = '';
    el.addEventListener('qmi-section-comment', (event) => (published = event.comment.text));
    field.focus();
    await sendKeys({ type: 'Dites ce que le programme changerait pour les habitants.' });
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitFor(() => text($(el, '[aria-labelledby="s-motivations"] [part="comment"]')).includes('habitants'), {
      message: 'the comment beside its section',
    });
    expect(published).to.equal('Dites ce que le programme changerait pour les habitants.');
    expect(field.value).to.equal('');
    // The commune reads it too (its form shows it next to the section).
    const comments = await client.advice.comments(application.id);
    expect(comments.map((comment) => [comment.sectionId, comment.text])).to.deep.equal([
      ['motivations', 'Dites ce que le programme changerait pour les habitants.'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('shows an assigned reviewer the dossier without its history, and says why once they declared a conflict of interest', async () => {
    const { application } = await shared;
    const organiser = await organiserClient();
    const reviewer = await invitedReviewer(organiser);
    await organiser.assignments.assign(application.id, reviewer.id);
    const el = await mount(reviewer.client, application.id);
    expect(text($(el, '[aria-labelledby="s-challenge"]'))).to.contain(
      'Apaiser les abords des écoles du quartier Pleyel',
    );
    expect(Boolean($(el, '[part~="history"]')), 'a history shown').to.equal(false);

    await reviewer.client.assignments.declareConflict(application.id, { reason: 'Ancien employeur' });
    const refused = await mount(reviewer.client, application.id);
    expect(text($(refused, '[role="alert"]'))).to.equal(
      'Vous avez déclaré un conflit d’intérêts sur ce dossier : vous ne l’examinez pas.',
    );
  });

  it('tells someone who may not read the dossier that it cannot be found', async () => {
    const { application } = await shared;
    const stranger = createClient({ baseUrl: await sandboxUrl() });
    await signUpVerified(stranger, { email: uniqueEmail('stranger'), password: PASSWORD });
    const el = await mount(stranger, application.id);
    expect(text($(el, '[role="alert"]'))).to.equal('Ce dossier est introuvable, ou vous n’y avez pas accès.');
    expect(Boolean($(el, '[part="dossier"]')), 'a dossier shown').to.equal(false);
  });

  it('prints without its buttons and forms, each link followed by its address, a new page for each section', async () => {
    const { client, application } = await shared;
    const el = await mount(client, application.id);
    await emulateMedia({ media: 'print' });
    try {
      for (const button of $$(el, 'button')) expect(getComputedStyle(button).display).to.equal('none');
      const link = $(el, '[part="file"] a')!;
      expect(getComputedStyle(link, '::after').content).to.contain('/documents/');
      const sections = $$(el, '[part~="section"]');
      expect(getComputedStyle(sections[1]!).breakBefore).to.equal('page');
      expect(getComputedStyle(link).color).to.equal('rgb(0, 0, 0)');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(getComputedStyle($(el, 'button')!).display).not.to.equal('none');
  });

  it('speaks English when the page does', async () => {
    const { client, application } = await shared;
    const el = await mount(client, application.id, 'en');
    expect(text($(el, '[part="heading"]'))).to.match(/^Application of /);
    expect(text($(el, '[part="status"]'))).to.equal('Submitted');
    expect(text($(el, '[aria-labelledby="s-challenge"]'))).to.contain('Title of the challenge');
  });
});
