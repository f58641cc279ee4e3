import '@qmi/elements/assessment';
import { type Assessment, type Assignment, QMI_2, type Reviewer } from '@qmi/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { AssessmentScenario } from './support/assessment-platform.js';
import { submittedDossier } from './support/dossiers.js';
import { STORY_APPLICATION_ID, STORY_TOKEN, withPlatform } from './support/platform.js';
import { element, inShadow, shows } from './support/story.js';

interface Args {
  'heading-level': number;
}

const assessment = (canvasElement: HTMLElement) => element(canvasElement, 'qmi-assessment');

const REVIEWER = { id: 'acct_ademe', email: 'expert@ademe.example', role: 'reviewer' as const };
const ORGANISER = { id: 'acct_parisandco', email: 'instruction@parisandco.example', role: 'organiser' as const };

/** An assessment of the story's dossier: one rating per criterion in the call's order (null: not rated). */
function rated(
  who: { id: string; email: string; organisation: string },
  values: Array<number | null>,
  status: Assessment['status'] = 'submitted',
): Assessment {
  const comments = [
    'Le défi est précis et situé : la rue scolaire Pleyel.',
    'Lien clair avec le plan climat de la ville.',
    'Les services techniques sont mobilisés, l’espace public est identifié.',
    'Équipe nommée ; disponibilité à confirmer pendant l’été.',
    'Partenaires variés : bailleur, parents d’élèves, école.',
  ];
  return {
    id: `asm_${who.id}`,
    applicationId: STORY_APPLICATION_ID,
    reviewerId: who.id,
    email: who.email,
    organisation: who.organisation,
    status,
    ratings: Object.fromEntries(
      QMI_2.criteria.map((criterion, index) => [
        criterion.id,
        { rating: values[index] ?? null, comment: values[index] == null ? '' : (comments[index] ?? '') },
      ]),
    ),
    revision: 4,
    updatedAt: '2024-01-20T10:00:00.000Z',
    ...(status === 'submitted' ? { submittedAt: '2024-01-20T10:00:00.000Z' } : {}),
  };
}

const ADEME = { id: REVIEWER.id, email: REVIEWER.email, organisation: 'ADEME' };
const RATP = { id: 'acct_ratp', email: 'expertise@ratp.example', organisation: 'RATP' };
const METROPOLE = { id: 'acct_mgp', email: 'mobilites@metropole.example', organisation: 'Métropole du Grand Paris' };

const assignment = (who: typeof ADEME, state: Assignment['assessment'], conflict?: string): Assignment => ({
  applicationId: STORY_APPLICATION_ID,
  reviewerId: who.id,
  email: who.email,
  organisation: who.organisation,
  assignedAt: '2024-01-15T09:00:00.000Z',
  assessment: state,
  ...(conflict ? { conflict: { declaredAt: '2024-01-16T09:00:00.000Z', reason: conflict } } : {}),
});

const reviewer = (who: typeof ADEME): Reviewer => ({
  id: who.id,
  accountId: who.id,
  email: who.email,
  organisation: who.organisation,
  status: 'active',
  invitedAt: '2024-01-10T09:00:00.000Z',
  assigned: 1,
  conflicts: 0,
});

const NOW = '2024-01-22T09:00:00.000Z';

/** A story's platform: the submitted dossier of Saint-Denis, the account and the committee's work. */
const scenario = (
  account: typeof REVIEWER | typeof ORGANISER,
  committee: NonNullable<AssessmentScenario['assessment']>,
  status: 'submitted' | 'eligible' | 'selected' = 'submitted',
) =>
  withPlatform({
    now: NOW,
    account,
    applications: [{ ...submittedDossier(), status }],
    assessment: committee,
  });

