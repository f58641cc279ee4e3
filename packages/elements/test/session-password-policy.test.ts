import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/session/session.js';
import type { QmiSessionElement } from '../src/session/session.js';
import { sandboxUrl, uniqueEmail, waitFor } from './support/world.js';

const byId = (el: QmiSessionElement, id: string) => el.shadowRoot!.getElementById(id);
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<qmi-session> and the platform’s password policy', () => {
  it('says next to the password why the platform refused a weak one, then creates the account with a strong one', async () => {
    const url = await sandboxUrl();
    const el = await fixture<QmiSessionElement>(
      `<div lang="fr"><qmi-session api-base="${url}"></qmi-session></div>`,
    ).then((wrapper) => wrapper.querySelector<QmiSessionElement>('qmi-session')!);
    await waitFor(() => el.matches(':state(signed-out)'), { message: 'the sign-in form' });
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="switch-button"]')!.click();
    await el.updateComplete;
    byId(el, 'session-email')!.focus();
    await sendKeys({ type: uniqueEmail() });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '1234567890' });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => byId(el, 'session-password-error') !== null, { message: 'the password error' });
    expect(text(byId(el, 'session-password-error'))).to.contain('Ce mot de passe est trop facile à deviner.');
    expect(byId(el, 'session-password')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();

    byId(el, 'session-password')!.focus();
    await sendKeys({ type: ' trois pommes sur un vélo' });
    await sendKeys({ press: 'Enter' });
    // Created: the address is confirmed next, by e-mail (session.email-links.test.ts follows the link).
    await waitFor(() => text(byId(el, 'step-heading')) === 'Consultez votre messagerie', {
      message: 'the account to be created',
    });
  });
});
