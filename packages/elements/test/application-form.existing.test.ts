import { expect } from '@open-wc/testing';
import { type Application, ConflictError, createClient, type QmiClient } from '@qmi/core';
import { MGP } from '@qmi/validators';
import { sendKeys } from '@web/test-runner-commands';
import { $, mountForm } from './support/form-helpers.js';
import { PASSWORD, sandboxUrl, signUpVerified, uniqueEmail, waitFor } from './support/world.js';

const CALL = 'qmi-2-test';
// Edition-1 laureates cannot apply; Saint-Denis is kept for the start-step test of application-form.test.ts.
const EXCLUDED = new Set(['93005', '92048', '93051', '92071', '93066']);

/** Creates a dossier on a commune nobody took yet in this sandbox (every test file shares it). */
async function createOnFreeCommune(client: QmiClient): Promise<Application> {
  const communes = MGP.communes().filter((c) => !EXCLUDED.has(c.code));
  const start = Math.floor(Math.random() * communes.length);
  for (let i = 0; i < communes.length; i++) {
    try {
      return await client.applications.create(CALL, { commune: communes[(start + i) % communes.length]!.code });
    } catch (error) {
      if (!(error instanceof ConflictError && error.code === 'application_exists')) throw error;
    }
  }
  throw new Error('no free commune left in the test sandbox');
}

describe('<qmi-application-form> start step, when the commune’s dossier was created meanwhile', () => {
  it('opens that dossier instead of failing (409 application_exists)', async () => {
    const client = createClient({ baseUrl: await sandboxUrl() });
    await signUpVerified(client, { email: uniqueEmail(), password: PASSWORD });
    const form = await mountForm({ client, call: CALL });
    // Another tab of the same person creates the dossier while this one shows the start step.
    const application = await createOnFreeCommune(client);
    await client.applications.update(
      application.id,
      { challenge: { title: 'Commencé dans un autre onglet' } },
      { ifMatch: application.revision },
    );

    const picker = $(form, 'qmi-commune-picker')!;
    (picker.shadowRoot!.querySelector('input') as HTMLInputElement).focus();
    await sendKeys({ type: application.commune });
    await waitFor(() => Boolean(picker.shadowRoot!.querySelector('[role="option"]')), { message: 'suggestions' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    ($(form, '.start button') as HTMLButtonElement).click();
    await waitFor(() => Boolean($(form, '.task-list, .failure')), { message: 'the dossier opened' });
    expect($(form, '.failure')).to.equal(null);
    await form.updateComplete; // the sections past the first screen too (see mountForm)
    expect(($(form, '#f-challenge-title') as HTMLInputElement).value).to.equal('Commencé dans un autre onglet');
  });
});
