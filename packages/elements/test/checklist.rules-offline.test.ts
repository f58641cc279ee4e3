// Issue 17: the checklist fetches the rules (evaluate()) with the dossier, and its view of what a call
// asks for with the call, not with the page. When either cannot be fetched (the site's server or CDN
// down, the platform up), the checklist says so in its place, and shows it once the browser is back
// online. Its own file, and no form on the page: the page must not have loaded them for another reason.
import { createClient } from '@qmi/core';
import { expect, fixture, html } from '@open-wc/testing';
import '../src/checklist/checklist.js';
import type { QmiCriteriaChecklist } from '../src/checklist/checklist.component.js';
import { bareDossier, setSiteDown } from './support/site-down.js';
import { sandboxUrl, waitFor } from './support/world.js';

const text = (el: Element, selector: string) =>
  el.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<qmi-criteria-checklist>: the rules cannot be fetched', () => {
  it('says the connection is missing in place of the standing, and shows it once back online', async () => {
    const { client, id } = await bareDossier('qmi-2');
    // The page already talked to the platform (its answers' schemas are here): only the rules are missing.
    await client.calls.get('qmi-2');
    await client.applications.get(id);
    await setSiteDown(true);
    let el: QmiCriteriaChecklist;
    try {
      el = await fixture<QmiCriteriaChecklist>(
        html`<qmi-criteria-checklist .client=${client} call="qmi-2" application=${id}></qmi-criteria-checklist>`,
      );
      await waitFor(() => Boolean(el.shadowRoot?.querySelector('.part-failed')), { message: 'the connection message' });
      expect(text(el, 'h2')).to.equal('Où en est votre dossier');
      expect(text(el, '.part-failed')).to.equal(
        'Le service de candidature ne répond pas. Vérifiez votre connexion internet, puis réessayez.',
      );
    } finally {
      await setSiteDown(false);
    }
    // The message stays until the browser says it is back online (axe itself is fetched from the site).
    await expect(el).to.be.accessible();
    globalThis.dispatchEvent(new Event('online'));
    await waitFor(() => el.shadowRoot!.querySelectorAll('[part~="criterion"]').length === 5, {
      message: 'the standing',
    });
    expect(el.shadowRoot!.querySelector('.part-failed')).to.equal(null);
    expect(text(el, '[part~="status"]')).to.match(/points? à compléter/);
  });

  it('without a dossier, says so in place of what the call asks for, and shows it once back online', async () => {
    const client = createClient({ baseUrl: await sandboxUrl() });
    await client.calls.get('qmi-2');
    await setSiteDown(true);
    let el: QmiCriteriaChecklist;
    try {
      el = await fixture<QmiCriteriaChecklist>(
        html`<qmi-criteria-checklist .client=${client} call="qmi-2"></qmi-criteria-checklist>`,
      );
      await waitFor(() => Boolean(el.shadowRoot?.querySelector('.part-failed')), { message: 'the connection message' });
      expect(text(el, 'h2')).to.equal('Ce que demande l’appel');
    } finally {
      await setSiteDown(false);
    }
    await expect(el).to.be.accessible();
    globalThis.dispatchEvent(new Event('online'));
    await waitFor(() => el.shadowRoot!.querySelectorAll('[part~="criterion"]').length === 5, { message: 'the call' });
    expect(el.shadowRoot!.querySelector('.part-failed')).to.equal(null);
    expect(text(el, '[part~="eligibility"]')).to.contain('12 janvier 2024');
  });
});
