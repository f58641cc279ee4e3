import { expect, fixture, html } from '@open-wc/testing';
import { createClient } from '@qmi/core';
import { sendKeys } from '@web/test-runner-commands';
import '../src/session/session.js';
import '../src/form/application-form.js';
import { tokenKey } from '../src/session/session.storage.js';
import { $, newDossier, SANDBOX_NOW, statusText, typeInto, waitForSaved } from './support/form-helpers.js';
import { PASSWORD, sandboxUrl, waitFor } from './support/world.js';

describe('<qmi-application-form> inside <qmi-session>', () => {
  it('an expired session keeps every pending edit, asks to sign in again in a dialog, then sends them', async function () {
    this.timeout(60_000);
    const url = await sandboxUrl();
    const { session, application } = await newDossier();
    localStorage.setItem(tokenKey(url), session.token);
    const page = await fixture<HTMLElement>(html`<qmi-session api-base=${url}>
      <qmi-application-form call="qmi-2-test" application=${application.id} now=${SANDBOX_NOW} debounce="200"></qmi-application-form>
    </qmi-session>`);
    const form = page.querySelector('qmi-application-form')!;
    await waitFor(() => Boolean($(form, '.task-list')), { message: 'the form inside the session' });

    // The session ends on the server (signed out elsewhere, or expired) while the agent types.
    await createClient({ baseUrl: url, token: session.token }).auth.signOut();
    await typeInto(form, 'f-motivations-text', 'Écrit après l’expiration de la session');
    const dialog = () => page.shadowRoot!.querySelector('dialog');
    await waitFor(() => Boolean(dialog()?.open), { timeout: 15_000, message: 'the sign-in dialog' });
    expect(statusText(form)).to.match(/session a expiré/);
    await expect(page).to.be.accessible();

    // Signing in again, with the keyboard, sends what was kept.
    const password = dialog()!.querySelector<HTMLInputElement>('input[type="password"]')!;
    password.focus();
    await sendKeys({ type: PASSWORD });
    await sendKeys({ press: 'Enter' });
    await waitForSaved(form, 20_000);
    const check = createClient({ baseUrl: url });
    await check.auth.signIn({ email: session.account.email, password: PASSWORD });
    expect((await check.applications.get(application.id)).motivations?.text).to.equal('Écrit après l’expiration de la session');
    localStorage.removeItem(tokenKey(url));
  });
});
