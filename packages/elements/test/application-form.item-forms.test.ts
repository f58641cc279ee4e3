// Each item of a list is a form of its own for the browser. Chromium's autofill reads the whole form of a
// field whenever a choice is set, by script too (each partner's type, as the form is built); fields in no
// form made one form of the whole dossier, and reading it laid out every partner that the form keeps from
// layout until it comes near the screen: 20-35 ms before the first frame when it came first, more after
// it. The forms submit nothing: Enter in a partner's field leaves the page, the list and the focus as they were.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/form/application-form.js';
import { $, dossierWithPartners, mountForm, typeInto } from './support/form-helpers.js';

const PARTNERS = 3;

async function formWithPartners() {
  const { client, application, call } = await dossierWithPartners(PARTNERS);
  const form = await mountForm({ client, call, application: application.id });
  await form.updateComplete;
  return form;
}

describe('<qmi-application-form>: the browser sees each list item as a form of its own', () => {
  it('a partner’s type belongs to that partner’s fields only, not to the whole dossier', async () => {
    const form = await formWithPartners();
    for (let i = 0; i < PARTNERS; i++) {
      const type = $(form, `#f-partners-${i}-type`) as HTMLSelectElement;
      expect(type.value, `partner ${i + 1}'s type`).to.equal('association');
      expect(type.form, `partner ${i + 1}'s type has a form`).to.not.equal(null);
      const ids = [...type.form!.elements].map((control) => control.id).filter(Boolean);
      expect(ids, `partner ${i + 1}'s form`).to.include.members([
        `f-partners-${i}-name`,
        `f-partners-${i}-contact-email`,
      ]);
      expect(
        ids.every((id) => id.startsWith(`f-partners-${i}-`)),
        `partner ${i + 1}'s form holds only its fields: ${ids.join(', ')}`,
      ).to.equal(true);
    }
    expect(($(form, '#f-challenge-title') as HTMLInputElement).form, 'a field outside the lists').to.equal(null);
    await expect(form).to.be.accessible();
  });

  it('Enter in a partner’s field stays there: nothing is sent, moved or left', async () => {
    const form = await formWithPartners();
    const page = location.href;
    let submitted = 0;
    form.shadowRoot!.addEventListener('submit', (event) => event.defaultPrevented || submitted++);
    await typeInto(form, 'f-partners-1-name', ' bis');
    await sendKeys({ press: 'Enter' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(location.href, 'the page stays').to.equal(page);
    expect(form.shadowRoot!.activeElement?.id, 'the focus stays in the field').to.equal('f-partners-1-name');
    expect(($(form, '#f-partners-1-name') as HTMLInputElement).value).to.equal('Partenaire 2 bis');
    expect(($(form, '#f-partners-0-name') as HTMLInputElement).value, 'the list is in its order').to.equal(
      'Partenaire 1',
    );
    expect(submitted, 'no submission let through').to.equal(0);
  });
});
