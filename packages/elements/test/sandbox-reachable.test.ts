import { expect } from '@open-wc/testing';
import { createClient } from '@qmi/core';
import { sandboxUrl } from './support/world.js';

describe('the browser tests’ sandbox', () => {
  it('is reachable from the page across origins, with CORS', async () => {
    const client = createClient({ baseUrl: await sandboxUrl() });
    const call = await client.calls.get('qmi-2');
    expect(call.id).to.equal('qmi-2');
  });
});
