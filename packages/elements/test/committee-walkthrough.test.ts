// The whole call, from both sides, through the components a commune and the organisers use: a
// commune submits; two reviewers assigned to it rate the five criteria in <qmi-assessment>; the
// organiser sees both on the board and in the assessment, declares the dossier eligible and selects
// it; the commune receives each e-mail (read from the SMTP catcher) and sees the decision in its form;
// the receipt lists the stored files' SHA-256, the same as the bytes sent.
import { type QmiClient, QMI_2, startUpload } from '@qmi/core';
import { exampleDossier } from '@qmi/core/testing';
import { expect, fixture, html } from '@open-wc/testing';
import '../src/assessment/assessment.js';
import '../src/review-board/review-board.js';
import type { QmiAssessment } from '../src/assessment/assessment.component.js';
import type { QmiReviewBoard } from '../src/review-board/review-board.component.js';
import { invitedReviewer, organiserClient } from './support/committee.js';
import { mountForm, newDossier } from './support/form-helpers.js';
import { pdf } from './support/uploads.js';
import { mailTo, waitFor } from './support/world.js';

const text = (el: Element) => el.shadowRoot!.textContent?.replace(/\s+/g, ' ') ?? '';
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const button = (el: Element, label: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.includes(label)) as HTMLButtonElement;

const sha256 = async (blob: Blob) =>
  [...new Uint8Array(await crypto.subtle.digest('SHA-256', await blob.arrayBuffer()))]
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join('');

async function mountAssessment(client: QmiClient, applicationId: string) {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang="fr"><qmi-assessment .client=${client} application-id=${applicationId}></qmi-assessment></div>`,
  );
  const el = wrapper.querySelector('qmi-assessment') as QmiAssessment;
  await waitFor(() => Boolean($(el, '.section, .done')), { message: 'the assessment to load' });
  return el;
}

/** A reviewer rates every criterion in the component, as a person would, then sends. */
async function rateAndSend(client: QmiClient, applicationId: string, rating: number) {
  const el = await mountAssessment(client, applicationId);
  for (const criterion of QMI_2.criteria) $<HTMLInputElement>(el, `#rating-${criterion.id}-${rating}`)!.click();
  await waitFor(() => text(el).includes('Enregistré à'), { message: 'the draft to be saved' });
  button(el, 'Envoyer mon évaluation').click();
  await waitFor(() => text(el).includes('Évaluation envoyée le'), { message: 'the assessment to be sent' });
  return el;
}

describe('the call from both sides', () => {
  it('a commune submits, two reviewers rate it, the organiser decides, the commune is told by e-mail and in its form', async () => {
    // The commune: a complete dossier with its mayor's letter, submitted.
    const { client: commune, session, application, call } = await newDossier('qmi-2-test');
    const letter = pdf('Lettre du maire – été.pdf', 20_000);
    await startUpload(commune, letter, { applicationId: application.id, kind: 'mayor_letter' }).done;
    const dossier = exampleDossier();
    dossier.partners = dossier.partners.map((partner) => ({ ...partner, supportLetter: false }));
    const current = await commune.applications.get(application.id);
    const filled = await commune.applications.update(application.id, dossier, { ifMatch: current.revision });
    await commune.applications.submit(filled.id, { ifMatch: filled.revision });
    const email = session.account.email;

    // The receipt: e-mailed with its PDF, listing the stored file's SHA-256, the same as the bytes sent.
    const receiptMail = await mailTo(email, 'récépissé');
    const [receipt] = await commune.dossiers.receipts(application.id);
    expect(receipt!.documents.map((document) => document.sha256)).to.deep.equal([await sha256(letter)]);
    const attached = receiptMail.attachments.find((file) => file.contentType === 'application/pdf');
    expect(attached?.sha256).to.equal(receipt!.pdfSha256);
    const downloaded = await commune.dossiers.receiptPdf(application.id, receipt!.id);
    expect(await sha256(downloaded.blob)).to.equal(receipt!.pdfSha256);

    // Two committee members are invited and assigned; each rates the five criteria and sends.
    const organiser = await organiserClient();
    const ademe = await invitedReviewer(organiser, 'ADEME');
    const ratp = await invitedReviewer(organiser, 'RATP');
    await organiser.assignments.assign(application.id, ademe.id);
    await organiser.assignments.assign(application.id, ratp.id);
    await rateAndSend(ademe.client, application.id, 3);
    const second = await rateAndSend(ratp.client, application.id, 4);
    // Once sent, the second sees the first's ratings too.
    expect(text(second)).to.contain('ADEME');

    // The organiser's board: the dossier, complete, with both assessments in.
    const board = (
      await fixture<HTMLElement>(
        html`<div lang="fr"><qmi-review-board .client=${organiser} call-id=${call}></qmi-review-board></div>`,
      )
    ).querySelector('qmi-review-board') as QmiReviewBoard;
    await waitFor(() => text(board).includes('Déposé'), { message: 'the board to load' });
    const row = [...board.shadowRoot!.querySelectorAll('tbody tr')].find((tr) =>
      tr.textContent?.includes(application.commune),
    );
    expect(row?.textContent?.replace(/\s+/g, ' ')).to.contain('2 / 2');

    // The organiser sees both assessments, declares the dossier eligible and selects it.
    const assessment = await mountAssessment(organiser, application.id);
    expect(text(assessment)).to.contain('2 évaluations envoyées sur 2 attendues');
    expect(text(assessment)).to.contain('ADEME').and.contain('RATP');
    $<HTMLInputElement>(assessment, '#decision-action-declare_eligible')!.click();
    button(assessment, 'Envoyer la décision').click();
    await waitFor(() => text(assessment).includes('Décision envoyée : Déclarer éligible.'));
    $<HTMLInputElement>(assessment, '#decision-action')!.click();
    button(assessment, 'Envoyer la décision').click();
    await waitFor(() => text(assessment).includes('Décision envoyée : Sélectionner.'));
    expect(text(assessment)).to.contain('Convention à signer avant le');

    // The commune is told of each decision by e-mail, the eligibility with the training's invitation.
    const eligible = await mailTo(email, 'complet et recevable');
    expect(eligible.text).to.match(/formation/i);
    const selected = await mailTo(email, 'lauréate');
    expect(selected.text).to.match(/convention/i);

    // And sees the decision in its form.
    const form = await mountForm({ client: commune, call, application: application.id });
    await waitFor(() => Boolean($(form, '#decision')?.textContent?.includes('lauréate')), {
      message: 'the form to show the selection',
    });
    await expect(form).to.be.accessible();
  });
});