const organiserWork = (): NonNullable<AssessmentScenario['assessment']> => ({
  others: [rated(ADEME, [3, 4, 3, 2, 4]), rated(RATP, [4, 3, 3, 3, 2]), rated(METROPOLE, [2, null, 3], 'draft')],
  assignments: [
    assignment(ADEME, 'submitted'),
    assignment(RATP, 'submitted'),
    assignment(METROPOLE, 'draft'),
    assignment(
      { id: 'acct_oph', email: 'direction@oph.example', organisation: 'OPH' },
      'not_started',
      'Je siège au conseil d’administration de l’OPH, partenaire du dossier.',
    ),
  ],
  reviewers: [
    reviewer(ADEME),
    reviewer(RATP),
    reviewer(METROPOLE),
    reviewer({ id: 'acct_bpi', email: 'ville@bpi.example', organisation: 'Bpifrance' }),
  ],
  annotations: [
    {
      id: 'ann_1',
      applicationId: STORY_APPLICATION_ID,
      authorId: ORGANISER.id,
      authorEmail: ORGANISER.email,
      text: 'Appeler la direction de l’éducation avant le comité : calendrier des travaux de la rue scolaire.',
      createdAt: '2024-01-19T16:20:00.000Z',
    },
  ],
  synthesis: {
    text: 'Dossier solide sur le défi et les ressources ; la disponibilité de l’équipe l’été reste à confirmer.',
    updatedBy: ORGANISER.id,
    updatedAt: '2024-01-21T11:00:00.000Z',
  },
  selected: 2,
});

const DESCRIPTION = `The committee's assessment of one dossier, on the call's five criteria and its four-level scale.

A **reviewer** (a committee member or partner expert the organisers assigned) may declare a conflict of interest,
then rates each criterion with a comment, beside the guidance signals of \`@qmi/validators\` (evidence, never a
score); the draft saves itself; once sent, the other members' ratings and the spread show (no anchoring before).

An **organiser** assigns reviewers, sees every assessment and the spread (min, median, max: no average, no rank),
writes the committee's synthesis and private notes (never shown to the commune), and decides within the call's
rules: request changes naming the fields, eligible, ineligible with the rules' reasons, selected up to the call's
maximum, not selected; then the agreement's deadline and signature.

Inside \`<qmi-session>\` it uses the session's client; here it is given \`api-base\` and \`token\`. The platform runs
in the page (Mock Service Worker).`;

const meta: Meta<Args> = {
  title: 'Organisers/Assessment',
  component: 'qmi-assessment',
  args: { 'heading-level': 2 },
  render: (args, { loaded }) =>
    html`<qmi-assessment api-base=${loaded.apiBase} .token=${STORY_TOKEN} application-id=${STORY_APPLICATION_ID}
      heading-level=${args['heading-level']}></qmi-assessment>`,
  parameters: { docs: { description: { component: DESCRIPTION } } },
};
export default meta;
type Story = StoryObj<Args>;

/** A reviewer opens a dossier assigned to them: nothing rated yet, the signals of each criterion beside the scale. */
export const ReviewerEmpty: Story = {
  parameters: scenario(REVIEWER, {}),
  play: async ({ canvasElement }) => {
    const el = assessment(canvasElement);
    await shows(el, 'legend', 'Votre appréciation');
    await shows(el, '.signals', 'ils ne sont pas une note');
    await shows(el, 'p', 'après l’envoi de la vôtre');
  },
};

/** Halfway through: three criteria rated and commented, the draft saved. */
export const ReviewerDrafting: Story = {
  parameters: scenario(REVIEWER, { mine: rated(ADEME, [3, 4, 2, null, null], 'draft') }),
  play: async ({ canvasElement }) => {
    const el = assessment(canvasElement);
    await shows(el, 'textarea');
    const checked = inShadow(el, 'input[type="radio"]').filter((radio) => (radio as HTMLInputElement).checked);
    if (checked.length !== 3) throw new Error(`3 ratings expected, ${checked.length} shown`);
  },
};

/** Sending with criteria left unrated: the error summary links to each of them. */
export const ReviewerIncomplete: Story = {
  parameters: scenario(REVIEWER, { mine: rated(ADEME, [3, 4, 2, null, null], 'draft') }),
  play: async ({ canvasElement }) => {
    const el = assessment(canvasElement);
    ((await shows(el, 'button', 'Envoyer mon évaluation')) as HTMLButtonElement).click();
    await shows(el, '.error-summary a', 'critère 4');
    await shows(el, '.error-summary a', 'critère 5');
  },
};

