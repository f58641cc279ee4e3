import { expect, fixture, html } from '@open-wc/testing';
import type { QmiApplicationForm } from '../src/form/application-form.component.js';
import { createClient } from '@qmi/core';
import { exampleDossier } from '@qmi/core/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, mountForm, newDossier, SANDBOX_NOW, statusText, typeInto, waitForSaved } from './support/form-helpers.js';
import { PASSWORD, sandboxUrl, setSandboxClock, signUpVerified, uniqueEmail, waitFor } from './support/world.js';

describe('<qmi-application-form>', () => {
  it('is accessible empty, and saves what is typed without being asked', async () => {
    const { client, application, call } = await newDossier();
    const form = await mountForm({ client, call, application: application.id });
    await expect(form).to.be.accessible();
    await typeInto(form, 'f-challenge-title', 'Apaiser les abords des écoles');
    await waitForSaved(form);
    const stored = await client.applications.get(application.id);
    expect(stored.challenge?.title).to.equal('Apaiser les abords des écoles');
  });

  it('saves a half-typed e-mail as typed, and shows no message while typing', async () => {
    const { client, application, call } = await newDossier();
    const form = await mountForm({ client, call, application: application.id });
    await typeInto(form, 'f-team-agent-email', 'thomas.lef');
    await waitForSaved(form);
    expect((await client.applications.get(application.id)).team?.agent?.email).to.equal('thomas.lef');
    expect($(form, '#f-team-agent-email-error')).to.equal(null);
    expect($(form, '#f-team-agent-email')!.getAttribute('aria-invalid')).to.equal('false');
  });

  it('shows a section’s messages next to its fields and in a summary that takes focus, when the section is checked', async () => {
    const { client, application, call } = await newDossier();
    const form = await mountForm({ client, call, application: application.id });
    await typeInto(form, 'f-team-agent-email', 'thomas.lef');
    const check = [...form.shadowRoot!.querySelectorAll<HTMLButtonElement>('#section-team button')].find((b) =>
      b.textContent?.includes('Vérifier'),
    )!;
    check.click();
    await waitFor(() => Boolean($(form, '.error-summary')), { message: 'the error summary' });
    // Compared as a boolean: a failed comparison of two elements stalls the test runner.
    expect(form.shadowRoot!.activeElement === $(form, '.error-summary'), 'the summary has focus').to.equal(true);
    const summary = $(form, '.error-summary')!.textContent!;
    expect(summary).to.include('« Agent référent — adresse e-mail » doit être une adresse e-mail valide');
    expect(summary).to.include('Renseignez « Élu référent — prénom ».');
    expect($(form, '#f-team-agent-email-error')!.textContent).to.include('adresse e-mail valide');
    expect($(form, '#f-team-agent-email')!.getAttribute('aria-invalid')).to.equal('true');
    // Only this section's messages: the challenge section stays quiet.
    expect($(form, '#f-challenge-title-error')).to.equal(null);
    await expect(form).to.be.accessible();
    // The summary's link takes the person to the field.
    $(form, '.error-summary a')!.click();
    expect(form.shadowRoot!.activeElement?.id).to.match(/^f-team-/);
  });

  it('is accessible and keyboard-usable when filled, with repeatable groups added, reordered and removed', async () => {
    const { client, application, call } = await newDossier();
    await client.applications.update(application.id, exampleDossier(), { ifMatch: application.revision });
    const form = await mountForm({ client, call, application: application.id });
    expect(($(form, '#f-challenge-title') as HTMLInputElement).value).to.equal(exampleDossier().challenge.title);
    await expect(form).to.be.accessible();
    const add = [...form.shadowRoot!.querySelectorAll<HTMLButtonElement>('#section-partners button')].find((b) =>
      b.textContent?.startsWith('Ajouter'),
    )!;
    add.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => Boolean($(form, '#f-partners-2-name')), { message: 'a third partner' });
    await typeInto(form, 'f-partners-2-name', 'Collège Pleyel');
    const up = [...form.shadowRoot!.querySelectorAll<HTMLButtonElement>('#section-partners button')].find(
      (b) => b.textContent === 'Monter Partenaires 3',
    )!;
    up.focus();
    await sendKeys({ press: 'Enter' });
    await waitForSaved(form);
    let stored = await client.applications.get(application.id);
    expect(stored.partners!.map((p) => p.name)).to.deep.equal([
      'Office public de l’habitat',
      'Collège Pleyel',
      'Association des parents d’élèves Pleyel',
    ]);
    const remove = [...form.shadowRoot!.querySelectorAll<HTMLButtonElement>('#section-partners button')].find(
      (b) => b.textContent === 'Supprimer Partenaires 1',
    )!;
    remove.click();
    await waitFor(async () => (await client.applications.get(application.id)).partners!.length === 2, {
      message: 'the removal saved',
    });
    stored = await client.applications.get(application.id);
    expect(stored.partners![0]!.name).to.equal('Collège Pleyel');
  });

  it('speaks English under lang="en"', async () => {
    const { client, application, call } = await newDossier();
    const form = await mountForm({ client, call, application: application.id, lang: 'en' });
    expect($(form, 'label[for="f-challenge-title"]')!.textContent).to.include('Title of the challenge');
    expect(form.shadowRoot!.textContent).to.include('Application steps');
    await typeInto(form, 'f-challenge-title', 'Calmer streets');
    await waitFor(() => /Saved at|All your changes/.test(statusText(form)), { message: 'English status' });
  });

  it('after the deadline, shows a draft read-only and says the call is closed', async () => {
    const { client, application, call } = await newDossier();
    const form = await mountForm({ client, call, application: application.id, now: '2024-01-13T08:00:00Z' });
    expect($(form, '.notice[role="status"]')!.textContent).to.include(
      'Les candidatures étaient ouvertes jusqu’au 12 janvier 2024',
    );
    expect(
      ($(form, '#f-challenge-title') as HTMLInputElement).readOnly ||
        ($(form, '#f-challenge-title') as HTMLInputElement).disabled,
      'the field cannot be changed',
    ).to.equal(true);
    expect(form.shadowRoot!.textContent).not.to.include('Envoyer la candidature');
    await expect(form).to.be.accessible();
  });

  it('creates the commune’s dossier from the start step, with the commune type-ahead used by keyboard', async () => {
    const client = createClient({ baseUrl: await sandboxUrl() });
    await signUpVerified(client, { email: uniqueEmail(), password: PASSWORD });
    const form = await mountForm({ client, call: 'qmi-2-test' });
    const picker = $(form, 'qmi-commune-picker')!;
    await expect(form).to.be.accessible();
    (picker.shadowRoot!.querySelector('input') as HTMLInputElement).focus();
    await sendKeys({ type: 'pierrefitte' });
    await waitFor(() => Boolean(picker.shadowRoot!.querySelector('[role="option"]')), { message: 'suggestions' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    ($(form, '.start button') as HTMLButtonElement).click();
    await waitFor(() => Boolean($(form, '.task-list')), { message: 'the form after creation' });
    const mine = [];
    for await (const app of client.applications.list({ callId: 'qmi-2-test' })) mine.push(app);
    expect(mine.map((a) => a.commune)).to.deep.equal(['93066']);
  });

  it('judges the window by the platform’s clock, not this device’s: the start step and the dossier agree with the platform', async () => {
    // This machine's clock is years after the deadline; the sandbox's stands at 1 December 2023.
    const { client, application, call } = await newDossier();
    const open = await mountForm({ client, call, application: application.id });
    expect(open.shadowRoot!.textContent).not.to.include('étaient ouvertes jusqu');
    expect(($(open, '#f-challenge-title') as HTMLInputElement).readOnly).to.equal(false);
    const fresh = createClient({ baseUrl: await sandboxUrl() });
    await signUpVerified(fresh, { email: uniqueEmail(), password: PASSWORD });
    await setSandboxClock('2024-01-13T08:00:00Z');
    try {
      const start = await mountForm({ client: fresh, call: 'qmi-2-test' });
      await waitFor(() => Boolean($(start, '.start .notice')), { message: 'the closed notice on the start step' });
      expect($(start, '.start .notice')!.textContent).to.include(
        'Les candidatures étaient ouvertes jusqu’au 12 janvier 2024',
      );
      expect($(start, 'qmi-commune-picker'), 'no dossier can be started').to.equal(null);
      const closed = await mountForm({ client, call, application: application.id });
      expect(
        ($(closed, '#f-challenge-title') as HTMLInputElement).readOnly ||
          ($(closed, '#f-challenge-title') as HTMLInputElement).disabled,
      ).to.equal(true);
    } finally {
      await setSandboxClock(SANDBOX_NOW);
    }
  });

  it('sends nothing before a partner that signs people in itself gives the token, then opens the dossier', async () => {
    const { session, application, call } = await newDossier();
    const api = await sandboxUrl();
    const errors: unknown[] = [];
    performance.clearResourceTimings();
    const form = await fixture<HTMLElement & { token?: string }>(
      html`<qmi-application-form api-base=${api} call=${call} application=${application.id} @qmi-error=${(e: { error: unknown }) => errors.push(e.error)}></qmi-application-form>`,
    );
    await waitFor(() => /Connectez-vous/.test(form.shadowRoot!.textContent ?? ''), { message: 'the waiting notice' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const beforeToken = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((url) => url.startsWith(api) && !/\/v1\/(time|calls)/.test(url));
    expect(beforeToken, 'requests for the account’s data before the token').to.deep.equal([]);
    form.token = session.token;
    await waitFor(() => Boolean($(form, '.task-list')), { message: 'the dossier once the token is there' });
    expect(errors).to.deep.equal([]);
  });

  it('works alone from api-base and a token, as a page without <qmi-session> uses it', async () => {
    const { session, application, call } = await newDossier();
    const form = await fixture<HTMLElement>(
      html`<qmi-application-form api-base=${await sandboxUrl()} .token=${session.token} call=${call} application=${application.id} now=${SANDBOX_NOW}></qmi-application-form>`,
    );
    await waitFor(() => Boolean($(form, '.task-list')), { message: 'the form' });
    await (form as QmiApplicationForm).updateComplete; // its sections past the first screen too (see mountForm)
    await typeInto(form, 'f-challenge-title', 'Sans session');
    await waitForSaved(form);
    expect(($(form, '#f-challenge-title') as HTMLInputElement).value).to.equal('Sans session');
  });
});
