import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/uploader/uploader.js';
import { newDossier } from './support/form-helpers.js';
import { engineScripts, kind, pdf, pick, rulesScripts } from './support/uploads.js';
import { waitFor } from './support/world.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);

describe('<qmi-document-uploader> before a file is chosen', () => {
  it('shows its rules, is labelled, reachable by keyboard and accessible without fetching the upload engine nor the document checks; reaching it fetches them, a chosen file is sent', async () => {
    const { client, application } = await newDossier('qmi-2');
    const page = await fixture<HTMLElement>(
      html`<div><button type="button">Avant</button><qmi-document-uploader .client=${client} application=${application.id} .rule=${kind('mayor_letter')}></qmi-document-uploader></div>`,
    );
    const el = page.querySelector('qmi-document-uploader')!;
    await el.updateComplete;
    expect($(el, '[part="rules"]')!.textContent).to.equal(
      'Formats acceptés : PDF. Taille maximale : 10,0 Mo par fichier. 1 fichier exactement.',
    );
    // From the button before it, one Tab reaches the file input, named after its visible label and the kind.
    // Its list of recorded files and the uploads cut short on this browser are read meanwhile; what
    // sends and checks a file is not fetched while nobody goes near the picker.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await engineScripts(), 'nothing of tus loaded before the picker is reached').to.deep.equal([]);
    expect(await rulesScripts(), 'no document checks loaded before the picker is reached').to.deep.equal([]);
    page.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    const input = $<HTMLInputElement>(el, 'input[type="file"]')!;
    expect(el.shadowRoot!.activeElement, 'the file input has the focus').to.equal(input);
    expect(input.labels?.[0]?.textContent).to.equal('Choisir un fichier');
    expect(input.getAttribute('aria-label')).to.equal('Choisir un fichier : Lettre d’engagement du maire');
    await expect(el).to.be.accessible();
    // Reaching the picker (focus, hover or a file dragged over it) fetches them: a chosen file starts at once.
    await waitFor(async () => (await engineScripts()).length > 0 && (await rulesScripts()).length > 0, {
      message: 'the upload engine and the document checks fetched once the picker is reached',
    });

    const complete = new Promise((resolve) => el.addEventListener('qmi-upload-complete', resolve, { once: true }));
    pick(el, pdf('lettre-du-maire.pdf'));
    await complete;
    expect((await client.documents.list(application.id)).map((d) => d.filename)).to.deep.equal(['lettre-du-maire.pdf']);
  });
});
