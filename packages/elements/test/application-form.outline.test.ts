import { expect, fixture, html } from '@open-wc/testing';
import { createClient, type CallDefinition } from '@qmi/core';
import '../src/form/application-form.js';
import type { QmiApplicationForm } from '../src/form/application-form.component.js';
import { axHeadings, axTree } from './support/ax-tree.js';
import { $, newDossier } from './support/form-helpers.js';
import { sandboxUrl, waitFor } from './support/world.js';

// Issue 18: a page that has the call's definition (a server rendered it, see @qmi/elements/ssr) shows the
// dossier's questions before anyone signs in: the call's title, each section with its help and the labels
// of its fields, the documents asked for. Nothing to fill in yet (no control), and once signed in the
// dossier opens without asking for the call again.

const CALL = 'qmi-2-test';
let definition: CallDefinition;

const text = (form: Element) => (form.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');
/** Requests the page sent for the call's definition (the resource timings of this page). */
const callRequests = () =>
  performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname === `/v1/calls/${CALL}`)
    .length;

before(async () => {
  // The test page's own modules (hundreds) fill the default buffer of 250 timings: later ones are dropped.
  performance.clearResourceTimings();
  performance.setResourceTimingBufferSize(100_000);
  definition = await createClient({ baseUrl: await sandboxUrl() }).calls.get(CALL);
});

async function signedOutForm(lang = 'fr', given: CallDefinition | undefined = definition) {
  const url = await sandboxUrl();
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}><qmi-application-form api-base=${url} call=${CALL} .definition=${given}></qmi-application-form></div>`,
  );
  const form = wrapper.querySelector<QmiApplicationForm>('qmi-application-form')!;
  return { wrapper, form };
}

describe('<qmi-application-form> before sign-in, given the call’s definition', () => {
  it('shows the call’s title, its sections, the labels of their fields and the documents: no control', async () => {
    const before = callRequests();
    const { form } = await signedOutForm();
    await waitFor(() => Boolean($(form, '#form-title')), { message: 'the outline' });
    const words = text(form);
    expect(words).to.include('Connectez-vous pour ouvrir le dossier de votre commune.');
    expect($(form, '#form-title')!.textContent).to.equal(definition.title.fr);
    for (const section of definition.formSections) {
      expect($(form, `#title-${section.id}`)?.textContent, section.id).to.equal(section.title.fr);
      for (const field of section.fields.filter((f) => f.type !== 'commune'))
        expect(words, field.path).to.include(field.label.fr);
    }
    for (const kind of definition.documentKinds) expect(words, kind.id).to.include(kind.title.fr);
    // What helps to prepare the answers: which are optional, how long, what a person is made of.
    expect(words).to.include('(facultatif)');
    expect(words).to.match(/8\s000 caractères au plus\./);
    expect(words).to.include('Prénom');
    expect(words).to.match(/De 1 à 5 éléments\./);
    expect(form.shadowRoot!.querySelectorAll('input, textarea, select, button').length, 'nothing to fill in').to.equal(
      0,
    );
    expect(callRequests() - before, 'the call was not requested: the page gave it').to.equal(0);
  });

  it('is read as headings and lists by a screen reader, and passes axe', async () => {
    const { form } = await signedOutForm();
    await waitFor(() => Boolean($(form, '#form-title')), { message: 'the outline' });
    const headings = axHeadings(await axTree());
    // The call's title at the form's level (2), its sections one below, in the call's order.
    expect(headings).to.deep.equal([
      `2 ${definition.title.fr}`,
      ...definition.formSections.map((s) => `3 ${s.title.fr}`),
      '3 Pièces du dossier',
    ]);
    await expect(form).to.be.accessible();
  });

  it('speaks English, and switches language in place', async () => {
    const { wrapper, form } = await signedOutForm('en');
    await waitFor(() => text(form).includes('Sign in to open'), { message: 'the English outline' });
    expect(text(form)).to.include(definition.formSections[0]!.title.en);
    expect(text(form)).to.include('The application’s questions, to prepare your answers.');
    wrapper.lang = 'fr';
    await waitFor(() => text(form).includes('Les questions du dossier'), { message: 'back in French' });
    expect(text(form)).to.include(definition.formSections[0]!.title.fr);
    expect(form.shadowRoot!.querySelectorAll(`#title-${definition.formSections[0]!.id}`).length).to.equal(1);
  });

  it('shows only the sections this page shows (`sections`)', async () => {
    const { form } = await signedOutForm();
    form.sections = 'challenge documents';
    await waitFor(() => Boolean($(form, '#title-challenge')), { message: 'the outline' });
    await form.updateComplete;
    expect($(form, '#title-applicant'), 'another page’s section').to.equal(null);
    expect($(form, '#title-documents')).to.not.equal(null);
  });

  it('gives way to the dossier once signed in, without requesting the call', async () => {
    const before = callRequests();
    const { session, application } = await newDossier(CALL);
    const { form } = await signedOutForm();
    await waitFor(() => Boolean($(form, '#form-title')), { message: 'the outline' });
    form.application = application.id;
    form.token = session.token;
    await waitFor(() => Boolean($(form, '.task-list')), { message: 'the dossier, open' });
    await form.updateComplete;
    expect($(form, '#f-challenge-title'), 'its fields to fill in').to.not.equal(null);
    expect(text(form)).to.not.include('Les questions du dossier');
    expect(callRequests() - before, 'the definition given was used').to.equal(0);
  });

  it('without a definition (or another call’s), says only that it waits for sign-in', async () => {
    const { form } = await signedOutForm('fr', { ...definition, id: 'another-call' });
    await waitFor(() => text(form).includes('Connectez-vous'), { message: 'the waiting line' });
    await form.updateComplete;
    expect($(form, '#form-title')).to.equal(null);
  });
});