/** The reviewer declares a conflict of interest, confirms, and no longer sees the dossier. */
export const ConflictDeclared: Story = {
  parameters: scenario(REVIEWER, {}),
  play: async ({ canvasElement }) => {
    const el = assessment(canvasElement);
    ((await shows(el, 'button', 'Déclarer un conflit d’intérêts')) as HTMLButtonElement).click();
    const reason = (await shows(el, 'textarea#conflict-reason')) as HTMLTextAreaElement;
    reason.value = 'Mon conjoint travaille au service urbanisme de la commune.';
    reason.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    ((await shows(el, 'input#conflict-confirm')) as HTMLInputElement).click();
    ((await shows(el, 'button', 'Confirmer la déclaration')) as HTMLButtonElement).click();
    await shows(el, '.done', 'Vous avez déclaré un conflit d’intérêts');
  },
};

/** After sending: the reviewer's own ratings, read-only, then the committee's and the spread. */
export const SubmittedOthersVisible: Story = {
  parameters: scenario(REVIEWER, {
    mine: rated(ADEME, [3, 4, 3, 2, 4]),
    others: [rated(RATP, [4, 3, 3, 3, 2]), rated(METROPOLE, [2, 3, 3, 2, 3])],
  }),
  play: async ({ canvasElement }) => {
    const el = assessment(canvasElement);
    await shows(el, 'caption', 'Appréciations par critère');
    await shows(el, 'th', 'RATP');
    await shows(el, '.done', 'Évaluation envoyée');
  },
};

/** The organiser's view: reviewers (one with a conflict), the spread, the synthesis, private notes, the decision. */
export const OrganiserSynthesis: Story = {
  parameters: scenario(ORGANISER, organiserWork()),
  play: async ({ canvasElement }) => {
    const el = assessment(canvasElement);
    await shows(el, 'caption', 'Appréciations par critère');
    await shows(el, 'label', 'Note privée, jamais visible de la commune');
    await shows(el, 'li', 'Conflit d’intérêts déclaré');
    await shows(el, 'textarea', '');
  },
};

/** The organiser declares the dossier eligible: the decision is sent and said. */
export const DecisionSent: Story = {
  parameters: scenario(ORGANISER, organiserWork()),
  play: async ({ canvasElement }) => {
    const el = assessment(canvasElement);
    ((await shows(el, 'input#decision-action-declare_eligible')) as HTMLInputElement).click();
    ((await shows(el, 'button', 'Envoyer la décision')) as HTMLButtonElement).click();
    await shows(el, '.done', 'Décision envoyée : Déclarer éligible');
    await shows(el, 'p', 'Dernière décision');
  },
};

/** Four communes are selected already: the count says so, and a fifth selection is refused gracefully. */
export const CapReached: Story = {
  parameters: scenario(ORGANISER, { ...organiserWork(), selected: 4 }, 'eligible'),
  play: async ({ canvasElement }) => {
    const el = assessment(canvasElement);
    await shows(el, '.badge', '4 / 4 sélectionnées');
    ((await shows(el, 'input#decision-action')) as HTMLInputElement).click();
    ((await shows(el, 'button', 'Envoyer la décision')) as HTMLButtonElement).click();
    await shows(el, '.error-summary', 'Le maximum de l’appel est atteint');
  },
};

/** A selected dossier: the agreement's deadline (one month) and the date of its signature to record. */
export const Selected: Story = {
  parameters: withPlatform({
    now: NOW,
    account: ORGANISER,
    applications: [{ ...submittedDossier(), status: 'selected' }],
    assessment: {
      ...organiserWork(),
      selected: 3,
      decisions: [
        {
          id: 'dec_1',
          applicationId: STORY_APPLICATION_ID,
          action: 'select',
          fromStatus: 'eligible',
          toStatus: 'selected',
          agreementDeadline: '2024-02-21T09:00:00.000Z',
          decidedBy: ORGANISER.id,
          decidedAt: '2024-01-21T09:00:00.000Z',
        },
      ],
    },
  }),
  play: async ({ canvasElement }) => {
    await shows(assessment(canvasElement), 'p', 'Convention à signer avant le');
  },
};

/** The same organiser's view in English. */
export const English: Story = {
  ...OrganiserSynthesis,
  render: (args, { loaded }) =>
    html`<div lang="en"><qmi-assessment api-base=${loaded.apiBase} .token=${STORY_TOKEN} application-id=${STORY_APPLICATION_ID}
      heading-level=${args['heading-level']}></qmi-assessment></div>`,
  play: async ({ canvasElement }) => {
    const el = assessment(canvasElement);
    await shows(el, 'caption', 'Ratings per criterion');
    await shows(el, 'label', 'Private note, never visible to the commune');
  },
};
