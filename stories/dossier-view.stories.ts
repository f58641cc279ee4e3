import '@qmi/elements/dossier-view';
import type { HistoryEntry, Receipt } from '@qmi/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { completeDossier, submittedDossier } from './support/dossiers.js';
import {
  STORY_ACCOUNT,
  STORY_APPLICATION_ID,
  STORY_TOKEN,
  type PlatformScenario,
  withPlatform,
} from './support/platform.js';
import { element, inShadow, shows } from './support/story.js';

interface Args {
  /** Set by the story from its in-page platform: no control. */
  'api-base'?: string;
  'application-id': string;
  'heading-level': number;
  'print-preview': boolean;
}

const view = (canvasElement: HTMLElement) => element(canvasElement, 'qmi-dossier-view');

const ORGANISER = { id: 'acct_parisandco', email: 'instruction@parisandco.example', role: 'organiser' as const };

/** The receipt issued when the story dossier was submitted. */
const receipt = (): Receipt => {
  const dossier = submittedDossier();
  return {
    id: 'rcp_1',
    applicationId: STORY_APPLICATION_ID,
    commune: '93066',
    communeName: 'Saint-Denis',
    submittedAt: dossier.submittedAt ?? '2024-01-11T18:42:00.000Z',
    contentSha256: '5f0c9a'.padEnd(64, '7'),
    documents: dossier.documents.map((doc) => ({
      id: doc.id,
      kind: doc.kind,
      name: doc.filename,
      size: doc.sizeBytes,
      sha256: doc.sha256,
    })),
    pdfSha256: 'c0ffee'.padEnd(64, '1'),
  };
};

const entry = (overrides: Partial<HistoryEntry> & Pick<HistoryEntry, 'action' | 'actorRole' | 'at'>): HistoryEntry => ({
  id: `hist_${overrides.action}_${overrides.at}`,
  applicationId: STORY_APPLICATION_ID,
  ...overrides,
});

/** From creation to the committee's assignment. */
const history = (): HistoryEntry[] => [
  entry({ action: 'created', actorRole: 'owner', actorId: STORY_ACCOUNT.id, at: '2023-11-02T09:00:00.000Z' }),
  entry({
    action: 'invitation_sent',
    actorRole: 'owner',
    actorId: STORY_ACCOUNT.id,
    details: { email: 'urbanisme@saint-denis.example' },
    at: '2023-11-03T10:15:00.000Z',
  }),
  entry({ action: 'submitted', actorRole: 'owner', actorId: STORY_ACCOUNT.id, at: '2024-01-11T18:42:00.000Z' }),
  entry({
    action: 'reviewer_assigned',
    actorRole: 'organiser',
    actorId: ORGANISER.id,
    details: { email: 'expert@ademe.example' },
    at: '2024-01-15T08:30:00.000Z',
  }),
];

// The component's description is given in parameters.docs, not as a JSDoc comment on `meta`:
// Storybook's docs plugin turns such a comment into a second `parameters` key that replaces ours.
const DESCRIPTION = `A dossier, read-only, for everyone who may read it: the commune after submission, organisers and
the reviewers assigned to it. Every section of the call's form (labels and answers, repeatable groups as numbered
lists), the documents with their download and SHA-256 fingerprint, a ZIP of them all, the submission receipts
(« récépissé de dépôt ») and the history (for the commune and organisers). Organisers comment on each section while
the commune's request for advice is open, or at any time on a draft. It prints as a paper dossier; \`print-preview\`
shows that on screen.

The platform runs in the page (Mock Service Worker); the role of the signed-in account decides what is shown.`;

const organiserScenario = (platform: PlatformScenario) =>
  withPlatform({ account: { ...ORGANISER, communes: [] }, ...platform });

