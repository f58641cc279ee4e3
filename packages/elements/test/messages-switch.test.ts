import { createClient } from '@qmi/core';
import { expect, fixture, html } from '@open-wc/testing';
import '../src/messages/messages.js';
import type { QmiMessages } from '../src/messages/messages.component.js';
import { newDossier, SANDBOX_NOW } from './support/form-helpers.js';
import { ORGANISER, sandboxUrl, waitFor } from './support/world.js';

const $$ = (el: Element, selector: string) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(selector));
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('<qmi-messages> moved to another dossier while a thread is on its way', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('abandons the first dossier’s request and shows only the second dossier’s messages', async function () {
    this.timeout(30_000);
    const first = await newDossier();
    const second = await newDossier();
    await first.client.messages.send(first.application.id, { body: 'Message du premier dossier' });
    await second.client.messages.send(second.application.id, { body: 'Message du second dossier' });
    const organiser = createClient({ baseUrl: await sandboxUrl() });
    await organiser.auth.signIn(ORGANISER);

    // The first dossier's thread is slow to come: its answer is held until the end of the test.
    let held: AbortSignal | undefined;
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url.includes(`/applications/${first.application.id}/messages`)) {
        held = input instanceof Request ? input.signal : (init?.signal ?? undefined);
        await released;
      }
      return realFetch(input, init);
    };

    const wrapper = await fixture<HTMLElement>(
      html`<div lang="fr"><qmi-messages .client=${organiser} application=${first.application.id} now=${SANDBOX_NOW}></qmi-messages></div>`,
    );
    const el = wrapper.querySelector<QmiMessages>('qmi-messages')!;
    await waitFor(() => held !== undefined, { message: 'the first dossier’s thread asked for' });

    el.application = second.application.id;
    await waitFor(() => $$(el, 'li.message .body').map(text).includes('Message du second dossier'), {
      message: 'the second dossier’s thread',
    });
    // The request for the dossier left is abandoned, not left to finish.
    expect(held!.aborted).to.equal(true);
    // Even once its answer could come, the first dossier's messages never show here.
    release();
    await pause(500);
    expect($$(el, 'li.message .body').map(text)).to.deep.equal(['Message du second dossier']);
    await expect(el).to.be.accessible();
  });
});
