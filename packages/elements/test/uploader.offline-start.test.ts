import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/uploader/uploader.js';
import type { QmiDocumentUploader } from '../src/uploader/uploader.component.js';
import { newDossier } from './support/form-helpers.js';
import { engineScripts, kind, pdf, pick } from './support/uploads.js';
import { waitFor } from './support/world.js';

// A page of its own: the upload engine (tus) must not have been fetched yet when the network goes.
// `page: true` cuts the page's own origin too (where the engine would be fetched from), not only the platform.
const setNetwork = (online: boolean) => executeServerCommand('network', { offline: !online, page: true });
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);

describe('<qmi-document-uploader> offline before its first upload', () => {
  afterEach(() => setNetwork(true));

  it('a file chosen while offline waits for the connection (the upload engine cannot be fetched), then is sent once back online', async function () {
    this.timeout(60_000);
    const { client, application } = await newDossier('qmi-2');
    const el = await fixture<QmiDocumentUploader>(
      html`<qmi-document-uploader .client=${client} application=${application.id} .rule=${kind('mayor_letter')}></qmi-document-uploader>`,
    );
    // (axe is fetched by its first check: before the network goes.)
    await expect(el).to.be.accessible();
    expect(await engineScripts(), 'the upload engine not loaded yet').to.deep.equal([]);
    await setNetwork(false);
    const failed: unknown[] = [];
    el.addEventListener('qmi-upload-error', (event) => failed.push(event));
    pick(el, pdf('lettre-du-maire.pdf'));
    // The file is listed at once and says it is waiting for the connection, as a dropped connection does.
    await waitFor(() => Boolean($(el, '.file')?.textContent?.includes('Connexion perdue, nouvel essai…')), {
      timeout: 10_000,
      message: 'the file waiting for the connection',
    });
    expect($(el, '.file .name')!.textContent).to.equal('lettre-du-maire.pdf');
    await expect(el).to.be.accessible();
    // A few of its tries go by: it stays queued, not failed.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect($(el, '.file--error'), 'not failed while waiting').to.equal(null);
    expect(failed, 'no error event while waiting').to.deep.equal([]);

    const complete = new Promise((resolve) => el.addEventListener('qmi-upload-complete', resolve, { once: true }));
    await setNetwork(true);
    await complete;
    await waitFor(() => $(el, '.files')?.textContent?.includes('Envoyé') ?? false, {
      message: 'the file shown as sent',
    });
    expect((await client.documents.list(application.id)).map((d) => d.filename)).to.deep.equal(['lettre-du-maire.pdf']);
  });
});

describe('<qmi-document-uploader> a file waiting for what sends it', () => {
  afterEach(() => setNetwork(true));

  it('can be paused while it waits for the connection, stays paused when the connection is back, and is sent once resumed', async function () {
    this.timeout(60_000);
    const { client, application } = await newDossier('qmi-2');
    const el = await fixture<QmiDocumentUploader>(
      html`<qmi-document-uploader .client=${client} application=${application.id} .rule=${kind('mayor_letter')}></qmi-document-uploader>`,
    );
    await expect(el).to.be.accessible();
    await setNetwork(false);
    pick(el, pdf('lettre-du-maire.pdf'));
    await waitFor(() => Boolean($(el, '.file')?.textContent?.includes('Connexion perdue, nouvel essai…')), {
      timeout: 10_000,
      message: 'the file waiting for the connection',
    });
    $(el, '.file button[part~="secondary"]')!.click();
    await waitFor(() => Boolean($(el, '.file')?.textContent?.includes('En pause')), { message: 'the file paused' });
    await setNetwork(true);
    // Back online, a paused file stays where the person left it.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect($(el, '.file .meta')!.textContent).to.include('En pause');
    expect(await client.documents.list(application.id)).to.deep.equal([]);
    await expect(el).to.be.accessible();

    const complete = new Promise((resolve) => el.addEventListener('qmi-upload-complete', resolve, { once: true }));
    $(el, '.file button[part~="primary"]')!.click();
    await complete;
    expect((await client.documents.list(application.id)).map((d) => d.filename)).to.deep.equal(['lettre-du-maire.pdf']);
  });
});
