import { expect, fixture, html } from '@open-wc/testing';
import '../src/checklist/checklist.js';
import '../src/form/application-form.js';
import type { QmiCriteriaChecklist } from '../src/checklist/checklist.component.js';
import type { QmiChecklistNavigateEvent } from '../src/checklist/checklist.events.js';
import type { QmiApplicationForm } from '../src/form/application-form.component.js';
import { axHeadings, axTree } from './support/ax-tree.js';
import { $, mountForm, newDossier, SANDBOX_NOW, typeInto } from './support/form-helpers.js';
import { sandboxUrl, waitFor } from './support/world.js';

const text = (el: Element, selector: string) =>
  el.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const all = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const loaded = (el: Element) =>
  waitFor(() => Boolean(el.shadowRoot?.querySelector('[part~="criterion"]')), { message: 'the checklist to load' });
const signal = (el: Element, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`[data-signal="${id}"]`);

async function mountCall(lang = 'fr') {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}>
    <qmi-criteria-checklist api-base=${await sandboxUrl()} call="qmi-2"></qmi-criteria-checklist>
  </div>`,
  );
  const el = wrapper.querySelector('qmi-criteria-checklist') as QmiCriteriaChecklist;
  await loaded(el);
  return el;
}

/** A form and a checklist bound to it, side by side, as on a partner page. */
async function mountBound(lang = 'fr') {
  const { client, application } = await newDossier('qmi-2');
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}>
    <qmi-application-form id="f" .client=${client} call="qmi-2" application=${application.id} debounce="300" now=${SANDBOX_NOW}></qmi-application-form>
    <qmi-criteria-checklist for="f"></qmi-criteria-checklist>
  </div>`,
  );
  const form = wrapper.querySelector('qmi-application-form') as QmiApplicationForm;
  const el = wrapper.querySelector('qmi-criteria-checklist') as QmiCriteriaChecklist;
  await waitFor(() => Boolean(form.shadowRoot?.querySelector('.task-list')), { message: 'the form to load' });
  await form.updateComplete; // its sections past the first screen too (see mountForm)
  await loaded(el);
  return { form, el, client, application };
}

