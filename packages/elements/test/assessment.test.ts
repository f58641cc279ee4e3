import { type Application, type QmiClient, QMI_2 } from '@qmi/core';
import { exampleDossier } from '@qmi/core/testing';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/assessment/assessment.js';
import type { QmiAssessment } from '../src/assessment/assessment.component.js';
import { recordAnnouncements } from './support/announcements.js';
import { invitedReviewer, organiserClient } from './support/committee.js';
import { describeFocus } from './support/focus.js';
import { newDossier } from './support/form-helpers.js';
import { waitFor } from './support/world.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const text = (el: Element) => el.shadowRoot!.textContent?.replace(/\s+/g, ' ') ?? '';
const button = (el: Element, label: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.includes(label)) as HTMLButtonElement;
const criteria = QMI_2.criteria.map((criterion) => criterion.id);

async function mount(client: QmiClient, applicationId: string, lang = 'fr') {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}><qmi-assessment .client=${client} application-id=${applicationId}></qmi-assessment></div>`,
  );
  const el = wrapper.querySelector('qmi-assessment') as QmiAssessment;
  await waitFor(() => Boolean($(el, '.section, .done')), { message: 'the assessment to load' });
  return el;
}

/** A complete dossier a commune submitted (no document required on these test calls). */
async function submitted(call = 'qmi-2-test'): Promise<Application> {
  const { client, application } = await newDossier(call);
  const dossier = exampleDossier();
  dossier.partners = dossier.partners.map((partner) => ({ ...partner, supportLetter: false }));
  const filled = await client.applications.update(application.id, dossier, { ifMatch: application.revision });
  return client.applications.submit(filled.id, { ifMatch: filled.revision });
}

/** A reviewer who rated every criterion through the API and sent it. */
async function sentBy(reviewer: QmiClient, applicationId: string, ratings: number[]) {
  const mine = await reviewer.assessments.mine(applicationId);
  const draft = Object.fromEntries(
    criteria.map((id, index) => [id, { rating: ratings[index] ?? 1, comment: `Avis ${index + 1}` }]),
  );
  await reviewer.assessments.save(applicationId, { ratings: draft }, { ifMatch: mine.revision });
  await reviewer.assessments.submit(applicationId);
}

/** A dossier with two reviewers assigned, the second of whom already sent their assessment. */
async function assessing(call?: string) {
  const organiser = await organiserClient();
  const application = await submitted(call);
  const ademe = await invitedReviewer(organiser, 'ADEME');
  const ratp = await invitedReviewer(organiser, 'RATP');
  await organiser.assignments.assign(application.id, ademe.id);
  await organiser.assignments.assign(application.id, ratp.id);
  return { organiser, application, ademe, ratp };
}

describe('<qmi-assessment>', () => {
  it('lets a reviewer rate each criterion beside the dossier’s signals, saves the draft, and shows the others’ ratings only once sent', async () => {
    const { application, ademe, ratp } = await assessing();
    await sentBy(ratp.client, application.id, [4, 3, 3, 3, 2]);
    const el = await mount(ademe.client, application.id);
    expect(text(el)).to.contain('Repères tirés du dossier').and.contain('ils ne sont pas une note');
    // No anchoring: the other member's ratings are withheld until this one sends theirs.
    expect(text(el)).to.contain('après l’envoi de la vôtre').and.not.contain('RATP');
    await expect(el).to.be.accessible();

    for (const id of criteria) $<HTMLInputElement>(el, `#rating-${id}-3`)!.click();
    $(el, '#criterion-challenge_relevance-comment')!.focus();
    await sendKeys({ type: 'Défi précis et situé.' });
    await waitFor(() => text(el).includes('Enregistré à'), { message: 'the draft to be saved' });

    // The draft is the platform's: opened again, the ratings and the comment are there.
    const again = await mount(ademe.client, application.id);
    expect(criteria.every((id) => $<HTMLInputElement>(again, `#rating-${id}-3`)!.checked)).to.equal(true);
    expect($<HTMLTextAreaElement>(again, '#criterion-challenge_relevance-comment')!.value).to.equal(
      'Défi précis et situé.',
    );

    const said = recordAnnouncements(again);
    button(again, 'Envoyer mon évaluation').click();
    await waitFor(() => text(again).includes('Évaluation envoyée le'), { message: 'the assessment to be sent' });
    await waitFor(() => said.list.includes('Évaluation envoyée.'));
    expect(text(again)).to.contain('Appréciations par critère').and.contain('RATP');
    expect(text(again)).to.contain('3 – 3,5 – 4');
    await expect(again).to.be.accessible();
  });

  it('lists each criterion left unrated in an error summary that takes the focus, each linking to its criterion', async () => {
    const { application, ademe } = await assessing();
    const el = await mount(ademe.client, application.id);
    $<HTMLInputElement>(el, '#rating-challenge_relevance-2')!.click();
    button(el, 'Envoyer mon évaluation').click();
    await waitFor(() => describeFocus().includes('rating-summary'), { message: 'the summary to take the focus' });
    const links = [...el.shadowRoot!.querySelectorAll('.error-summary a')];
    expect(links.map((link) => link.textContent)).to.have.length(4);
    expect(links[0]!.textContent).to.contain('critère 2');
    (links[0] as HTMLAnchorElement).click();
    await waitFor(() => describeFocus().startsWith('input#rating-policy_coherence'));
    await expect(el).to.be.accessible();
  });

  it('closes the dossier to a reviewer who declares a conflict of interest, once confirmed', async () => {
    const { application, ademe } = await assessing();
    const el = await mount(ademe.client, application.id);
    button(el, 'Déclarer un conflit d’intérêts').click();
    await waitFor(() => describeFocus().startsWith('textarea#conflict-reason'));
    button(el, 'Confirmer la déclaration').click();
    await waitFor(() => describeFocus().includes('conflict-summary'));
    expect(text(el)).to.contain('Décrivez la nature du lien.').and.contain('Cochez la case');
    $(el, '#conflict-reason')!.focus();
    await sendKeys({ type: 'Mon conjoint travaille à la mairie.' });
    $<HTMLInputElement>(el, '#conflict-confirm')!.click();
    button(el, 'Confirmer la déclaration').click();
    await waitFor(() => text(el).includes('Vous avez déclaré un conflit d’intérêts'));
    const refused = await ademe.client.applications.get(application.id).catch((error: { code?: string }) => error);
    expect((refused as { code?: string }).code).to.equal('conflict_of_interest');
    const again = await mount(ademe.client, application.id);
    expect(text(again)).to.contain('Vous ne pouvez plus l’ouvrir').and.not.contain('Votre appréciation');
  });

  it('shows the organiser every assessment and the spread, keeps the synthesis and a private note, and decides up to the call’s cap', async () => {
    const { organiser, application, ademe, ratp } = await assessing('qmi-2-cap-one');
    await sentBy(ademe.client, application.id, [3, 4, 3, 2, 4]);
    await sentBy(ratp.client, application.id, [4, 3, 3, 3, 2]);
    const el = await mount(organiser, application.id);
    expect(text(el)).to.contain('2 évaluations envoyées sur 2 attendues').and.contain('ADEME').and.contain('RATP');
    expect(text(el)).to.contain('3 – 3,5 – 4').and.contain('Note privée, jamais visible de la commune');
    await expect(el).to.be.accessible();

    $(el, '#synthesis-text')!.focus();
    await sendKeys({ type: 'Dossier solide.' });
    button(el, 'Enregistrer la synthèse').click();
    await waitFor(() => text(el).includes('Synthèse enregistrée.'));
    expect((await organiser.assessments.view(application.id)).synthesis?.text).to.equal('Dossier solide.');

    $(el, '#annotation-text')!.focus();
    await sendKeys({ type: 'Rappeler le maire avant le comité.' });
    button(el, 'Ajouter la note').click();
    await waitFor(() => text(el).includes('Note ajoutée.') && text(el).includes('Rappeler le maire avant le comité.'));

    $<HTMLInputElement>(el, '#decision-action-declare_eligible')!.click();
    button(el, 'Envoyer la décision').click();
    await waitFor(() => text(el).includes('Décision envoyée : Déclarer éligible.'));
    expect(text(el)).to.contain('0 / 1 sélectionnées');
    $<HTMLInputElement>(el, '#decision-action')!.click();
    button(el, 'Envoyer la décision').click();
    await waitFor(() => text(el).includes('Décision envoyée : Sélectionner.'));
    expect(text(el)).to.contain('1 / 1 sélectionnées').and.contain('Convention à signer avant le');

    const date = $<HTMLInputElement>(el, '#agreement-signedAt')!;
    date.value = '2023-12-01';
    date.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    button(el, 'Enregistrer la signature').click();
    await waitFor(() => text(el).includes('Convention signée le 1 décembre 2023'));

    // A second commune of the same call, eligible too: its selection is refused beyond the cap.
    const second = await submitted('qmi-2-cap-one');
    await organiser.applications.decide(second.id, { action: 'declare_eligible' });
    const other = await mount(organiser, second.id);
    expect(text(other)).to.contain('1 / 1 sélectionnées');
    $<HTMLInputElement>(other, '#decision-action')!.click();
    button(other, 'Envoyer la décision').click();
    await waitFor(() => describeFocus().includes('decision-summary'));
    expect(text(other)).to.contain('Le maximum de l’appel est atteint : 1 commune est déjà sélectionnée');
    expect((await organiser.applications.get(second.id)).status).to.equal('eligible');
  });

  it('asks the commune for changes naming the fields, and an ineligibility with a reason', async () => {
    const organiser = await organiserClient();
    const application = await submitted();
    const el = await mount(organiser, application.id);
    $<HTMLInputElement>(el, '#decision-action')!.click();
    button(el, 'Envoyer la décision').click();
    await waitFor(() => describeFocus().includes('decision-summary'));
    expect(text(el)).to.contain('Choisissez au moins un champ à modifier.');
    $<HTMLInputElement>(el, '#decision-fields')!.click();
    $(el, '#decision-comment')!.focus();
    await sendKeys({ type: 'Précisez le défi.' });
    button(el, 'Envoyer la décision').click();
    await waitFor(() => text(el).includes('Décision envoyée : Demander des modifications.'));
    const [decision] = await organiser.applications.decisions(application.id);
    expect(decision?.fields).to.deep.equal([QMI_2.formSections[0]!.fields[0]!.path]);
    expect(decision?.comment).to.equal('Précisez le défi.');
  });

  it('speaks English when the page does', async () => {
    const { organiser, application } = await assessing();
    const el = await mount(organiser, application.id, 'en');
    expect(text(el)).to.contain('Assessment of the dossier').and.contain('Private note, never visible to the commune');
    expect(text(el)).to.contain('Request changes').and.contain('Reviewers');
    await expect(el).to.be.accessible();
  });
});
