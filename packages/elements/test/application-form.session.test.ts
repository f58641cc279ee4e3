import { expect } from '@open-wc/testing';
import { createClient } from '@qmi/core';
import { sendKeys } from '@web/test-runner-commands';
import { statusText, typeInto, waitForSaved } from './support/form-helpers.js';
import { formInSession } from './support/form-in-session.js';
import { PASSWORD, waitFor } from './support/world.js';

describe('<qmi-application-form> inside <qmi-session>', () => {
  it('an expired session keeps every pending edit, asks to sign in again in a dialog, then sends them', async function () {
    this.timeout(60_000);
    const { url, session, application, page, form, dialog, forget } = await formInSession();

    // The session ends on the server (signed out elsewhere, or expired) while the agent types.
    await createClient({ baseUrl: url, token: session.token }).auth.signOut();
    await typeInto(form, 'f-motivations-text', 'Écrit après l’expiration de la session');
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
    expect((await check.applications.get(application.id)).motivations?.text).to.equal(
      'Écrit après l’expiration de la session',
    );
    forget();
  });
});
