// Issue 17: what only some dossiers need is not downloaded with the form. The organisers' feedback
// (decisions, fields to change, comments, the request-for-advice dialog) is a module of its own: a new
// draft never asks for it, and a dossier with feedback shows it (see lazy-offline for a failed fetch).
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { createClient, type QmiClient } from '@qmi/core';
import { $, mountForm, newDossier } from './support/form-helpers.js';
import { ORGANISER, sandboxUrl, waitFor } from './support/world.js';

/** The feedback's module and the modules only it imports, among every script the page has loaded (as its debugger lists them). */
const FEEDBACK_MODULES =
  /\/form\/(review\.part|review-banners|review-comments|review-advice-dialog|review-feedback\.messages)\.[jt]s/;
const feedbackModules = async () =>
  (await executeServerCommand<string[], undefined>('scripts-loaded')).filter((url) => FEEDBACK_MODULES.test(url));

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

let organiser: QmiClient | undefined;
async function organiserClient() {
  if (!organiser) {
    organiser = createClient({ baseUrl: await sandboxUrl() });
    await organiser.auth.signIn(ORGANISER);
  }
  return organiser;
}

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<qmi-application-form>: the organisers’ feedback is downloaded only with a dossier that has some', () => {
  // First in this file: the page has not loaded the feedback's module for another test yet.
  it('a new draft without feedback shows its form and "Demander un avis", and never requests the feedback’s module', async () => {
    const { client, application, call } = await newDossier();
    const form = await mountForm({ client, call, application: application.id });
    expect(text($(form, '#advice-ask'))).to.equal('Demander un avis aux organisateurs');
    // The platform said there is nothing: the comments and the requests for advice were asked for, and answered empty.
    await waitFor(() => feedbackAsked(application.id), { message: 'the feedback asked for' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await feedbackModules(), 'the feedback’s modules loaded').to.deep.equal([]);
    expect($(form, '[part~="review-comments"], [part~="review-banner"], #advice-status')).to.equal(null);
    await expect(form).to.be.accessible();
  });

  it('a dossier with the organisers’ comment shows it beside its section, with the feedback’s module', async () => {
    const { client, application, call } = await newDossier();
    await client.advice.request(application.id, { message: 'Pouvez-vous relire la présentation du défi ?' });
    const advice = 'Dites en une phrase ce qui changera pour les habitants.';
    await (await organiserClient()).advice.comment(application.id, { sectionId: 'challenge', text: advice });
    const form = await mountForm({ client, call, application: application.id });
    await waitFor(() => text($(form, '#section-challenge [part~="review-comments"]')).includes(advice), {
      message: 'the comment beside its section',
    });
    expect(text($(form, '#advice-status'))).to.include('Les organisateurs ont répondu à votre demande d’avis');
    expect(
      (await feedbackModules()).some((url) => /review\.part/.test(url)),
      'the feedback’s module loaded',
    ).to.equal(true);
    await expect(form).to.be.accessible();
  });
});
