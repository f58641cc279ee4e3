import { expect } from '@open-wc/testing';
import { createClient, QMI_2, type QmiClient } from '@qmi/core';
import { exampleDossier } from '@qmi/core/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement } from './support/focus.js';
import { $, mountForm, newDossier } from './support/form-helpers.js';
import { ORGANISER, sandboxUrl, waitFor } from './support/world.js';

// Issue 16, the commune's side: what the organisers said shows in the form, where the commune works.

let organiser: QmiClient | undefined;
async function organiserClient() {
  if (!organiser) {
    organiser = createClient({ baseUrl: await sandboxUrl() });
    await organiser.auth.signIn(ORGANISER);
  }
  return organiser;
}

/** A complete dossier of the test call (documents optional, no support letter promised), submitted. */
async function submittedDossier() {
  const { client, application, call } = await newDossier();
  const dossier = exampleDossier();
  dossier.partners = dossier.partners.map((partner) => ({ ...partner, supportLetter: false }));
  const saved = await client.applications.update(application.id, dossier, { ifMatch: application.revision });
  await client.applications.submit(saved.id);
  return { client, application: saved, call };
}

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const shows = (form: Element, selector: string, what: string) =>
  waitFor(() => text($(form, selector)).includes(what), {
    message: `${selector} to show "${what}" (it shows "${text($(form, selector))}")`,
  });

describe('<qmi-application-form>: the organisers’ answers in the commune’s form', () => {
  it('a dossier sent back for changes shows the organisers’ message, marks each field they named, and its list takes the person there', async () => {
    const { client, application, call } = await submittedDossier();
    const comment = 'Précisez le quartier concerné et nommez l’élu référent.';
    await (
      await organiserClient()
    ).applications.decide(application.id, {
      action: 'request_changes',
      comment,
      fields: ['challenge.title', 'team.electedOfficial'],
    });
    const form = await mountForm({ client, call, application: application.id });
    await shows(form, '#changes-requested', comment);
    const banner = $(form, '#changes-requested')!;
    expect(text(banner)).to.include('Modifications demandées par les organisateurs');
    // The title's field says it is to change, and says it to a screen reader with the field (aria-describedby).
    const title = $<HTMLInputElement>(form, '#f-challenge-title')!;
    expect(title.getAttribute('aria-describedby')).to.include('f-challenge-title-requested');
    expect(text($(form, '#f-challenge-title-requested'))).to.equal('À modifier à la demande des organisateurs');
    expect(text($(form, '#f-team-electedOfficial-requested'))).to.equal('À modifier à la demande des organisateurs');
    // A field not named carries no marker.
    expect($(form, '#f-challenge-description-requested')).to.equal(null);
    // The list names the fields by their labels and takes the person to each.
    const links = [...banner.querySelectorAll('a')];
    expect(links.map(text)).to.deep.equal(['Intitulé du défi', 'Élu référent']);
    links[0]!.click();
    await waitFor(() => deepActiveElement()?.id === 'f-challenge-title', { message: 'the focus on the title' });
    await expect(form).to.be.accessible();
  });

  it('the organisers’ comments show beside their section, and "Marquer comme traité" says so and keeps the focus there', async () => {
    const { client, application, call } = await newDossier();
    await client.advice.request(application.id, { message: 'Pouvez-vous relire la présentation du défi ?' });
    const advice = 'Dites en une phrase ce qui changera pour les habitants.';
    await (await organiserClient()).advice.comment(application.id, { sectionId: 'challenge', text: advice });
    const form = await mountForm({ client, call, application: application.id });
    await shows(form, '#section-challenge [part~="review-comments"]', advice);
    expect(text($(form, '#section-challenge [part~="review-comments"]'))).to.include('Avis des organisateurs');
    expect(text($(form, '#advice-status'))).to.include('Les organisateurs ont répondu à votre demande d’avis');
    const button = $<HTMLButtonElement>(form, '#section-challenge [part~="review-comment"] button')!;
    expect(button.getAttribute('aria-label')).to.equal(
      `Marquer comme traité : ${QMI_2.formSections.find((s) => s.id === 'challenge')!.title.fr}`,
    );
    button.focus();
    await sendKeys({ press: 'Enter' });
    await shows(form, '#section-challenge [part~="review-comment"]', 'Traité le');
    await waitFor(() => deepActiveElement()?.getAttribute('part') === 'review-comment', {
      message: 'the focus on the comment',
    });
    const [stored] = await client.advice.comments(application.id);
    expect(stored?.resolvedAt).to.be.a('string');
    await expect(form).to.be.accessible();
  });

  it('"Demander un avis aux organisateurs" opens a dialog; the message sent, the form says the organisers will answer', async () => {
    const { client, application, call } = await newDossier();
    const form = await mountForm({ client, call, application: application.id });
    const ask = $<HTMLButtonElement>(form, '#advice-ask')!;
    expect(text(ask)).to.equal('Demander un avis aux organisateurs');
    ask.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => Boolean($<HTMLDialogElement>(form, '#advice-dialog')?.open), { message: 'the dialog' });
    // Sent empty: the dialog says what is missing and keeps the focus in the field.
    $<HTMLButtonElement>(form, '#advice-dialog button[type="submit"]')!.click();
    await shows(form, '#advice-dialog', 'Écrivez votre message aux organisateurs.');
    await waitFor(() => deepActiveElement()?.id === 'advice-message', { message: 'the focus in the message' });
    await sendKeys({ type: 'Relisez nos partenaires, svp.' });
    $<HTMLButtonElement>(form, '#advice-dialog button[type="submit"]')!.click();
    await shows(form, '#advice-status', 'les organisateurs vous répondront ici');
    expect($(form, '#advice-dialog')).to.equal(null);
    expect($(form, '#advice-ask')).to.equal(null);
    await waitFor(() => deepActiveElement()?.id === 'advice-status', { message: 'the focus on the request’s state' });
    const [request] = await (await organiserClient()).advice.list(application.id);
    expect(request?.message).to.equal('Relisez nos partenaires, svp.');
    expect(request?.status).to.equal('open');
  });

  it('after the organisers’ decisions the form shows them: eligible with the training, then selected with the agreement deadline', async () => {
    const { client, application, call } = await submittedDossier();
    const org = await organiserClient();
    await org.applications.decide(application.id, { action: 'declare_eligible' });
    const eligible = await mountForm({ client, call, application: application.id });
    await shows(eligible, '#decision', 'Dossier complet et recevable');
    expect(text($(eligible, '#decision'))).to.include('formation de deux jours');
    const { decision } = await org.applications.decide(application.id, { action: 'select' });
    const selected = await mountForm({ client, call, application: application.id, lang: 'en' });
    await shows(selected, '#decision', 'Your commune is a laureate');
    const deadline = new Intl.DateTimeFormat('en-GB', {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: 'Europe/Paris',
    }).format(new Date(decision.agreementDeadline!));
    await shows(selected, '#decision', `Agreement to sign by ${deadline}.`);
    // No generic "no longer editable (status: selected)" beside the decision.
    expect(text(selected.shadowRoot!.querySelector('.notice'))).to.not.include('status:');
    await expect(selected).to.be.accessible();
  });
});
