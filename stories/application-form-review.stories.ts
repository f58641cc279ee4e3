import { memoryJournal, type Decision, type SectionComment } from '@qmi/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { completeDossier, filledDossier, submittedDossier } from './support/dossiers.js';
import {
  type PlatformScenario,
  STORY_APPLICATION_ID,
  STORY_NOW,
  STORY_TOKEN,
  withPlatform,
} from './support/platform.js';
import { element, shows } from './support/story.js';

interface Args {
  call: string;
  now: string;
  lang: string;
}

const form = (canvasElement: HTMLElement) => element(canvasElement, 'qmi-application-form');

/** A decision of the organisers on the story dossier. */
const decision = (overrides: Partial<Decision> & Pick<Decision, 'action' | 'fromStatus' | 'toStatus'>): Decision => ({
  id: `dec_${overrides.action}`,
  applicationId: STORY_APPLICATION_ID,
  decidedBy: 'acct_parisandco',
  decidedAt: '2024-01-22T10:00:00.000Z',
  ...overrides,
});

const REQUEST_CHANGES = decision({
  action: 'request_changes',
  fromStatus: 'submitted',
  toStatus: 'changes_requested',
  comment:
    'Merci pour votre dossier. Précisez l’intitulé du défi (quel quartier, quelles écoles) et ajoutez l’élu référent : ce sont les deux points qui manquent pour l’examen.',
  fields: ['challenge.title', 'team.electedOfficial', 'partners', 'motivations'],
});

const comment = (id: string, sectionId: string, text: string, resolvedAt?: string): SectionComment => ({
  id,
  applicationId: STORY_APPLICATION_ID,
  sectionId,
  text,
  authorId: 'acct_parisandco',
  createdAt: '2023-11-30T15:00:00.000Z',
  ...(resolvedAt ? { resolvedAt } : {}),
});

const COMMENTS = [
  comment(
    'sc_1',
    'challenge',
    'Le défi est bien posé. Dites en une phrase ce que vous aimeriez voir changer pour les habitants au bout de l’expérimentation.',
  ),
  comment('sc_2', 'partners', 'Une lettre de soutien du bailleur renforcerait beaucoup le dossier.'),
  comment('sc_3', 'team', 'Pensez à nommer l’élu référent.', '2023-12-01T08:00:00.000Z'),
];

// The component's description is given in parameters.docs, not as a JSDoc comment on `meta`:
// Storybook's docs plugin turns such a comment into a second `parameters` key that replaces ours.
const DESCRIPTION = `The organisers' side of the dossier, as the commune sees it in its form: the changes the
organisers asked for (their message, the fields marked "À modifier à la demande des organisateurs" and listed with
links), their comments beside each section with "Marquer comme traité", "Demander un avis aux organisateurs"
before the deadline, and the decision on the dossier (eligible with the training invitation, selected with the
agreement deadline, not selected, not admissible with the reasons).

In these stories the platform runs in the page (Mock Service Worker) and the journal is in memory.`;

const meta: Meta<Args> = {
  title: 'Elements/Application form/Organisers’ feedback',
  component: 'qmi-application-form',
  args: { call: 'qmi-2', now: STORY_NOW, lang: 'fr' },
  argTypes: { lang: { control: 'inline-radio', options: ['fr', 'en'] } },
  render: ({ call, now, lang }, { loaded }) =>
    html`<div lang=${lang}><qmi-application-form api-base=${loaded.apiBase} .token=${STORY_TOKEN} call=${call} now=${now}
      .journal=${memoryJournal()}></qmi-application-form></div>`,
  parameters: { docs: { description: { component: DESCRIPTION } } },
};
export default meta;
type Story = StoryObj<Args>;

const scenario = (platform: PlatformScenario) => withPlatform(platform);

/** Sent back for changes: the banner with the organisers' message, the fields marked and listed with links. */
export const ChangesRequested: Story = {
  parameters: scenario({
    now: '2024-01-23T09:00:00.000Z',
    applications: [{ ...completeDossier(), status: 'changes_requested', submittedAt: '2024-01-11T18:42:00.000Z' }],
    decisions: [REQUEST_CHANGES],
  }),
  args: { now: '2024-01-23T09:00:00.000Z' },
  play: async ({ canvasElement }) => {
    const el = form(canvasElement);
    await shows(el, '[part="review-banner"]', 'Intitulé du défi');
    await shows(el, '[part="requested"]', 'À modifier à la demande des organisateurs');
  },
};

/** The same, in English. */
export const ChangesRequestedEnglish: Story = {
  ...ChangesRequested,
  name: 'Changes requested (English)',
  args: { ...ChangesRequested.args, lang: 'en' },
  play: async ({ canvasElement }) => {
    await shows(form(canvasElement), '[part="review-banner"]', 'Changes requested by the organisers');
  },
};