const meta: Meta<Args> = {
  title: 'Elements/Dossier view',
  component: 'qmi-dossier-view',
  args: { 'application-id': STORY_APPLICATION_ID, 'heading-level': 2, 'print-preview': false },
  argTypes: { 'api-base': { control: false } },
  render: (args, { loaded }) =>
    html`<qmi-dossier-view api-base=${loaded.apiBase} .token=${STORY_TOKEN} application-id=${args['application-id']} heading-level=${args['heading-level']} ?print-preview=${args['print-preview']}></qmi-dossier-view>`,
  parameters: {
    ...withPlatform({ applications: [submittedDossier()], receipts: [receipt()], history: history() }),
    docs: { description: { component: DESCRIPTION } },
  },
  play: async ({ canvasElement }) => {
    await shows(view(canvasElement), '[part="heading"]', 'Dossier de Saint-Denis');
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The commune after submitting: its answers, its documents and the receipt to download. */
export const SubmittedApplicant: Story = {
  name: 'Submitted (commune)',
  play: async ({ canvasElement }) => {
    const el = view(canvasElement);
    await shows(el, '[part~="receipt"]', 'Récépissé du dépôt du 11 janvier 2024');
    await shows(el, '[part="status"]', 'Déposé');
    await shows(el, '[part~="file"]', 'lettre-engagement-maire.pdf');
  },
};

/** Organisers: the same dossier with its history (who did what, when). */
export const OrganiserWithHistory: Story = {
  name: 'Organiser, with history',
  parameters: organiserScenario({ applications: [submittedDossier()], receipts: [receipt()], history: history() }),
  play: async ({ canvasElement }) => {
    const el = view(canvasElement);
    await shows(el, '[part="history-table"] td', 'Examinateur désigné');
    await shows(el, '[part="history-table"] td', 'expert@ademe.example');
  },
};

/** As it prints: black on white, no buttons, each link followed by its address, a page per section. */
export const PrintPreview: Story = {
  args: { 'print-preview': true },
  play: async ({ canvasElement }) => {
    const el = view(canvasElement);
    await shows(el, '[part~="receipt"]');
    const buttons = inShadow(el, 'button');
    if (buttons.some((button) => getComputedStyle(button).display !== 'none'))
      throw new Error('A button shows in the print preview');
  },
};

/** A draft on which the commune asked for advice: organisers comment per section. */
export const AdviceComments: Story = {
  name: 'Advice comments (organiser)',
  parameters: organiserScenario({
    applications: [completeDossier()],
    adviceRequests: [
      {
        id: 'adv_1',
        applicationId: STORY_APPLICATION_ID,
        requestedBy: STORY_ACCOUNT.id,
        message: 'Pouvez-vous relire notre présentation des secteurs ?',
        status: 'open',
        createdAt: '2023-11-28T16:30:00.000Z',
      },
    ],
    sectionComments: [
      {
        id: 'sc_0',
        applicationId: STORY_APPLICATION_ID,
        sectionId: 'challenge',
        text: 'Précisez en quoi le secteur Pleyel est représentatif du défi choisi.',
        authorId: ORGANISER.id,
        createdAt: '2023-11-29T10:05:00.000Z',
      },
    ],
  }),
  play: async ({ canvasElement }) => {
    const el = view(canvasElement);
    await shows(el, '[part="notice"]', 'La commune a demandé un avis');
    await shows(el, '[part="comment"]', 'secteur Pleyel');
    await shows(el, 'label', 'Commenter la section « Motivations »');
  },
};

/** While the platform answers. */
export const Loading: Story = {
  parameters: withPlatform({ applications: [submittedDossier()], dossierLoading: 'stall' }),
  play: async ({ canvasElement }) => {
    await shows(view(canvasElement), 'p', 'Chargement du dossier');
  },
};

/** A dossier that does not exist, or that this account may not read (the platform answers alike). */
export const NotFound: Story = {
  args: { 'application-id': 'app_unknown' },
  play: async ({ canvasElement }) => {
    await shows(view(canvasElement), '[role="alert"]', 'Ce dossier est introuvable');
  },
};

/** In English: the nearest `[lang]` decides. */
export const English: Story = {
  globals: { lang: 'en' },
  play: async ({ canvasElement }) => {
    await shows(view(canvasElement), '[part="heading"]', 'Application of Saint-Denis');
  },
};