describe('<qmi-criteria-checklist>', () => {
  describe('without a dossier: what the call asks for', () => {
    it('is accessible, and lists the eligibility condition, the four parts and the five criteria', async () => {
      const el = await mountCall();
      await expect(el).to.be.accessible();
      expect(text(el, 'h2')).to.equal('Ce que demande l’appel');
      const eligibility = text(el, '[part~="eligibility"]');
      expect(eligibility).to.contain('Être une commune membre de la Métropole du Grand Paris.');
      expect(eligibility).to.contain(
        'Ne pas être lauréate de la 1re édition (Aulnay-sous-Bois, Meudon, Noisy-le-Grand et Sceaux).',
      );
      expect(eligibility).to.contain('12 janvier 2024');
      expect(eligibility).to.contain('23:59:59 (heure de Paris)');
      const parts = all(el, '[part~="parts"] > ol > li');
      expect(parts.length).to.equal(4);
      expect(text(el, '[part~="parts"] h3')).to.equal('Les 4 pièces du dossier');
      expect(parts[0]!.querySelector('strong')!.textContent).to.equal('Le formulaire de candidature');
      expect(parts.slice(1).map((li) => li.querySelector('strong')!.textContent)).to.deep.equal([
        'Lettre d’engagement du maire',
        'Fiche de présentation du ou des secteurs proposés',
        'Documents attestant le soutien des partenaires locaux',
      ]);
      expect(parts[1]!.textContent).to.contain(
        'Formats acceptés : PDF. Taille maximale : 10 Mo par fichier. 1 fichier exactement.',
      );
      expect(parts[2]!.textContent).to.contain('PDF, ODT, DOCX, JPEG et PNG');
      const criteria = all(el, '[part~="criterion"]');
      expect(criteria.length).to.equal(5);
      expect(criteria[0]!.querySelector('h4')!.textContent).to.equal('Critère 1 : Pertinence du défi');
      expect(criteria[0]!.textContent).to.contain(
        'La pertinence du défi (et du secteur associé) proposé pour expérimenter.',
      );
    });

    it('gives its title the level heading-level sets, its sections and criteria the next ones', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="fr"><qmi-criteria-checklist api-base=${await sandboxUrl()} call="qmi-2" heading-level="3"></qmi-criteria-checklist></div>`,
      );
      const el = wrapper.querySelector('qmi-criteria-checklist')!;
      await loaded(el);
      const headings = axHeadings(await axTree());
      expect(headings.slice(0, 3)).to.deep.equal([
        '3 Ce que demande l’appel',
        '4 Éligibilité',
        '4 Les 4 pièces du dossier',
      ]);
      expect(headings).to.include('5 Critère 1 : Pertinence du défi');
    });

    it('speaks English under lang="en", accessibly', async () => {
      const el = await mountCall('en');
      await expect(el).to.be.accessible();
      expect(text(el, 'h2')).to.equal('What the call asks for');
      expect(text(el, '[part~="eligibility"]')).to.contain('12 January 2024');
      expect(text(el, '[part~="eligibility"]')).to.contain('(Paris time)');
      expect(all(el, '[part~="parts"] > ol > li').length).to.equal(4);
      expect(all(el, '[part~="criterion"]')[0]!.querySelector('h4')!.textContent).to.equal(
        'Criterion 1: Relevance of the challenge',
      );
    });
  });

  describe('bound to a form on the page', () => {
    it('follows the form as the person types, and is accessible', async () => {
      const { form, el } = await mountBound();
      await expect(el).to.be.accessible();
      expect(text(el, '[part~="status"]')).to.match(/^\d+ points à compléter$/);
      expect(text(el, '[part~="eligibility"]')).to.contain('Votre commune peut candidater.');
      expect(text(el, '[part~="criteria"] .note')).to.contain('pas une note');
      const before = text(el, '[part~="status"]');
      const titleLinked = () => all(el, 'a[part~="link"]').some((a) => a.dataset['path'] === 'challenge.title');
      expect(titleLinked()).to.equal(true);
      const title = () => signal(el, 'challenge-titled');
      expect(title()!.dataset['met']).to.equal('false');
      expect(title()!.textContent).to.contain('À faire');
      expect(title()!.textContent).to.contain('Le défi a un intitulé.');
      await typeInto(form, 'f-challenge-title', 'Rues aux écoles');
      await waitFor(() => title()?.dataset['met'] === 'true', { message: 'criterion 1’s title signal met' });
      expect(title()!.textContent).to.contain('Fait');
      expect(text(el, '[part~="status"]')).to.not.equal(before);
      // The missing title is no longer listed.
      expect(titleLinked()).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('announces the overall status once it settles, not on every keystroke', async () => {
      const { form, el } = await mountBound();
      const live = () => text(el, '[role="status"]');
      expect(live()).to.equal('');
      await typeInto(form, 'f-challenge-title', 'Rues');
      // Right after typing: nothing announced yet (the announcement waits for a pause).
      expect(live()).to.equal('');
      await waitFor(() => /points? à compléter/.test(live()), { message: 'the announcement after a pause' });
      expect(live()).to.equal(text(el, '[part~="status"]'));
    });

    it('takes the person to a missing field when its link is activated', async () => {
      const { form, el } = await mountBound();
      const link = all(el, 'a[part~="link"]').find((a) => a.dataset['path'] === 'challenge.title');
      expect(Boolean(link)).to.equal(true);
      expect(link!.getAttribute('href')).to.equal('#f-challenge-title');
      link!.click();
      await waitFor(() => form.shadowRoot!.activeElement?.id === 'f-challenge-title', { message: 'the field focused' });
      expect(form.shadowRoot!.activeElement?.id === 'f-challenge-title').to.equal(true);
      expect($(form, '#f-challenge-title') === form.shadowRoot!.activeElement).to.equal(true);
    });

    it('reads the report of a form already loaded when it is added to the page', async () => {
      const { client, application } = await newDossier('qmi-2');
      const form = await mountForm({ client, call: 'qmi-2', application: application.id });
      await waitFor(() => Boolean(form.report), { message: 'the form’s report' });
      form.id = 'later';
      const el = document.createElement('qmi-criteria-checklist');
      el.htmlFor = 'later';
      form.after(el);
      await el.updateComplete;
      // At once from the form's report (no flash of a loading state), then with the call's descriptions.
      expect(all(el, '[part~="criterion"]').length).to.equal(5);
      await waitFor(() => text(el, '[part~="criterion"] .description') !== '', {
        message: 'the criteria descriptions',
      });
      await expect(el).to.be.accessible();
    });

    it('is accessible in English', async () => {
      const { el } = await mountBound('en');
      await expect(el).to.be.accessible();
      expect(text(el, 'h2')).to.equal('Where your application stands');
      expect(text(el, '[part~="status"]')).to.match(/^\d+ items to complete$/);
      expect(text(el, '[part~="criteria"] .note')).to.contain('not a score');
      expect(signal(el, 'challenge-titled')!.textContent).to.contain('To do');
    });
  });

  describe('given an application id', () => {
    it('loads and evaluates it, and fires qmi-checklist-navigate from a link', async () => {
      const { client, application } = await newDossier('qmi-2');
      await client.applications.update(
        application.id,
        { challenge: { title: 'Rues aux écoles' } },
        { ifMatch: application.revision },
      );
      const el = await fixture<QmiCriteriaChecklist>(
        html`<qmi-criteria-checklist .client=${client} call="qmi-2" application=${application.id} now=${SANDBOX_NOW}></qmi-criteria-checklist>`,
      );
      await loaded(el);
      await expect(el).to.be.accessible();
      expect(signal(el, 'challenge-titled')!.dataset['met']).to.equal('true');
      expect(signal(el, 'challenge-developed')!.dataset['met']).to.equal('false');
      expect(el.report?.readyToSubmit).to.equal(false);
      expect(all(el, '[part~="criterion"]').length).to.equal(5);
      const link = all(el, 'a[part~="link"]')[0]!;
      const navigated = new Promise<QmiChecklistNavigateEvent>((resolve) =>
        el.addEventListener('qmi-checklist-navigate', resolve, { once: true }),
      );
      link.click();
      expect((await navigated).path).to.equal(link.dataset['path']);
    });
  });
});
