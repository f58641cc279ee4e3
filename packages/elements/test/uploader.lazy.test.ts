import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/uploader/uploader.js';
import { newDossier } from './support/form-helpers.js';
import { engineScripts, kind, pdf, pick } from './support/uploads.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);

describe('<qmi-document-uploader> before a file is chosen', () => {
  it('shows its rules, is labelled, reachable by keyboard and accessible without fetching the upload engine; a chosen file fetches it and is sent', async () => {
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
    page.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    const input = $<HTMLInputElement>(el, 'input[type="file"]')!;
    expect(el.shadowRoot!.activeElement, 'the file input has the focus').to.equal(input);
    expect(input.labels?.[0]?.textContent).to.equal('Choisir un fichier');
    expect(input.getAttribute('aria-label')).to.equal('Choisir un fichier : Lettre d’engagement du maire');
    await expect(el).to.be.accessible();
    // Its list of recorded files and the uploads cut short on this browser were read meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await engineScripts(), 'nothing of tus loaded before a file is chosen').to.deep.equal([]);

    const complete = new Promise((resolve) => el.addEventListener('qmi-upload-complete', resolve, { once: true }));
    pick(el, pdf('lettre-du-maire.pdf'));
    await complete;
    expect((await engineScripts()).length, 'the engine loaded once a file was chosen').to.be.above(0);
    expect((await client.documents.list(application.id)).map((d) => d.filename)).to.deep.equal(['lettre-du-maire.pdf']);
  });
});
