import { type QmiClient } from '@qmi/core';
import { expect, fixture, html } from '@open-wc/testing';
import '../src/messages/messages.js';
import type { QmiMessages } from '../src/messages/messages.component.js';
import { newDossier, SANDBOX_NOW } from './support/form-helpers.js';
import { waitFor } from './support/world.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function mount(client: QmiClient, application: string, lang: string) {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}><qmi-messages .client=${client} application=${application} now=${SANDBOX_NOW}></qmi-messages></div>`,
  );
  const el = wrapper.querySelector<QmiMessages>('qmi-messages')!;
  await waitFor(() => Boolean($(el, 'form')) && Boolean($(el, '[part="thread"], .notice')), {
    message: 'the thread to load',
  });
  return el;
}

async function send(el: QmiMessages, body: string) {
  const field = $<HTMLTextAreaElement>(el, 'textarea')!;
  field.value = body;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
  await el.updateComplete;
}

describe('qmi-messages when the platform asks to wait', () => {
  for (const [lang, words] of [
    [
      'fr',
      /^Trop de messages envoyés : la plateforme demande d’attendre\. Le message est conservé sur cet appareil et sera renvoyé automatiquement dans (\d+ secondes|1 minute)\.$/,
    ],
    [
      'en',
      /^Too many messages sent: the platform asks to wait\. The message is kept on this device and will be sent again automatically in (\d+ seconds|1 minute)\.$/,
    ],
  ] as const) {
    it(`says when the message will go, keeps it, and does not call it a lost connection (${lang})`, async () => {
      const { client, application } = await newDossier();
      // The platform allows 30 messages a minute per account: this account has used them.
      for (let i = 0; i < 30; i++) await client.messages.send(application.id, { body: `Message ${i + 1}` });
      const el = await mount(client, application.id, lang);
      await send(el, 'Un de trop');
      await waitFor(() => Boolean($(el, '.message--failed .reason')), { message: 'the message to be held back' });
      expect(text($(el, '.message--failed .reason'))).to.match(words);
      expect(text($(el, '.message--failed .body'))).to.equal('Un de trop');
      await expect(el).to.be.accessible();
    });
  }
});
