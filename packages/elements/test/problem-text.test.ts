import { expect, fixture, html } from '@open-wc/testing';
import { createClient } from '@qmi/core';
import '../src/form/application-form.js';
import { SANDBOX_NOW } from './support/form-helpers.js';
import { sandboxUrl, waitFor } from './support/world.js';

// A platform error already shown follows the page's language, whichever language the platform answered
// in. The titles of every error are fetched per language only when a shown error must change language
// (that no element's first download holds them is test-node/error-titles.test.mjs's: this test server
// serves @qmi/core's barrel unbundled, every module of it).

const html$ = document.documentElement;
const shadowText = (el: Element) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function shows(el: Element, shown: string, gone: string, when: string): Promise<void> {
  try {
    await waitFor(() => shadowText(el).includes(shown) && !shadowText(el).includes(gone), {
      timeout: 3000,
      message: when,
    });
  } catch (error) {
    throw new Error(`${(error as Error).message}; it shows: "${shadowText(el).slice(0, 200)}"`, { cause: error });
  }
}

/** A form asked for a call that does not exist: the platform answers 404 in the client's language. */
const failedForm = async (lang: 'fr' | 'en') => {
  const client = createClient({ baseUrl: await sandboxUrl(), lang });
  return fixture<HTMLElement>(
    html`<qmi-application-form .client=${client} call="no-such-call" now=${SANDBOX_NOW}></qmi-application-form>`,
  );
};

describe('a platform error shown follows the page’s language', () => {
  const original = html$.getAttribute('lang');
  afterEach(() => {
    if (original === null) html$.removeAttribute('lang');
    else html$.setAttribute('lang', original);
  });

  it('an English page: the English error, then the French title once the page says fr, and back', async () => {
    html$.setAttribute('lang', 'en');
    const el = await failedForm('en');
    await shows(el, 'The application could not be loaded. Resource not found.', 'introuvable', 'en');
    html$.setAttribute('lang', 'fr');
    await shows(
      el,
      'Le dossier n’a pas pu être chargé. Ressource introuvable.',
      'Resource',
      'fr after <html lang="fr">',
    );
    html$.setAttribute('lang', 'en');
    await shows(el, 'The application could not be loaded. Resource not found.', 'introuvable', 'en again');
    await expect(el).to.be.accessible();
  });

  it('an English element whose client asks the platform in French shows the English title', async () => {
    html$.setAttribute('lang', 'en');
    const el = await failedForm('fr');
    await shows(el, 'The application could not be loaded. Resource not found.', 'introuvable', 'en');
  });
});
