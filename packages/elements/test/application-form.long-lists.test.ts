// A dossier at the upper end of what the form allows (30 partners): its first screen shows without
// waiting for the sections and the partners far below it, which are built in the next frames, busy
// meanwhile; the form says it is ready only once every partner is there, and a link to the last
// partner's field lands on it.
import { expect, fixture, html } from '@open-wc/testing';
import type { QmiApplicationForm } from '../src/form/application-form.component.js';
import '../src/form/application-form.js';
import { $, dossierWithPartners, SANDBOX_NOW } from './support/form-helpers.js';
import { waitFor } from './support/world.js';

const PARTNERS = 30;

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Mounts a form on that dossier and waits for the frame that first shows it, as a person sees it (not for `updateComplete`). */
async function firstFrameOf({ client, application, call }: Awaited<ReturnType<typeof dossierWithPartners>>) {
  const wrapper = await fixture<HTMLElement>(html`<div lang="fr">
    <qmi-application-form .client=${client} call=${call} application=${application.id} now=${SANDBOX_NOW}></qmi-application-form>
  </div>`);
  const form = wrapper.querySelector('qmi-application-form') as QmiApplicationForm;
  for (let i = 0; i < 600 && !$(form, '#section-submit'); i++) await frame();
  return form;
}

describe('<qmi-application-form> with 30 partners', () => {
  it('shows its first screen before the sections and partners further down are built; each is busy until it is, then all are there', async () => {
    const form = await firstFrameOf(await dossierWithPartners(PARTNERS));
    expect($(form, '#f-applicant-department'), 'the first section’s fields are there').to.not.equal(null);
    expect($(form, '#section-applicant')!.hasAttribute('aria-busy')).to.equal(false);
    // Every section is there by its title (the task list's links, a screen reader's headings); those
    // further down are still being built.
    const partners = $(form, '#section-partners')!;
    expect(partners.getAttribute('aria-busy'), 'the partners’ section is still being built').to.equal('true');
    expect($(form, '#title-partners')!.textContent).to.include('Partenaires');
    expect($(form, '#f-partners'), 'nothing of its list yet').to.equal(null);
    expect($(form, '#f-challenge-title'), 'nor the second section’s fields').to.equal(null);
    expect($(form, '#section-documents')!.getAttribute('aria-busy'), 'nor the documents’ uploaders').to.equal('true');
    expect($(form, '#f-documents-mayor_letter')).to.equal(null);

    // Built in the frames after, each section then its items: the last partner first comes busy, in its
    // place under its title (seen as it is inserted).
    const last = await new Promise<Element>((resolve) => {
      const observer = new MutationObserver(() => {
        const found = $(form, `#f-partners-${PARTNERS - 1}`);
        if (!found) return;
        observer.disconnect();
        resolve(found.cloneNode(true) as Element);
      });
      observer.observe(form.shadowRoot!, { childList: true, subtree: true });
    });
    expect(last.getAttribute('aria-busy'), 'the last partner is still being built').to.equal('true');
    expect(last.querySelector('legend')!.textContent).to.include(`${PARTNERS}`);
    expect(last.querySelector(`#f-partners-${PARTNERS - 1}-name`)).to.equal(null);

    await form.updateComplete;
    expect(form.shadowRoot!.querySelectorAll('[aria-busy="true"]').length, 'nothing is busy any more').to.equal(0);
    expect($(form, '#f-challenge-title')).to.not.equal(null);
    expect($(form, '#f-documents-mayor_letter')).to.not.equal(null);
    for (let i = 0; i < PARTNERS; i++) {
      const name = $(form, `#f-partners-${i}-name`) as HTMLInputElement;
      expect(name?.value, `partner ${i + 1}`).to.equal(`Partenaire ${i + 1}`);
    }
    await expect(form).to.be.accessible();
  });

  it('a link to the last partner’s field takes the person to it at once', async () => {
    const dossier = await dossierWithPartners(PARTNERS);
    const before = location.href;
    history.replaceState(null, '', `#f-partners-${PARTNERS - 1}-contact-email`);
    try {
      const form = await firstFrameOf(dossier);
      await waitFor(() => form.shadowRoot!.activeElement?.id === `f-partners-${PARTNERS - 1}-contact-email`, {
        message: 'the field to take focus',
      });
      expect(($(form, `#f-partners-${PARTNERS - 1}-contact-email`) as HTMLInputElement).value).to.equal(
        `contact${PARTNERS}@partenaire.example.org`,
      );
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('a link to a document kind, far below, has it built with the first frame', async () => {
    const dossier = await dossierWithPartners(PARTNERS);
    const before = location.href;
    history.replaceState(null, '', '#f-documents-partner_support');
    try {
      const form = await firstFrameOf(dossier);
      expect($(form, '#section-documents')!.hasAttribute('aria-busy')).to.equal(false);
      expect($(form, '#f-documents-partner_support')).to.not.equal(null);
      expect($(form, '#section-partners')!.getAttribute('aria-busy'), 'the sections between still wait').to.equal(
        'true',
      );
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('the error summary’s link to a partner’s field takes the person to it, even before that partner was built', async () => {
    const form = await firstFrameOf(await dossierWithPartners(PARTNERS));
    form.focusField(`partners.${PARTNERS - 1}.role`);
    expect(form.shadowRoot!.activeElement?.id).to.equal(`f-partners-${PARTNERS - 1}-role`);
  });
});
