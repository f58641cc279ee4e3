// Issue 17: a part of the form that could not be fetched (offline) says so in its place with the form's
// usual connection message, and comes once the browser is back online. Its own file: the page must not
// have loaded the organisers' feedback's module for another test.
import { sendKeys, executeServerCommand } from '@web/test-runner-commands';
import { expect } from '@open-wc/testing';
import { $, mountForm, newDossier } from './support/form-helpers.js';
import { waitFor } from './support/world.js';

/** Whether the platform answered the page's requests for the dossier's comments and requests for advice (an entry is there once answered). */
// The test page loads hundreds of modules: room for this test's own requests in the resource timing buffer.
performance.setResourceTimingBufferSize(5000);
performance.clearResourceTimings();

const feedbackAsked = (id: string) => {
  const answered = performance.getEntriesByType('resource').map((entry) => entry.name);
  return ['section-comments', 'advice-requests'].every((list) =>
    answered.some((url) => url.endsWith(`/v1/applications/${id}/${list}`)),
  );
};

/** Cuts (or gives back) the network: the platform and the page's own origin, where the form's modules come from. */
const setNetwork = (online: boolean) => executeServerCommand('network', { offline: !online, page: true });

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<qmi-application-form>: a part that cannot be loaded', () => {
  it('offline, "Demander un avis" says the connection is missing; back online, the dialog opens', async () => {
    const { client, application, call } = await newDossier();
    const form = await mountForm({ client, call, application: application.id });
    await waitFor(() => feedbackAsked(application.id), { message: 'the feedback asked for' });
    await setNetwork(false);
    try {
      $<HTMLButtonElement>(form, '#advice-ask')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(() => Boolean($(form, '#advice .part-failed')), { message: 'the connection message' });
      expect(text($(form, '#advice .part-failed'))).to.equal(
        'Le service de candidature ne répond pas. Vérifiez votre connexion internet, puis réessayez.',
      );
      expect($(form, '#advice-dialog')).to.equal(null);
    } finally {
      await setNetwork(true);
    }
    // The browser says it is back online: the module comes, and the dialog the person asked for opens.
    globalThis.dispatchEvent(new Event('online'));
    await waitFor(() => Boolean($<HTMLDialogElement>(form, '#advice-dialog')?.open), { message: 'the dialog' });
    expect($(form, '#advice .part-failed')).to.equal(null);
  });
});
