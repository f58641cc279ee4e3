import { QMI_2, type DocumentKindRule, type DocumentRef } from '@qmi/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { emptyDossier, filledDossier } from './support/dossiers.js';
import { STORY_APPLICATION_ID, STORY_TOKEN, storyDocument, withPlatform } from './support/platform.js';
import { chooseFiles, element, inShadow, pdfFile, shows } from './support/story.js';

interface Args {
  kind: string;
  disabled: boolean;
  documents: DocumentRef[];
  partners: { id: string; name: string }[];
}

const kind = (id: string): DocumentKindRule => QMI_2.documentKinds.find((rule) => rule.id === id)!;
const uploader = (canvasElement: HTMLElement) => element(canvasElement, 'qmi-document-uploader');
const PARTNERS = (filledDossier().partners ?? []).map((partner) => ({
  id: partner.id,
  name: partner.name ?? partner.id,
}));
const MB = 1024 * 1024;

/** Chooses a file through the element's real file input, as a person does. */
async function choose(canvasElement: HTMLElement, file: File) {
  const el = uploader(canvasElement);
  const input = (await shows(el, 'input[type="file"]')) as HTMLInputElement;
  chooseFiles(input, [file]);
  return el;
}

// Given in parameters.docs rather than as a comment on `meta` (see application-form.stories.ts).
const DESCRIPTION = `One document kind of the call: its rules first (formats, size, number of files), then a labelled file
input and a drop zone. Files are checked before any byte is sent, sent in resumable chunks (tus) with
progress, pause, resume and retry, and checked again by the platform on their bytes.`;

const meta: Meta<Args> = {
  title: 'Elements/Document uploader',
  component: 'qmi-document-uploader',
  args: { kind: 'mayor_letter', disabled: false, documents: [], partners: [] },
  argTypes: { kind: { control: 'select', options: QMI_2.documentKinds.map((rule) => rule.id) } },
  render: ({ kind: id, disabled, documents, partners }, { loaded }) =>
    html`<qmi-document-uploader api-base=${loaded.apiBase} .token=${STORY_TOKEN} application=${STORY_APPLICATION_ID} .rule=${kind(id)} .documents=${documents} .partners=${partners} ?disabled=${disabled}></qmi-document-uploader>`,
  parameters: {
    ...withPlatform({ applications: [emptyDossier()] }),
    docs: { description: { component: DESCRIPTION } },
  },
  play: async ({ canvasElement }) => {
    await shows(uploader(canvasElement), '[part="rules"]');
  },
};
export default meta;
type Story = StoryObj<Args>;

/** Nothing sent yet: the rules, the file input and the drop zone. */
export const Empty: Story = {};

/** A recorded file, with its size and a button to remove it. */
export const Filled: Story = {
  args: { kind: 'sector_sheet', documents: [storyDocument('sector_sheet', 'fiche-secteur-pleyel.pdf')] },
  play: async ({ canvasElement }) => {
    await shows(uploader(canvasElement), '[part="file"]', 'fiche-secteur-pleyel.pdf');
  },
};

/** A partner's letter of support: the partner it comes from is asked first. */
export const PartnerLetters: Story = {
  name: 'Partner letters',
  args: {
    kind: 'partner_support',
    partners: PARTNERS,
    documents: [storyDocument('partner_support', 'soutien-oph.pdf', 'partner-oph')],
  },
  play: async ({ canvasElement }) => {
    await shows(uploader(canvasElement), 'select');
  },
};

/** A file of a format the kind does not accept: refused before any byte is sent, with the reason. */
export const Errors: Story = {
  play: async ({ canvasElement }) => {
    const el = await choose(canvasElement, new File(['colonne;valeur'], 'budget.csv', { type: 'text/csv' }));
    await shows(el, '[part="error"]', 'seuls ces formats sont acceptés');
  },
};

/** Sending: the first 5 MB chunk is stored, the next on its way; pause and cancel are offered. */
export const Uploading: Story = {
  parameters: withPlatform({ applications: [emptyDossier()], uploads: 'stall' }),
  play: async ({ canvasElement }) => {
    const el = await choose(canvasElement, pdfFile('lettre-engagement-maire.pdf', 8 * MB));
    await shows(el, '[part="file"]', 'Envoi en cours');
    await shows(el, '[part="file"]', /[1-9]\d* %/);
    if (!inShadow(el, '[part~="button"]').some((button) => button.textContent?.includes('Mettre en pause')))
      throw new Error('no pause button');
  },
};

/**
 * The platform refused the file on its bytes (a PNG renamed .pdf): a final answer, its reason in the
 * page's language, no retry, and the file input back to choose another file.
 */
export const UploadFailed: Story = {
  name: 'Upload failed',
  parameters: withPlatform({ applications: [emptyDossier()], uploads: 'refuse' }),
  play: async ({ canvasElement }) => {
    const el = await choose(canvasElement, pdfFile('lettre-engagement-maire.pdf', 300 * 1024));
    await shows(el, '[part="error"]', 'refusé par la plateforme');
    await shows(el, 'label', 'Choisir un autre fichier');
    if (inShadow(el, '[part~="button"]').some((button) => /Réessayer|Reprendre/.test(button.textContent ?? '')))
      throw new Error('a refused file is offered a retry');
  },
};

/** The connection dropped mid-file: the uploader keeps trying, and resumes where it stopped. */
export const Offline: Story = {
  parameters: withPlatform({ applications: [emptyDossier()], uploads: 'offline' }),
  play: async ({ canvasElement }) => {
    const el = await choose(canvasElement, pdfFile('lettre-engagement-maire.pdf', 300 * 1024));
    await shows(el, '[part="file"]', 'Connexion perdue');
  },
};

/** After the deadline (or once sent): the files are listed, nothing can be added or removed. */
export const ClosedCall: Story = {
  name: 'Closed call',
  args: { disabled: true, documents: [storyDocument('mayor_letter', 'lettre-engagement-maire.pdf')] },
  play: async ({ canvasElement }) => {
    const el = uploader(canvasElement);
    await shows(el, '[part="file"]', 'lettre-engagement-maire.pdf');
    if (inShadow(el, 'input[type="file"]').length) throw new Error('a disabled uploader still offers a file input');
  },
};

/** In English: the nearest `[lang]` decides. */
export const English: Story = {
  globals: { lang: 'en' },
  args: { kind: 'sector_sheet', documents: [storyDocument('sector_sheet', 'sector-sheet.pdf')] },
  play: async ({ canvasElement }) => {
    await shows(uploader(canvasElement), '[part="rules"]', 'Accepted formats');
  },
};
