import { expect, fixture, html } from '@open-wc/testing';
import type { QmiClient } from '@qmi/core';
import { nothing, type TemplateResult } from 'lit';
import type { QmiApplicationForm } from '../src/form/application-form.component.js';
import { $, newDossier, SANDBOX_NOW, typeInto, waitForSaved } from './support/form-helpers.js';
import { waitFor } from './support/world.js';

/**
 * A partner that splits the dossier over the pages of its own site: one `<qmi-application-form>` per
 * page, each showing some sections (`sections`), with the partner's own words in the slots, the same
 * autosave and the same rules over the whole dossier.
 */
async function mountSections(options: {
  client: QmiClient;
  application: string;
  sections: string;
  sectionHref?: string;
  content?: TemplateResult;
}) {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang="fr">
    <qmi-application-form .client=${options.client} call="qmi-2-test" application=${options.application} sections=${options.sections}
      section-href=${options.sectionHref ?? nothing} debounce="300" now=${SANDBOX_NOW}>${options.content ?? nothing}</qmi-application-form>
  </div>`,
  );
  const form = wrapper.querySelector('qmi-application-form') as QmiApplicationForm;
  await waitFor(() => Boolean(form.shadowRoot?.querySelector('[part~="header"], .failure')), {
    message: 'the form to load',
  });
  return form;
}

const renderedSections = (form: Element) =>
  [...form.shadowRoot!.querySelectorAll('section.section')].map((section) => section.id);
const taskListRows = (form: Element) =>
  [...form.shadowRoot!.querySelectorAll('[part~="task-list"] li')].map((li) => ({
    text: li.textContent!.replace(/\s+/g, ' ').trim(),
    href: li.querySelector('a')?.getAttribute('href') ?? null,
  }));
const follows = (a: Node, b: Node) => Boolean(b.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING);
const sendButton = (form: Element) =>
  [...form.shadowRoot!.querySelectorAll<HTMLButtonElement>('#section-submit button')].find((b) =>
    b.textContent?.includes('Envoyer'),
  )!;

describe('<qmi-application-form sections>: the partner chooses what each page shows', () => {
  it('renders only the named sections, in the call’s order, and the task list only when named', async () => {
    const { client, application } = await newDossier();
    const form = await mountSections({ client, application: application.id, sections: 'team, challenge' });
    expect(renderedSections(form)).to.deep.equal(['section-challenge', 'section-team']);
    expect($(form, '[part~="task-list"]'), 'no task list unless named').to.equal(null);
    expect($(form, '#section-submit')).to.equal(null);
    expect($(form, '#section-documents')).to.equal(null);
    // The save status is on every page: it is what tells the person their words are kept.
    expect($(form, '[part~="status"] p')).not.to.equal(null);
    await expect(form).to.be.accessible();

    form.setAttribute('sections', 'documents submit');
    await waitFor(() => renderedSections(form).join() === 'section-documents,section-submit', {
      message: 'the sections to follow the attribute',
    });
  });

  it('lists every section of the dossier in the task list, with links only to those on this page or to the partner’s pages', async () => {
    const { client, application } = await newDossier();
    const alone = await mountSections({ client, application: application.id, sections: 'task-list team' });
    const rows = taskListRows(alone);
    expect(rows.length, 'the eight sections and the documents').to.equal(9);
    expect(rows.filter((row) => row.href !== null).map((row) => row.href)).to.deep.equal(['#section-team']);
    expect(rows.find((row) => row.text.startsWith('L’équipe de la commune'))!.text).to.include('Non commencé');
    await expect(alone).to.be.accessible();

    const linked = await mountSections({
      client,
      application: application.id,
      sections: 'task-list',
      sectionHref: '/candidature/{section}',
    });
    expect(taskListRows(linked).map((row) => row.href)).to.deep.equal([
      '/candidature/applicant',
      '/candidature/challenge',
      '/candidature/policy',
      '/candidature/resources',
      '/candidature/team',
      '/candidature/partners',
      '/candidature/motivations',
      '/candidature/acknowledgements',
      '/candidature/documents',
    ]);
  });

  it('shows the partner’s introduction, help and closing words where documented, and stays accessible', async () => {
    const { client, application } = await newDossier();
    const form = await mountSections({
      client,
      application: application.id,
      sections: 'team documents',
      content: html`
        <p slot="intro" id="partner-intro">Étape 3 sur 5 : présentez l’équipe qui portera le projet.</p>
        <div slot="help-team" id="partner-help"><p>Besoin d’aide ? <a href="https://partenaire.example/aide">Lisez notre guide de l’équipe projet</a>.</p></div>
        <p slot="help-policy" id="partner-hidden">Aide de la partie « politiques publiques », sur une autre page.</p>
        <nav slot="after" aria-label="Pages du dossier" id="partner-after"><a href="/candidature/partenaires">Page suivante : les partenaires</a></nav>
      `,
    });
    const root = form.shadowRoot!;
    const intro = root.querySelector<HTMLSlotElement>('slot[name="intro"]')!;
    const help = root.querySelector<HTMLSlotElement>('#section-team slot[name="help-team"]')!;
    const after = root.querySelector<HTMLSlotElement>('slot[name="after"]')!;
    expect(intro.assignedElements().map((e) => e.id)).to.deep.equal(['partner-intro']);
    expect(help.assignedElements().map((e) => e.id)).to.deep.equal(['partner-help']);
    expect(after.assignedElements().map((e) => e.id)).to.deep.equal(['partner-after']);
    // intro: after the title and save status, before the sections; help: under the section's title, before its fields; after: after the last section.
    expect(follows(intro, $(form, '[part~="header"]')!)).to.equal(true);
    expect(follows($(form, '#section-team')!, intro)).to.equal(true);
    expect(follows(help, $(form, '#title-team')!)).to.equal(true);
    expect(follows($(form, '#section-team [part~="field"]')!, help)).to.equal(true);
    expect(follows(after, $(form, '#section-documents')!)).to.equal(true);
    // What belongs to a section not on this page is not shown.
    expect(root.querySelector('slot[name="help-policy"]')).to.equal(null);
    expect(form.querySelector('#partner-hidden')!.getClientRects().length).to.equal(0);
    expect(form.querySelector('#partner-help')!.getClientRects().length).to.be.greaterThan(0);
    await expect(form).to.be.accessible();
  });

  it('saves an edit made on a page that shows one section', async () => {
    const { client, application } = await newDossier();
    const form = await mountSections({ client, application: application.id, sections: 'team' });
    expect(renderedSections(form)).to.deep.equal(['section-team']);
    await typeInto(form, 'f-team-agent-email', 'agent@mairie.example');
    await waitForSaved(form);
    expect((await client.applications.get(application.id)).team?.agent?.email).to.equal('agent@mairie.example');
  });

  it('sending from a page that shows a few sections checks the whole dossier and says where each missing item is', async () => {
    const { client, application } = await newDossier();
    const form = await mountSections({ client, application: application.id, sections: 'motivations submit' });
    sendButton(form).click();
    await waitFor(() => Boolean($(form, '.error-summary')), { message: 'the error summary' });
    expect(form.shadowRoot!.activeElement === $(form, '.error-summary'), 'the summary has focus').to.equal(true);
    const items = [...form.shadowRoot!.querySelectorAll('.error-summary li')];
    const elected = items.find((li) => li.textContent!.includes('Renseignez « Élu référent — prénom »'))!;
    expect(elected, 'a missing item of a section on another page').to.exist;
    expect(elected.textContent).to.include('L’équipe de la commune');
    expect(elected.querySelector('a'), 'no link to a field this page does not show').to.equal(null);
    const here = items.find((li) => li.textContent!.includes('Vos motivations'))!;
    expect(here.querySelector('a')!.getAttribute('href')).to.equal('#f-motivations-text');
    // Every other section's missing items (this test call requires no document).
    for (const section of [
      'La commune candidate',
      'Le défi et le quartier d’innovation',
      'Cohérence avec vos politiques publiques',
      'Ressources mobilisables',
      'Partenaires locaux',
      'Engagements',
    ]) {
      expect(
        items.some((li) => li.textContent!.includes(`(section « ${section} »)`)),
        section,
      ).to.equal(true);
    }
    await expect(form).to.be.accessible();

    const linked = await mountSections({
      client,
      application: application.id,
      sections: 'submit',
      sectionHref: '/candidature/{section}',
    });
    sendButton(linked).click();
    await waitFor(() => Boolean($(linked, '.error-summary')), { message: 'the error summary' });
    const link = [...linked.shadowRoot!.querySelectorAll('.error-summary a')].find((a) =>
      a.textContent!.includes('Renseignez « Agent référent — adresse e-mail »'),
    )!;
    expect(link.getAttribute('href')).to.equal('/candidature/team#f-team-agent-email');
    expect(link.textContent).to.include('L’équipe de la commune');
  });

  it('a page opened from such a link takes the person to the field, with its section’s messages', async () => {
    const { client, application } = await newDossier();
    const before = location.href;
    history.replaceState(null, '', '#/candidature/team#f-team-agent-email');
    try {
      const form = await mountSections({ client, application: application.id, sections: 'team' });
      await waitFor(() => form.shadowRoot!.activeElement?.id === 'f-team-agent-email', {
        message: 'the field to take focus',
      });
      expect($(form, '#f-team-agent-email-error')!.textContent).to.include('Agent référent');
      expect($(form, '#f-challenge-title-error')).to.equal(null);
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('two forms with different sections on one page, for the same dossier, stay consistent', async () => {
    const { client, application } = await newDossier();
    const overview = await mountSections({ client, application: application.id, sections: 'task-list challenge' });
    const team = await mountSections({ client, application: application.id, sections: 'team' });
    expect(renderedSections(overview)).to.deep.equal(['section-challenge']);
    expect(renderedSections(team)).to.deep.equal(['section-team']);
    const teamRow = () => taskListRows(overview).find((row) => row.text.startsWith('L’équipe de la commune'))!.text;
    expect(teamRow()).to.include('Non commencé');

    await typeInto(team, 'f-team-agent-email', 'agent@mairie.example');
    await waitForSaved(team);
    await waitFor(() => teamRow().includes('En cours'), {
      message: `the other form’s task list to follow (now: ${teamRow()})`,
    });

    await typeInto(overview, 'f-challenge-title', 'Apaiser les abords des écoles');
    await waitForSaved(overview);
    await waitFor(() => team.currentApplication?.challenge?.title === 'Apaiser les abords des écoles', {
      message: 'the team page to know the title',
    });
    const stored = await client.applications.get(application.id);
    expect(stored.team?.agent?.email).to.equal('agent@mairie.example');
    expect(stored.challenge?.title).to.equal('Apaiser les abords des écoles');
    // Both judge the same dossier: the rules give both the same report.
    expect(JSON.stringify(team.report?.sections)).to.equal(JSON.stringify(overview.report?.sections));
  });

  it('names an unknown section id in a console warning for the page’s developer', async () => {
    const { client, application } = await newDossier();
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      const form = await mountSections({ client, application: application.id, sections: 'team equipe' });
      expect(renderedSections(form)).to.deep.equal(['section-team']);
    } finally {
      console.warn = warn;
    }
    expect(warnings.join('\n')).to.match(/equipe/);
    expect(warnings.join('\n')).to.include('acknowledgements');
  });
});
