import { expect, fixture, html } from '@open-wc/testing';
import { ConnectionError, createClientBase, startUpload, withResources } from '@qmi/core';
import { executeServerCommand } from '@web/test-runner-commands';
import { connectionProblem } from '../src/i18n/connection.js';
import '../src/uploader/uploader.js';
import type { QmiDocumentUploader } from '../src/uploader/uploader.component.js';
import { UPLOADER_RESOURCES } from '../src/uploader/uploader.client.js';
import { newDossier } from './support/form-helpers.js';
import { kind, pdf } from './support/uploads.js';
import { waitFor } from './support/world.js';

// A page of its own: core's download code must not have been fetched yet when the network goes.
// `page: true` cuts the page's own origin too (where that code is fetched from), not only the platform.
const setNetwork = (online: boolean) => executeServerCommand('network', { offline: !online, page: true });
const downloadScripts = async () =>
  (await executeServerCommand<string[], undefined>('scripts-loaded')).filter((url) =>
    /\/client\/download\.(js|ts)/.test(url),
  );

describe("a recorded document's bytes, through the uploader's client", () => {
  afterEach(() => setNetwork(true));

  it('come with their code when asked: offline, the person is told the connection is missing; back online, the file comes', async function () {
    this.timeout(60_000);
    const { client, application, session } = await newDossier('qmi-2');
    const file = pdf('lettre-du-maire.pdf', 4096);
    await startUpload(client, file, { applicationId: application.id, kind: 'mayor_letter' }).done;
    const el = await fixture<QmiDocumentUploader>(
      html`<qmi-document-uploader .client=${client} application=${application.id} .rule=${kind('mayor_letter')}></qmi-document-uploader>`,
    );
    await waitFor(() => Boolean(el.shadowRoot!.textContent?.includes('lettre-du-maire.pdf')), {
      message: 'the recorded document listed',
    });
    expect(await downloadScripts(), 'the uploader lists its documents without the download code').to.deep.equal([]);

    const documents = withResources(
      createClientBase({ baseUrl: client.baseUrl, token: session.token }),
      UPLOADER_RESOURCES,
    ).documents;
    const [recorded] = await documents.list(application.id);
    await setNetwork(false);
    const refused = await documents.content(application.id, recorded!.id).catch((error: unknown) => error);
    // The same error as when the file's own request gets no answer, so the same words for the person.
    expect(refused).to.be.instanceOf(ConnectionError);
    expect(connectionProblem(el, refused, client.baseUrl)).to.equal(
      'Le service de candidature ne répond pas. Vérifiez votre connexion internet, puis réessayez.',
    );

    await setNetwork(true);
    const downloaded = await documents.content(application.id, recorded!.id);
    expect(downloaded.filename).to.equal('lettre-du-maire.pdf');
    expect(downloaded.blob.size).to.equal(file.size);
    expect(await downloadScripts(), 'the download code fetched when asked').to.have.length(1);
  });
});
