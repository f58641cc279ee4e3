// The React example (examples/react/App.tsx) in a real browser against the real sandbox, through the
// package's own entry `@qmi/elements/react` (the built one: `npm run build` first): what a person
// sees, and the elements' events reaching React.
import { expect } from '@open-wc/testing';
import { createClient } from '@qmi/core';
import { MGP } from '@qmi/validators';
import { sendKeys } from '@web/test-runner-commands';
import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { App } from '../../../examples/react/App.js';
import { tokenKey } from '../src/session/session.storage.js';
import { PASSWORD, sandboxUrl, signUpVerified, uniqueEmail, waitFor } from './support/world.js';

const NOW = '2023-12-01T09:00:00Z'; // the sandbox's clock
const CALL = 'qmi-2-test';
const shadow = (host: Element | null | undefined, selector: string) =>
  host?.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** A new commune account with a dossier of its own (any free commune of the MGP but Saint-Denis). */
async function newDossier() {
  const client = createClient({ baseUrl: await sandboxUrl() });
  const session = await signUpVerified(client, { email: uniqueEmail('react'), password: PASSWORD });
  const excluded = new Set(['93005', '92048', '93051', '92071', '93066']);
  const communes = MGP.communes()
    .map((c) => c.code)
    .filter((code) => !excluded.has(code));
  const start = Math.floor(Math.random() * communes.length);
  for (let i = 0; i < communes.length; i++) {
    try {
      const application = await client.applications.create(CALL, { commune: communes[(start + i) % communes.length]! });
      return { session, application };
    } catch (error) {
      if ((error as { code?: string }).code !== 'application_exists') throw error;
    }
  }
  throw new Error('no free commune left in the test sandbox');
}

describe('the React example (@qmi/elements/react)', () => {
  let root: Root | undefined;
  let container: HTMLElement | undefined;

  afterEach(() => {
    root?.unmount();
    container?.remove();
  });

  const render = (apiBase: string) => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    root.render(createElement(App, { apiBase, call: CALL, now: NOW }));
    return container;
  };

  it('registers the elements and shows where the call stands, before anyone signs in', async () => {
    const url = await sandboxUrl();
    localStorage.removeItem(tokenKey(url));
    const page = render(url);
    for (const tag of [
      'qmi-session',
      'qmi-application-form',
      'qmi-timeline',
      'qmi-commune-picker',
      'qmi-document-uploader',
    ]) {
      expect(customElements.get(tag), tag).to.not.equal(undefined);
    }
    const timeline = () => page.querySelector('qmi-timeline');
    await waitFor(() => Boolean(shadow(timeline(), 'ol.phases')), { message: 'the timeline' });
    // 1 December 2023, 10:00 in Paris: 42 days to the deadline of 12 January 2024.
    expect(text(shadow(timeline(), '.countdown'))).to.equal('J-42');
    expect(text(shadow(timeline(), '[part="status"]'))).to.include(
      'avant la date limite du 12 janvier 2024 à 23:59:59 (heure de Paris)',
    );
    const phases = [...timeline()!.shadowRoot!.querySelectorAll('ol.phases > li')];
    expect(phases.length).to.equal(5);
    expect(phases[0]!.getAttribute('aria-current')).to.equal('step');
    // Signed out: the session shows its sign-in form, not the dossier.
    const session = page.querySelector('qmi-session')!;
    await waitFor(() => Boolean(shadow(session, 'form')), { message: 'the sign-in form' });
    expect(text(shadow(session, 'form'))).to.match(/Se connecter/);
    await expect(page.querySelector('main')).to.be.accessible();
  });

  it('shows the signed-in commune its dossier, and each autosave reaches React through onQmiSave', async function () {
    this.timeout(40_000);
    const url = await sandboxUrl();
    const { session, application } = await newDossier();
    localStorage.setItem(tokenKey(url), session.token);
    const page = render(url);
    const form = () => page.querySelector('qmi-application-form');
    await waitFor(() => Boolean(shadow(form(), '.task-list')), { timeout: 15_000, message: 'the dossier' });
    // Its sections past the first screen too (built after the first frame, see test/support/form-helpers.ts).
    await (form() as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    const commune = MGP.find(application.commune)!.commune.name;
    expect(text(shadow(form(), '[part="header"]'))).to.include(commune);
    expect(text(shadow(form(), '[part="task-list"]'))).to.include('Étapes du dossier');
    expect(text(page.querySelector('.app-status'))).to.equal('');

    // A person types; the element saves by itself and React hears of it.
    shadow(form(), '#f-challenge-title')!.focus();
    await sendKeys({ type: 'Des rues aux écoles' });
    await waitFor(() => text(page.querySelector('.app-status')).startsWith('Brouillon enregistré'), {
      timeout: 15_000,
      message: 'onQmiSave in React',
    });
    expect(text(page.querySelector('.app-status'))).to.match(/version [2-9]/);
    const stored = await createClient({ baseUrl: url, token: session.token }).applications.get(application.id);
    expect(stored.challenge?.title).to.equal('Des rues aux écoles');
    localStorage.removeItem(tokenKey(url));
  });
});
