import { expect, fixture, html } from '@open-wc/testing';
import { createClient } from '@qmi/core';
import { sendKeys } from '@web/test-runner-commands';
import '../src/commune-picker/commune-picker.js';
import type { QmiCommunePicker } from '../src/commune-picker/commune-picker.js';
import { recordAnnouncements } from './support/announcements.js';
import { axFindAll, axTree } from './support/ax-tree.js';
import { $, mountForm } from './support/form-helpers.js';
import { PASSWORD, sandboxUrl, signUpVerified, uniqueEmail, waitFor } from './support/world.js';

const mount = async (value = '') => {
  const el = await fixture<QmiCommunePicker>(
    html`<qmi-commune-picker label="Commune candidate" value=${value}></qmi-commune-picker>`,
  );
  await el.updateComplete;
  return el;
};
const input = (el: QmiCommunePicker) => el.shadowRoot!.querySelector('input')!;
const options = (el: QmiCommunePicker) =>
  [...el.shadowRoot!.querySelectorAll('[role="option"]')].map((o) => o.textContent!.replace(/\s+/g, ' ').trim());
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Longer than the pause after which the picker says how many communes it found. */
const SETTLED_MS = 1500;

describe('<qmi-commune-picker>', () => {
  it('shows the commune of a code the page sets (a resumed dossier), former codes included', async () => {
    const el = await mount('93066');
    expect(input(el).value).to.equal('Saint-Denis (93066)');
    el.value = '93059';
    await el.updateComplete;
    // Pierrefitte-sur-Seine merged into Saint-Denis: its former code shows today's commune.
    expect(input(el).value).to.equal('Saint-Denis (93066)');
  });

  it('says under the field, for everyone, when no commune of the Métropole matches, and says it once', async () => {
    const el = await mount();
    const heard = recordAnnouncements(el);
    input(el).focus();
    await sendKeys({ type: 'Versailles' });
    await waitFor(() => Boolean(el.shadowRoot!.querySelector('[part="no-match"]')), {
      message: 'the no-match message',
    });
    const message = el.shadowRoot!.querySelector('[part="no-match"]');
    expect(message?.textContent?.trim()).to.equal('Aucune commune de la Métropole ne correspond.');
    expect(message!.getBoundingClientRect().height > 0, 'the message is visible').to.equal(true);
    // Typing on without a match changes nothing to hear; the message is in the page once, not twice.
    await sendKeys({ type: 'x' });
    await sleep(SETTLED_MS);
    heard.stop();
    // Said once, and last. Before it, a pause in the typing longer than the picker's (a loaded machine
    // typing "Ver…" slowly) may let it say how many communes the first letters matched, as it would to a
    // person who paused there.
    const noMatch = 'Aucune commune de la Métropole ne correspond.';
    expect(heard.list.filter((said) => said === noMatch)).to.deep.equal([noMatch]);
    expect(heard.list.at(-1)).to.equal(noMatch);
    expect(el.shadowRoot!.textContent!.split('Aucune commune').length - 1, 'the text appears once').to.equal(1);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Backspace' });
    input(el).value = '';
    input(el).dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="no-match"]')).to.equal(null);
  });

  it('finds the Saint- communes from the first letters of "Saint", as a list the keyboard can choose from', async () => {
    const el = await mount();
    input(el).focus();
    await sendKeys({ type: 'sain' });
    await waitFor(() => options(el).length > 0, { message: 'suggestions for "sain"' });
    expect(
      options(el)
        .slice(0, 6)
        .every((o) => o.startsWith('Saint-')),
      options(el).join(' | '),
    ).to.equal(true);
    expect(options(el).some((o) => o.startsWith("L'Île-Saint-Denis (93039)"))).to.equal(true);
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    expect(input(el).getAttribute('aria-controls')).to.equal(el.shadowRoot!.querySelector('[role="listbox"]')!.id);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(input(el).getAttribute('aria-activedescendant')).to.equal(
      el.shadowRoot!.querySelectorAll('[role="option"]')[1]!.id,
    );
    await sendKeys({ press: 'Escape' });
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(input(el).hasAttribute('aria-activedescendant')).to.equal(false);
    for (const key of ['Backspace', 'Backspace', 'Backspace', 'Backspace']) await sendKeys({ press: key });
    await sendKeys({ type: 'st-d' });
    await waitFor(() => options(el).length === 2, { message: 'two suggestions for "st-d"' });
    expect(options(el).map((o) => o.split(' (')[0])).to.deep.equal(['Saint-Denis', "L'Île-Saint-Denis"]);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    expect(el.value).to.equal('93066');
    expect(input(el).value).to.equal('Saint-Denis (93066)');
  });

  it('forgets its choice as soon as the text changes, and says so with qmi-commune-clear', async () => {
    const el = await mount();
    const events: string[] = [];
    el.addEventListener('qmi-commune-select', (event) => events.push(`select ${event.commune.code}`));
    el.addEventListener('qmi-commune-clear', () => events.push('clear'));
    input(el).focus();
    await sendKeys({ type: "l'ile-saint" });
    await waitFor(() => options(el).length > 0, { message: 'suggestions' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    expect(el.value).to.equal('93039');
    await sendKeys({ type: 'zzz' });
    expect(el.value).to.equal('');
    expect(input(el).value).to.equal("L'Île-Saint-Denis (93039)zzz");
    expect(events).to.deep.equal(['select 93039', 'clear']);
  });

  it('disables "Créer le dossier" again in the form’s start step when the chosen commune’s text changes', async () => {
    const client = createClient({ baseUrl: await sandboxUrl() });
    await signUpVerified(client, { email: uniqueEmail(), password: PASSWORD });
    const form = await mountForm({ client, call: 'qmi-2-test' });
    const picker = $<QmiCommunePicker>(form, 'qmi-commune-picker')!;
    const create = () => $<HTMLButtonElement>(form, '.start button')!;
    expect(create().disabled, 'nothing chosen yet').to.equal(true);
    input(picker).focus();
    await sendKeys({ type: "l'ile-saint" });
    await waitFor(() => options(picker).length > 0, { message: 'suggestions' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await form.updateComplete;
    expect(create().disabled, 'L’Île-Saint-Denis chosen').to.equal(false);
    await sendKeys({ type: 'zzz' });
    await form.updateComplete;
    expect(create().disabled, 'the text no longer names the commune chosen').to.equal(true);
  });

  it('says how many communes it found once typing pauses, and only when the number changed', async () => {
    const el = await mount();
    const heard = recordAnnouncements(el);
    input(el).focus();
    // Each letter of "montreuil" changes the number found (8, 7, 4, 3, 2, 1): one settled result is said,
    // two at most should this busy machine pause between two keys.
    await sendKeys({ type: 'montreuil' });
    await sleep(SETTLED_MS);
    const typed = [...heard.list];
    expect(typed.length >= 1 && typed.length <= 2, typed.join(' | ')).to.equal(true);
    expect(typed.at(-1)).to.equal('1 commune proposée.');
    // "montreui" finds the same one: nothing new to say.
    await sendKeys({ press: 'Backspace' });
    await sleep(SETTLED_MS);
    expect(heard.list).to.deep.equal(typed);
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'Backspace' });
    await sleep(SETTLED_MS);
    expect(heard.list, '"mont" finds three: that is news').to.deep.equal([...typed, '3 communes proposées.']);
    // The same with Saint-Denis typed quickly, from an empty field.
    input(el).select();
    await sendKeys({ type: 'saint-denis' });
    await sleep(SETTLED_MS);
    heard.stop();
    const again = heard.list.slice(typed.length + 1);
    expect(again.length >= 1 && again.length <= 2, again.join(' | ')).to.equal(true);
    expect(again.at(-1)).to.equal('2 communes proposées.');
  });

  it('is a combobox named by its label, required when the page says so', async () => {
    const el = await fixture<QmiCommunePicker>(
      html`<qmi-commune-picker label="Commune candidate" required></qmi-commune-picker>`,
    );
    // The whole page's tree: a snapshot rooted at the host leaves its shadow content out.
    const [combobox] = axFindAll(await axTree(), (node) => node.role === 'combobox');
    expect(combobox?.name).to.equal('Commune candidate');
    expect(combobox?.required).to.equal(true);
    el.removeAttribute('required');
    el.removeAttribute('label');
    await el.updateComplete;
    const [unnamed] = axFindAll(await axTree(), (node) => node.role === 'combobox');
    expect(unnamed?.name, 'a name even without a label').to.equal('Commune');
    expect(Boolean(unnamed?.required)).to.equal(false);
  });
});
