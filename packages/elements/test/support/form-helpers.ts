import { createClient, type QmiClient } from '@qmi/core';
import { MGP } from '@qmi/validators';
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/form/application-form.js';
import type { QmiApplicationForm } from '../../src/form/application-form.component.js';
import { ORGANISER, PASSWORD, sandboxUrl, signUpVerified, uniqueEmail, waitFor } from './world.js';

/**
 * Every test file runs in its own page against the same sandbox, and a commune has one dossier per
 * call: each dossier takes a free commune of the MGP, trying the next one when a commune is taken.
 */
// Edition-1 laureates cannot apply; Saint-Denis (93066) is kept for the start-step test.
const EXCLUDED = new Set(['93005', '92048', '93051', '92071', '93066']);
const communes = MGP.communes()
  .map((c) => c.code)
  .filter((code) => !EXCLUDED.has(code));
let next = Math.floor(Math.random() * communes.length);

let organiser: QmiClient | undefined;

/**
 * Makes the account one of the commune's verified agents, as the platform requires to hold the
 * commune's place and submit: it asks to represent the commune and an organiser approves.
 */
export async function verifyFor(client: QmiClient, commune: string) {
  const claim = await client.communeClaims.create({
    commune,
    name: 'Agent de test',
    townHallRole: 'Chargé de mission',
  });
  if (!organiser) {
    organiser = createClient({ baseUrl: await sandboxUrl() });
    await organiser.auth.signIn(ORGANISER);
  }
  await organiser.communeClaims.decide(claim.id, { decision: 'approve' });
}

/**
 * A new applicant (address confirmed, verified for the commune) with a dossier on the given call that
 * holds the commune's place, signed in with its own client.
 */
export async function newDossier(call = 'qmi-2-test') {
  const client = createClient({ baseUrl: await sandboxUrl() });
  const session = await signUpVerified(client, { email: uniqueEmail(), password: PASSWORD });
  for (let attempt = 0; attempt < communes.length; attempt++) {
    const commune = communes[next++ % communes.length]!;
    try {
      await verifyFor(client, commune);
      const application = await client.applications.create(call, { commune });
      return { client, session, application, call };
    } catch (error) {
      if ((error as { code?: string }).code !== 'application_exists') throw error;
    }
  }
  throw new Error('Every commune of the MGP already has a dossier for this call in the test sandbox');
}

/** A new dossier (see `newDossier`) holding `count` association partners, each with a contact. */
export async function dossierWithPartners(count: number) {
  const dossier = await newDossier();
  const partners = Array.from({ length: count }, (_, i) => ({
    id: `partner-${i + 1}`,
    name: `Partenaire ${i + 1}`,
    type: 'association' as const,
    contact: { name: `Contact ${i + 1}`, email: `contact${i + 1}@partenaire.example.org` },
  }));
  await dossier.client.applications.update(
    dossier.application.id,
    { partners },
    { ifMatch: dossier.application.revision },
  );
  return dossier;
}

/** The sandbox's clock starts inside the application window (this machine's clock is years later). */
export const SANDBOX_NOW = '2023-12-01T09:00:00Z';

/** Mounts a form as a partner page does: no `now` unless a test freezes time, so the platform's clock decides. */
export async function mountForm(options: {
  client: QmiClient;
  call: string;
  application?: string;
  debounce?: number;
  lang?: string;
  now?: string;
}) {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${options.lang ?? 'fr'}>
    <qmi-application-form .client=${options.client} call=${options.call} application=${options.application ?? ''} debounce=${options.debounce ?? 300} now=${options.now ?? ''}></qmi-application-form>
  </div>`,
  );
  const form = wrapper.querySelector('qmi-application-form') as QmiApplicationForm;
  await waitFor(() => Boolean(form.shadowRoot?.querySelector('.task-list, .start, .failure')), {
    message: 'the form to load',
  });
  // Its sections past the first screen, and the long lists' items, are built in the frames after the first
  // (src/form/deferred.ts; the long-lists test is about that): the tests act on the whole form, as a
  // person does once they reach a field.
  await form.updateComplete;
  return form;
}

export const $ = <T extends Element = HTMLElement>(form: Element, selector: string) =>
  form.shadowRoot!.querySelector<T>(selector);
export const statusText = (form: Element) => $(form, '[part~="status"] p')?.textContent?.trim() ?? '';

/** Types into a field with real key presses, as a person would. */
export async function typeInto(form: Element, id: string, text: string) {
  const input = $(form, `#${id}`)!;
  input.focus();
  await sendKeys({ type: text });
}

export const waitForSaved = (form: Element, timeout = 15_000) =>
  waitFor(() => /Enregistré à|Saved at|Toutes vos modifications/.test(statusText(form)), {
    timeout,
    message: `saved status (now: "${statusText(form)}")`,
  });

/**
 * The same field edited in two tabs of one dossier: tab B types "Version de Thomas" in the challenge's
 * title (and keeps the focus there, as in its own window) while tab A saves "Version de Camille" in it;
 * resolves once tab B shows the conflict chooser.
 */
export async function conflictInTwoTabs(options: { now?: string } = {}) {
  const { client, application, call } = await newDossier();
  const a = await mountForm({ client, call, application: application.id, debounce: 100, ...options });
  const b = await mountForm({ client, call, application: application.id, debounce: 60_000, ...options });
  await typeInto(b, 'f-challenge-title', 'Version de Thomas');
  const inputA = $(a, '#f-challenge-title') as HTMLInputElement;
  inputA.value = 'Version de Camille';
  inputA.dispatchEvent(new Event('input'));
  await waitForSaved(a);
  await waitFor(() => Boolean($(b, '[part="conflict"]')), { message: 'the conflict chooser in tab B' });
  return { client, application, a, b };
}