/** The organisers answered a request for advice: their comments beside each section, one already dealt with. */
export const SectionComments: Story = {
  parameters: scenario({
    applications: [filledDossier()],
    sectionComments: COMMENTS,
    adviceRequests: [
      {
        id: 'adv_1',
        applicationId: STORY_APPLICATION_ID,
        requestedBy: 'acct_story',
        message: 'Pouvez-vous relire la présentation du défi et nos partenaires ?',
        status: 'answered',
        createdAt: '2023-11-29T09:00:00.000Z',
        answeredAt: '2023-11-30T15:00:00.000Z',
      },
    ],
  }),
  play: async ({ canvasElement }) => {
    await shows(form(canvasElement), '[part="review-comment"]', 'Marquer comme traité');
  },
};

/** "Marquer comme traité": the comment says when, and the focus stays on it. */
export const CommentDealtWith: Story = {
  ...SectionComments,
  name: 'Comment marked as dealt with',
  play: async ({ canvasElement }) => {
    const el = form(canvasElement);
    const button = (await shows(el, '#comment-sc_1 button', 'Marquer comme traité')) as HTMLButtonElement;
    button.click();
    await shows(el, '#comment-sc_1', 'Traité le');
  },
};

/** "Demander un avis aux organisateurs": the dialog with the message. */
export const AskForAdvice: Story = {
  name: 'Ask for advice (dialog)',
  parameters: scenario({ applications: [filledDossier()] }),
  play: async ({ canvasElement }) => {
    const el = form(canvasElement);
    ((await shows(el, '#advice-ask', 'Demander un avis')) as HTMLButtonElement).click();
    await shows(el, '#advice-dialog', 'Votre message aux organisateurs');
  },
};

/** The request sent: the form says the organisers will answer beside each section. */
export const AdviceRequested: Story = {
  name: 'Advice requested',
  parameters: scenario({ applications: [filledDossier()] }),
  play: async ({ canvasElement }) => {
    const el = form(canvasElement);
    ((await shows(el, '#advice-ask', 'Demander un avis')) as HTMLButtonElement).click();
    const field = (await shows(el, '#advice-message')) as HTMLTextAreaElement;
    field.value = 'Pouvez-vous relire notre présentation du défi ?';
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    ((await shows(el, '#advice-dialog button[type="submit"]')) as HTMLButtonElement).click();
    await shows(el, '#advice-status', 'les organisateurs vous répondront');
  },
};

/** Complete and admissible: examined by the committee, and invited to the two-day training. */
export const Eligible: Story = {
  parameters: scenario({
    applications: [{ ...submittedDossier(), status: 'eligible' }],
    decisions: [decision({ action: 'declare_eligible', fromStatus: 'submitted', toStatus: 'eligible' })],
  }),
  play: async ({ canvasElement }) => {
    await shows(form(canvasElement), '[part="review-banner"]', 'formation de deux jours');
  },
};

/** Not admissible: the reasons the organisers gave. */
export const Ineligible: Story = {
  name: 'Not admissible',
  parameters: scenario({
    applications: [{ ...submittedDossier(), status: 'ineligible' }],
    decisions: [
      decision({
        action: 'declare_ineligible',
        fromStatus: 'submitted',
        toStatus: 'ineligible',
        reasons: [
          'La commune a déjà été lauréate de la première édition.',
          'La lettre d’engagement du maire n’est pas signée.',
        ],
      }),
    ],
  }),
  play: async ({ canvasElement }) => {
    await shows(form(canvasElement), '[part="review-banner"]', 'Motifs');
  },
};

/** Selected: the agreement to sign within a month, and by when. */
export const Selected: Story = {
  parameters: scenario({
    applications: [{ ...submittedDossier(), status: 'selected' }],
    decisions: [
      decision({ action: 'declare_eligible', fromStatus: 'submitted', toStatus: 'eligible' }),
      decision({
        action: 'select',
        fromStatus: 'eligible',
        toStatus: 'selected',
        decidedAt: '2024-02-15T10:00:00.000Z',
        agreementDeadline: '2024-03-15T10:00:00.000Z',
      }),
    ],
  }),
  play: async ({ canvasElement }) => {
    await shows(form(canvasElement), '[part="review-banner"]', 'Convention à signer avant le 15 mars 2024');
  },
};

/** Not selected: thanks, and the training remains open. */
export const NotSelected: Story = {
  name: 'Not selected',
  parameters: scenario({
    applications: [{ ...submittedDossier(), status: 'not_selected' }],
    decisions: [
      decision({ action: 'declare_eligible', fromStatus: 'submitted', toStatus: 'eligible' }),
      decision({ action: 'reject', fromStatus: 'eligible', toStatus: 'not_selected' }),
    ],
  }),
  play: async ({ canvasElement }) => {
    await shows(form(canvasElement), '[part="review-banner"]', 'n’a pas retenu votre commune');
  },
};
