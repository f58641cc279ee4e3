import { createClient, type QmiClient } from '@qmi/core';
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/form/application-form.js';
import type { QmiApplicationForm } from '../../src/form/application-form.component.js';
import { PASSWORD, sandboxUrl, uniqueEmail, waitFor } from './world.js';

let communeIndex = 0;
/** Communes of the MGP not used by other test files, one per dossier. */
const COMMUNES = ['94028', '92012', '93048', '94080', '92050', '93010', '94041', '92026', '93070', '94081', '92044', '93001', '94033', '92036', '93031', '94046', '92060', '93064', '94068', '92078'];
export const nextCommune = () => COMMUNES[communeIndex++ % COMMUNES.length]!;

/** A new applicant with a dossier on the given call, signed in with its own client. */
export async function newDossier(call = 'qmi-2-test') {
  const client = createClient({ baseUrl: await sandboxUrl() });
  const session = await client.auth.signUp({ email: uniqueEmail(), password: PASSWORD });
  const application = await client.applications.create(call, { commune: nextCommune() });
  return { client, session, application, call };
}

export async function mountForm(options: { client: QmiClient; call: string; application?: string; debounce?: number; lang?: string }) {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${options.lang ?? 'fr'}>
    <qmi-application-form .client=${options.client} call=${options.call} application=${options.application ?? ''} debounce=${options.debounce ?? 300}></qmi-application-form>
  </div>`);
  const form = wrapper.querySelector('qmi-application-form') as QmiApplicationForm;
  await waitFor(() => Boolean(form.shadowRoot?.querySelector('.task-list, .start, .failure')), { message: 'the form to load' });
  return form;
}

export const $ = <T extends Element = HTMLElement>(form: Element, selector: string) => form.shadowRoot!.querySelector<T>(selector);
export const statusText = (form: Element) => $(form, '[part~="status"] [role="status"]')?.textContent?.trim() ?? '';

/** Types into a field with real key presses, as a person would. */
export async function typeInto(form: Element, id: string, text: string) {
  const input = $(form, `#${id}`)!;
  input.focus();
  await sendKeys({ type: text });
}

export const waitForSaved = (form: Element, timeout = 15_000) =>
  waitFor(() => /Enregistré à|Saved at|Toutes vos modifications/.test(statusText(form)), { timeout, message: `saved status (now: "${statusText(form)}")` });
