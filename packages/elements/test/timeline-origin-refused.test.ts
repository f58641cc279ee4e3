// A platform that answers, but not to this page's origin: a set-up mistake of the page's developer. The
// visitor reads that the site is not yet allowed; the developer is told how to fix it in the console, once
// per platform however many elements meet the refusal (src/i18n/connection.ts, connection.developer.ts).
import { expect, fixture, html } from '@open-wc/testing';
import { type ClientBase, ConnectionError } from '@qmi/core';
import '../src/timeline/timeline.js';
import type { QmiTimeline } from '../src/timeline/timeline.js';
import { waitFor } from './support/world.js';

const PLATFORM = 'https://platform.example';

/** A client whose platform refuses this page's origin: every call fails as @qmi/core's client tells it. */
const refusingClient = () => {
  const refused = () =>
    Promise.reject(Object.assign(new ConnectionError('refused'), { reason: 'origin_not_allowed' as const }));
  return {
    baseUrl: PLATFORM,
    clock: Object.assign(new EventTarget(), { known: true, now: () => new Date('2023-12-15T09:30:00Z') }),
    calls: { get: refused, list: refused },
  } as unknown as ClientBase;
};

describe('<qmi-timeline> on a page the platform does not allow', () => {
  it('tells the visitor the site is not yet allowed, and the page’s developer how to allow it, once', async () => {
    const logged: string[] = [];
    const error = console.error;
    console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
    try {
      const client = refusingClient();
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="fr">
          <qmi-timeline call="qmi-2" .client=${client}></qmi-timeline>
          <qmi-timeline call="qmi-2" .client=${client}></qmi-timeline>
        </div>`,
      );
      const timelines = [...wrapper.querySelectorAll<QmiTimeline>('qmi-timeline')];
      const alert = (el: QmiTimeline) => el.shadowRoot!.querySelector('[part="status"][role="alert"]');
      await waitFor(() => timelines.every((el) => Boolean(alert(el))), { message: 'both timelines’ notices' });
      for (const el of timelines)
        expect(alert(el)!.textContent).to.include('n’est pas encore autorisé par la plateforme');
      await waitFor(() => logged.length > 0, { message: 'the developer’s message' });
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(logged).to.have.length(1);
      expect(logged[0]).to.include(`The platform ${PLATFORM} does not accept requests from this page's origin`);
      expect(logged[0]).to.include(`add "${location.origin}" to its allowed origins`);
    } finally {
      console.error = error;
    }
  });
});
