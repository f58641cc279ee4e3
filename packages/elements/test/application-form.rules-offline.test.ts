// Issue 17: the form fetches the rules (evaluate(), the communes, their messages) beside the dossier's
// first request, not with the page. When they cannot be fetched (the site's own server or CDN down, the
// platform up), the form says so where the dossier goes, and shows the dossier once the browser is back
// online. Its own file, without the form helpers (they read the communes from the rules' module): the
// page must not have loaded the rules for another reason.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/form/application-form.js';
import type { QmiApplicationForm } from '../src/form/application-form.component.js';
import { bareDossier, setSiteDown } from './support/site-down.js';
import { waitFor } from './support/world.js';

/** Communes of the MGP that may apply (not laureates of edition 1), with their names: one free for this test's dossier. */
const COMMUNES: Record<string, string> = {
  '92002': 'Antony',
  '92004': 'Asnières-sur-Seine',
  '92007': 'Bagneux',
  '92009': 'Bois-Colombes',
  '92014': 'Bourg-la-Reine',
  '92019': 'Châtenay-Malabry',
  '92020': 'Châtillon',
  '92022': 'Chaville',
  '92023': 'Clamart',
  '92024': 'Clichy',
};
const CALL = 'qmi-2-small-total';

const text = (el: Element, selector: string) =>
  el.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<qmi-application-form>: the rules cannot be fetched', () => {
  it('says the connection is missing in place of the dossier, and shows the dossier once back online', async () => {
    const { client, id, commune } = await bareDossier(CALL, Object.keys(COMMUNES));
    // The client's schemas for the call and the dossier come from the site too: here before it goes down,
    // as on a page that already asked for them, so that only the rules are missing.
    await Promise.all([client.calls.get(CALL), client.applications.get(id)]);
    await setSiteDown(true);
    let form: QmiApplicationForm;
    try {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="fr"><qmi-application-form .client=${client} call=${CALL} application=${id}></qmi-application-form></div>`,
      );
      form = wrapper.querySelector('qmi-application-form')!;
      await waitFor(() => Boolean(form.shadowRoot?.querySelector('.failure')), { message: 'the connection message' });
      expect(text(form, '.failure p')).to.equal(
        'Le dossier n’a pas pu être chargé. Le service de candidature ne répond pas. Vérifiez votre connexion internet, puis réessayez.',
      );
      // Nothing half-shown: no dossier without its report.
      expect(form.shadowRoot!.querySelector('.task-list, [part~="section"]')).to.equal(null);
    } finally {
      await setSiteDown(false);
    }
    // (axe is fetched from the site too.) Still the message until the browser says it is back online.
    await expect(form).to.be.accessible();
    expect(text(form, '.failure p')).to.include('Vérifiez votre connexion internet');
    // The browser says it is back online: the rules come, and the dossier shows with its commune's name.
    globalThis.dispatchEvent(new Event('online'));
    await waitFor(() => Boolean(form.shadowRoot?.querySelector('.task-list')), { message: 'the dossier' });
    expect(form.shadowRoot!.querySelector('.failure')).to.equal(null);
    expect(text(form, '.commune')).to.include(COMMUNES[commune]!);
    expect(form.report?.readyToSubmit).to.equal(false);
  });
});
