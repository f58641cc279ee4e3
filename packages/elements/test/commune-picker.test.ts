import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/commune-picker/commune-picker.js';
import type { QmiCommunePicker } from '../src/commune-picker/commune-picker.js';

const mount = async (value = '') => {
  const el = await fixture<QmiCommunePicker>(html`<qmi-commune-picker label="Commune candidate" value=${value}></qmi-commune-picker>`);
  await el.updateComplete;
  return el;
};
const input = (el: QmiCommunePicker) => el.shadowRoot!.querySelector('input')!;

describe('<qmi-commune-picker>', () => {
  it('shows the commune of a code the page sets (a resumed dossier), former codes included', async () => {
    const el = await mount('93066');
    expect(input(el).value).to.equal('Saint-Denis (93066)');
    el.value = '93059';
    await el.updateComplete;
    // Pierrefitte-sur-Seine merged into Saint-Denis: its former code shows today's commune.
    expect(input(el).value).to.equal('Saint-Denis (93066)');
  });

  it('says under the field, for everyone, when no commune of the Métropole matches', async () => {
    const el = await mount();
    input(el).focus();
    await sendKeys({ type: 'Versailles' });
    await el.updateComplete;
    const message = el.shadowRoot!.querySelector('[part="no-match"]');
    expect(message?.textContent).to.equal('Aucune commune de la Métropole ne correspond.');
    expect(message!.getBoundingClientRect().height > 0, 'the message is visible').to.equal(true);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Backspace' });
    input(el).value = '';
    input(el).dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="no-match"]')).to.equal(null);
  });
});
