// The countdown is the platform's, never the device's (a town-hall PC's clock may be wrong): the test
// sandbox's clock stands at 1 December 2023, 09:00 UTC, six weeks before the deadline, years before this
// device's. The call's answer tells that time, so a page that loads the call sends that one request.
import { expect, fixture, html } from '@open-wc/testing';
import { createClientBase, QMI_2 } from '@qmi/core';
import '../src/timeline/timeline.js';
import type { QmiTimeline } from '../src/timeline/timeline.js';
import { sandboxUrl, waitFor } from './support/world.js';

/** A client of the sandbox that notes the path of every request it sends. */
const recordingClient = async () => {
  const paths: string[] = [];
  const client = createClientBase({
    baseUrl: await sandboxUrl(),
    fetch: (input, init) => {
      paths.push(new URL(input instanceof Request ? input.url : String(input)).pathname);
      return globalThis.fetch(input, init);
    },
  });
  return { client, paths };
};
const countdownOf = (el: QmiTimeline) => el.shadowRoot!.querySelector('.countdown')?.textContent ?? '';

describe('<qmi-timeline> on the platform’s clock', () => {
  it('loads the call with one request, whose answer gives the countdown its time', async () => {
    const { client, paths } = await recordingClient();
    const el = await fixture<QmiTimeline>(html`<qmi-timeline call="qmi-2" .client=${client}></qmi-timeline>`);
    await waitFor(() => countdownOf(el) === 'J-42', { message: 'the countdown by the platform’s clock' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(paths).to.deep.equal(['/v1/calls/qmi-2']);
  });

  it('given the definition, asks the platform for its time once, and counts down by it', async () => {
    const { client, paths } = await recordingClient();
    const el = await fixture<QmiTimeline>(html`<qmi-timeline .definition=${QMI_2} .client=${client}></qmi-timeline>`);
    await waitFor(() => countdownOf(el) === 'J-42', { message: 'the countdown by the platform’s clock' });
    expect(paths).to.deep.equal(['/v1/time']);
  });
});
