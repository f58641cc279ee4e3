import { type QmiClient } from '@qmi/core';
import { expect, fixture, html } from '@open-wc/testing';
import '../src/messages/messages.js';
import type { QmiMessages } from '../src/messages/messages.component.js';
import { newDossier, SANDBOX_NOW } from './support/form-helpers.js';
import { waitFor } from './support/world.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function mount(client: QmiClient, application: string) {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang="fr"><qmi-messages .client=${client} application=${application} now=${SANDBOX_NOW}></qmi-messages></div>`,
  );
  const el = wrapper.querySelector<QmiMessages>('qmi-messages')!;
  await waitFor(() => Boolean($(el, 'form')) && Boolean($(el, '[part="thread"], .notice')), {
    message: 'the thread to load',
  });
  return el;
}

describe('qmi-messages and invisible text', () => {
  it('does not send a message of only a zero-width space, and says why next to the field', async () => {
    const { client, application } = await newDossier();
    const el = await mount(client, application.id);
    const field = $<HTMLTextAreaElement>(el, 'textarea')!;
    // A zero-width space cannot be typed on a keyboard: it comes with a paste, which sets the value.
    field.focus();
    field.value = ' \u200B ';
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
    $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
    await el.updateComplete;
    expect(text($(el, '.error'))).to.equal('Écrivez votre message avant de l’envoyer.');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await client.messages.list(application.id)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
