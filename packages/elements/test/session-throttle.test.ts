import { expect, fixture } from '@open-wc/testing';
import { AuthenticationError, createClient } from '@qmi/core';
import { sendKeys } from '@web/test-runner-commands';
import type { QmiSessionElement } from '../src/session/session.js';
import '../src/session/session.js';
import { PASSWORD, sandboxUrl, signUpVerified, uniqueEmail, waitFor } from './support/world.js';

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<qmi-session> when sign-in is throttled', () => {
  it('after 5 wrong passwords, says when the person may try again', async () => {
    const url = await sandboxUrl();
    const email = uniqueEmail('throttled');
    const client = createClient({ baseUrl: url });
    await signUpVerified(client, { email, password: PASSWORD });
    // Five wrong passwords from this browser's address (the platform counts per account and address).
    for (let i = 0; i < 5; i++) {
      const refused = await client.auth.signIn({ email, password: 'pas le bon mot de passe' }).catch((e) => e);
      expect(refused).to.be.instanceOf(AuthenticationError);
    }

    const el = await fixture<QmiSessionElement>(`<qmi-session api-base="${url}"></qmi-session>`);
    await waitFor(() => el.matches(':state(signed-out)'), { message: '<qmi-session> signed-out' });
    el.shadowRoot!.getElementById('session-email')!.focus();
    await sendKeys({ type: email });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: PASSWORD });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => el.shadowRoot!.getElementById('session-summary') !== null, { message: 'the error summary' });
    await el.updateComplete;

    const summary = el.shadowRoot!.getElementById('session-summary')!;
    // The platform's minute counts from the first wrong password: "1 minute", or the seconds left when
    // the steps above took more than a second (a loaded machine).
    expect(text(summary)).to.match(/Trop de tentatives\. Réessayez dans (1 minute|[1-5]?\d secondes)\./);
    expect(el.shadowRoot!.activeElement?.id).to.equal('session-summary');
    expect(el.matches(':state(signed-out)')).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
