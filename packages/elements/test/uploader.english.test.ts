import { expect, fixture, html } from '@open-wc/testing';
import '../src/uploader/uploader.js';
import { recordAnnouncements } from './support/announcements.js';
import { newDossier } from './support/form-helpers.js';
import { kind, pick, png, rulesScripts } from './support/uploads.js';
import { waitFor } from './support/world.js';

// A page of its own: the words of a chosen file's outcome (refusals, failures, the end of an upload) come
// with the document checks when a file is picked, not with the page; their English comes after them.

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);

describe('<qmi-document-uploader> in English, before its checks were fetched', () => {
  it('shows and says a first refusal at pick in English only, never in French first', async () => {
    const { client, application } = await newDossier('qmi-2');
    const page = await fixture<HTMLElement>(
      html`<div lang="en"><qmi-document-uploader .client=${client} application=${application.id} .rule=${kind('mayor_letter')}></qmi-document-uploader></div>`,
    );
    const el = page.querySelector('qmi-document-uploader')!;
    await el.updateComplete;
    expect(await rulesScripts(), 'no document checks loaded yet').to.deep.equal([]);
    const said = recordAnnouncements(el);
    pick(el, png('scan.png'));
    await waitFor(() => Boolean($(el, '[part="error"]')), { message: 'the refusal shown' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    said.stop();
    const words = '“scan.png” was not sent: only these formats are accepted: PDF.';
    expect($(el, '[part="error"]')!.textContent).to.equal(words);
    expect(said.list).to.deep.equal([words]);
    await expect(el).to.be.accessible();
  });
});
