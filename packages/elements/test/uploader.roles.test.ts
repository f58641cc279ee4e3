import { expect, fixture, html } from '@open-wc/testing';
import { createClient, startUpload, type QmiClient } from '@qmi/core';
import '../src/form/application-form.js';
import '../src/session/session.js';
import { tokenKey } from '../src/session/session.storage.js';
import { SANDBOX_NOW } from './support/form-helpers.js';
import { pdf } from './support/uploads.js';
import { mailTo, sandboxUrl, signUpVerified, tokenOf, uniqueEmail, waitFor } from './support/world.js';

/**
 * Dossier roles in the documents: the owner may delete any file, an editor only those they uploaded.
 * A "Supprimer" the platform would refuse (403 role_required) is not offered at all.
 */

const upload = (client: QmiClient, applicationId: string, filename: string) =>
  startUpload(client, pdf(filename), { applicationId, kind: 'sector_sheet', filename }).done;

/** An owner's draft with one file, shared with an editor (by a real invitation) who uploaded one file too. */
async function sharedDossier() {
  const url = await sandboxUrl();
  const owner = createClient({ baseUrl: url });
  const ownerSession = await signUpVerified(owner, { email: uniqueEmail('proprietaire') });
  const application = await owner.applications.create('qmi-2-test', { commune: '92050' });
  await upload(owner, application.id, 'fiche-du-proprietaire.pdf');
  const editorEmail = uniqueEmail('editrice');
  const editor = createClient({ baseUrl: url });
  const editorSession = await signUpVerified(editor, { email: editorEmail });
  await owner.applications.invitations.create(application.id, { email: editorEmail });
  await editor.invitations.accept(tokenOf(await mailTo(editorEmail, 'invit')));
  await upload(editor, application.id, 'fiche-de-l-editrice.pdf');
  return { url, application, ownerSession, editorSession };
}

/** The form inside `<qmi-session>`, signed in with this token, as a partner page has it. */
async function formAs(url: string, token: string, applicationId: string) {
  localStorage.setItem(tokenKey(url), token);
  const page = await fixture<HTMLElement>(
    html`<qmi-session api-base=${url}>
      <qmi-application-form call="qmi-2-test" application=${applicationId} now=${SANDBOX_NOW} sections="documents"></qmi-application-form>
    </qmi-session>`,
  );
  const form = page.querySelector('qmi-application-form')!;
  await waitFor(() => Boolean(form.shadowRoot?.querySelectorAll('qmi-document-uploader').length), {
    message: 'the documents section',
  });
  const sheets = [...form.shadowRoot!.querySelectorAll('qmi-document-uploader')].find((el) =>
    /fiche-du-proprietaire/.test(el.shadowRoot?.textContent ?? ''),
  );
  await waitFor(() => Boolean(sheets?.shadowRoot?.textContent?.includes('fiche-de-l-editrice')), {
    message: 'both files listed',
  });
  // The form loads while the session shows its wait; it is on screen (in its slot) once the session's
  // signed-in part has come, which a loaded machine may bring after the form's files.
  await waitFor(() => Boolean(page.shadowRoot?.querySelector('slot')), { message: 'the form shown by the session' });
  return sheets!;
}

const removeButtons = (uploader: Element) =>
  [...uploader.shadowRoot!.querySelectorAll('[part~="file"] button')].map((button) => button.textContent?.trim());

describe('<qmi-document-uploader> in the form: what each role may delete', () => {
  afterEach(() => localStorage.clear());

  it('offers an editor "Supprimer" on the files they uploaded only, and the owner on every file', async () => {
    const { url, application, ownerSession, editorSession } = await sharedDossier();

    const asEditor = await formAs(url, editorSession.token, application.id);
    expect(removeButtons(asEditor)).to.deep.equal(['Supprimer fiche-de-l-editrice.pdf']);
    await expect(asEditor).to.be.accessible();

    localStorage.clear();
    const asOwner = await formAs(url, ownerSession.token, application.id);
    expect(removeButtons(asOwner)).to.deep.equal([
      'Supprimer fiche-du-proprietaire.pdf',
      'Supprimer fiche-de-l-editrice.pdf',
    ]);
  });
});
