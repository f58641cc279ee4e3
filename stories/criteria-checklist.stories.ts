import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { completeDossier, emptyDossier, filledDossier } from './support/dossiers.js';
import { STORY_APPLICATION_ID, STORY_NOW, STORY_TOKEN, withPlatform } from './support/platform.js';
import { element, shows } from './support/story.js';

interface Args {
  call: string;
  application: string;
  now: string;
  headingLevel: number;
}

const checklist = (canvasElement: HTMLElement) => element(canvasElement, 'qmi-criteria-checklist');

// Given in parameters.docs rather than as a comment on `meta` (see application-form.stories.ts).
const DESCRIPTION = `What the call asks for and where a dossier stands against it: eligibility, completeness section by
section, and the five selection criteria with the signals the rules see (guidance, never a score).
Without a dossier it lists what the call asks for; bound to a form (\`for\`), it follows the form live.`;

const meta: Meta<Args> = {
  title: 'Elements/Criteria checklist',
  component: 'qmi-criteria-checklist',
  args: { call: 'qmi-2', application: STORY_APPLICATION_ID, now: STORY_NOW, headingLevel: 2 },
  render: ({ call, application, now, headingLevel }, { loaded }) =>
    html`<qmi-criteria-checklist api-base=${loaded.apiBase} .token=${STORY_TOKEN} call=${call} application=${application} now=${now} heading-level=${headingLevel}></qmi-criteria-checklist>`,
  parameters: {
    ...withPlatform({ applications: [filledDossier()] }),
    docs: { description: { component: DESCRIPTION } },
  },
  play: async ({ canvasElement }) => {
    await shows(checklist(canvasElement), '[part="status"]');
  },
};
export default meta;
type Story = StoryObj<Args>;

/** Before any dossier: what the call asks for (eligibility, the deadline, the form, the documents, the criteria). */
export const Empty: Story = {
  args: { application: '' },
  play: async ({ canvasElement }) => {
    await shows(checklist(canvasElement), 'h2', 'Ce que demande l’appel');
  },
};

/** Every answer given, the documents still missing: the points left, each linked to its place. */
export const Filled: Story = {
  play: async ({ canvasElement }) => {
    await shows(checklist(canvasElement), '[part="status"]', 'à compléter');
  },
};

/** A dossier just started: many points to complete, and criteria not started. */
export const Errors: Story = {
  parameters: withPlatform({ applications: [emptyDossier()] }),
  play: async ({ canvasElement }) => {
    await shows(checklist(canvasElement), '[part="issue"]');
    await shows(checklist(canvasElement), '[part="status"]', 'points à compléter');
  },
};

/** Every answer and every document: ready to be sent. */
export const ReadyToSubmit: Story = {
  name: 'Ready to submit',
  parameters: withPlatform({ applications: [completeDossier()] }),
  play: async ({ canvasElement }) => {
    await shows(checklist(canvasElement), '[part="status"]', 'Prêt à être envoyé');
  },
};

/** After the deadline: the dossier can no longer be sent, and the checklist says why. */
export const ClosedCall: Story = {
  name: 'Closed call',
  args: { now: '2024-01-13T08:00:00Z' },
  parameters: withPlatform({ applications: [completeDossier()], now: '2024-01-13T08:00:00Z' }),
  play: async ({ canvasElement }) => {
    await shows(checklist(canvasElement), '[part="status"]', 'Candidature impossible');
    await shows(checklist(canvasElement), 'li, p', 'étaient ouvertes jusqu’au');
  },
};

/** In English: the nearest `[lang]` decides. */
export const English: Story = {
  globals: { lang: 'en' },
  play: async ({ canvasElement }) => {
    await shows(checklist(canvasElement), 'h2', 'Where your application stands');
  },
};
