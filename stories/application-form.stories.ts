import { memoryJournal, QMI_2, type Journal } from '@qmi/core';
import { exampleDossier } from '@qmi/core/testing';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { completeDossier, emptyDossier, filledDossier, submittedDossier } from './support/dossiers.js';
import { STORY_NOW, STORY_TOKEN, storyApplication, withPlatform } from './support/platform.js';
import { element, inShadow, shows } from './support/story.js';

interface Args {
  call: string;
  now: string;
  debounce: number;
  sections: string;
  sectionHref: string;
  journal?: () => Promise<Journal>;
}

const form = (canvasElement: HTMLElement) => element(canvasElement, 'qmi-application-form');

// The component's description is given in parameters.docs, not as a JSDoc comment on `meta`:
// Storybook's docs plugin turns such a comment into a second `parameters` key that replaces ours.
const DESCRIPTION = `The whole dossier of the call, saved as it is typed: a task list, every field of the call's form,
the documents, the check and the submission. Edits wait in a journal on the device until the platform has
them, so nothing is lost offline, on a reload or when two tabs edit at once.

In these stories the platform runs in the page (Mock Service Worker) and the journal is in memory.`;

const meta: Meta<Args> = {
  title: 'Elements/Application form',
  component: 'qmi-application-form',
  args: { call: 'qmi-2', now: STORY_NOW, debounce: 1000, sections: '', sectionHref: '' },
  argTypes: { journal: { table: { disable: true } } },
  loaders: [async ({ args }) => ({ journal: args.journal ? await args.journal() : memoryJournal() })],
  render: ({ call, now, debounce, sections, sectionHref }, { loaded }) =>
    html`<qmi-application-form api-base=${loaded.apiBase} .token=${STORY_TOKEN} call=${call} now=${now} debounce=${debounce} sections=${sections} section-href=${sectionHref}
      .journal=${loaded.journal}></qmi-application-form>`,
  parameters: {
    ...withPlatform({ applications: [emptyDossier()] }),
    docs: { description: { component: DESCRIPTION } },
  },
  play: async ({ canvasElement }) => {
    await shows(form(canvasElement), '[part="task-list"]');
  },
};
export default meta;
type Story = StoryObj<Args>;

/** A dossier just created: every section "not started". */
export const Empty: Story = {};

/** No dossier yet for this account: the start step, with the commune type-ahead. */
export const Start: Story = {
  name: 'Start (no dossier yet)',
  parameters: withPlatform({ applications: [] }),
  play: async ({ canvasElement }) => {
    await shows(form(canvasElement), '.start');
  },
};

/** Every question answered; the documents still to send. */
export const Filled: Story = {
  parameters: withPlatform({ applications: [filledDossier()] }),
  play: async ({ canvasElement }) => {
    await shows(form(canvasElement), '[part="status"]', 'enregistrées');
  },
};

/** Sent with answers missing: the platform refuses, the summary lists the problems and takes focus. */
export const Errors: Story = {
  play: async ({ canvasElement }) => {
    const el = form(canvasElement);
    const send = (await shows(el, '#section-submit button', 'Envoyer')) as HTMLButtonElement;
    send.click();
    await shows(el, '[part="error-summary"]', 'Il y a un problème');
  },
};

/** The connection dropped while an edit waited: it is kept on the device and sent when the connection returns. */
export const Offline: Story = {
  args: {
    journal: async () => {
      const journal = memoryJournal();
      await journal.put('app_story', {
        path: 'challenge.title',
        value: 'Apaiser les abords des écoles',
        base: null,
        id: 'edit-offline',
        editedAt: Date.parse(STORY_NOW),
      });
      return journal;
    },
  },
  parameters: withPlatform({ applications: [emptyDossier()], saves: 'offline' }),
  play: async ({ canvasElement }) => {
    await shows(form(canvasElement), '[part="status"]', 'Hors ligne');
  },
};

/** The same field changed in another tab while this one was offline: both versions kept, the person chooses. */
export const Conflict: Story = {
  args: {
    journal: async () => {
      const journal = memoryJournal();
      await journal.put('app_story', {
        path: 'challenge.title',
        value: 'Rues aux écoles : apaiser le quartier Pleyel',
        base: exampleDossier().challenge.title,
        id: 'edit-conflict',
        editedAt: Date.parse(STORY_NOW),
      });
      return journal;
    },
  },
  parameters: withPlatform({
    applications: [
      {
        ...filledDossier(),
        challenge: { ...exampleDossier().challenge, title: 'Des abords d’écoles plus sûrs et plus verts' },
      },
    ],
  }),
  play: async ({ canvasElement }) => {
    await shows(form(canvasElement), '[part="conflict"]', 'Garder ma version');
  },
};

/** After the deadline: a draft is shown read-only, with when the call closed. */
export const ClosedCall: Story = {
  name: 'Closed call',
  args: { now: '2024-01-13T08:00:00Z' },
  parameters: withPlatform({ applications: [filledDossier()], now: '2024-01-13T08:00:00Z' }),
  play: async ({ canvasElement }) => {
    await shows(form(canvasElement), '.notice', 'étaient ouvertes jusqu’au');
  },
};

/** Every answer and every document: each section completed, ready to send. */
export const ReadyToSubmit: Story = {
  name: 'Ready to submit',
  parameters: withPlatform({ applications: [completeDossier()] }),
  play: async ({ canvasElement }) => {
    const el = form(canvasElement);
    await shows(el, '[part="task-list"]');
    const tags = inShadow(el, '[part="task-list"] .tag, [part="task-list"] strong');
    if (tags.some((tag) => /Non commencé|En cours/.test(tag.textContent ?? '')))
      throw new Error('a section is not completed');
  },
};

/** Sent: the receipt, and the dossier read-only. */
export const Submitted: Story = {
  parameters: withPlatform({ applications: [submittedDossier()] }),
  play: async ({ canvasElement }) => {
    await shows(form(canvasElement), '[part="receipt"]', 'Candidature envoyée');
  },
};

/**
 * No one signed in yet, and the page has the call's `definition` (a server rendered it, or the page has the
 * preset): the dossier's questions, to prepare the answers: the call's title, each section with its help
 * and its fields' labels, the documents asked for. Nothing to fill in until the dossier opens.
 */
export const BeforeSignIn: Story = {
  name: 'Before sign-in (the dossier’s questions)',
  render: ({ call, sections }, { loaded }) =>
    html`<qmi-application-form api-base=${loaded.apiBase} call=${call} sections=${sections} .definition=${QMI_2}></qmi-application-form>`,
  play: async ({ canvasElement }) => {
    await shows(form(canvasElement), '[part~="question"]', 'Intitulé du défi');
  },
};

/** In English: the nearest `[lang]` decides. */
export const English: Story = {
  globals: { lang: 'en' },
  parameters: withPlatform({ applications: [filledDossier()] }),
  play: async ({ canvasElement }) => {
    await shows(form(canvasElement), '[part="task-list"]', 'Application steps');
  },
};

/**
 * A partner that spreads the dossier over the pages of its own site (GOV.UK's "one thing per page"):
 * this page shows one section (`sections="team"`), with the partner's words in the slots: its
 * introduction (`intro`), its help under the section's title (`help-team`) and its page links (`after`).
 * The save status stays on every page. Every page's form shares the autosave and the rules: the page
 * that sends the dossier checks all of it (see "Sent from the last page").
 */
export const OneSectionPerPage: Story = {
  name: 'One section per page',
  args: { sections: 'team', sectionHref: '#/candidature/{section}' },
  render: ({ call, now, debounce, sections, sectionHref }, { loaded }) =>
    html`<qmi-application-form api-base=${loaded.apiBase} .token=${STORY_TOKEN} call=${call} now=${now} debounce=${debounce} sections=${sections} section-href=${sectionHref}
      .journal=${loaded.journal}>
      <p slot="intro">Étape 5 sur 9 : l’équipe qui portera le projet. Vos réponses sont enregistrées à chaque modification : vous pouvez revenir plus tard.</p>
      <p slot="help-team">Besoin d’aide ? <a href="https://www.metropolegrandparis.fr/">Lisez le guide de l’équipe projet</a> ou écrivez-nous depuis la messagerie du dossier.</p>
      <nav slot="after" aria-label="Pages du dossier">
        <a href="#/candidature/resources">Page précédente : les ressources</a> ·
        <a href="#/candidature/partners">Page suivante : les partenaires</a>
      </nav>
    </qmi-application-form>`,
  play: async ({ canvasElement }) => {
    const el = form(canvasElement);
    await shows(el, '#section-team slot[name="help-team"]');
    const sections = inShadow(el, 'section.section').map((section) => section.id);
    if (sections.join() !== 'section-team') throw new Error(`the page shows ${sections.join(', ')}`);
  },
};

const { team: _team, ...withoutTeam } = exampleDossier();

/**
 * The partner's last page (`sections="task-list submit"`): the status of every section, and the send
 * step. Sending checks the whole dossier: what is missing on other pages is listed with the section it
 * is in, linked to the partner's page of that section (`section-href`), whose form then takes the
 * person to the field.
 */
export const SentFromTheLastPage: Story = {
  name: 'Sent from the last page',
  args: { sections: 'task-list submit', sectionHref: '#/candidature/{section}' },
  parameters: withPlatform({ applications: [storyApplication({ ...withoutTeam })] }),
  play: async ({ canvasElement }) => {
    const el = form(canvasElement);
    const send = (await shows(el, '#section-submit button', 'Envoyer')) as HTMLButtonElement;
    send.click();
    await shows(el, '[part="error-summary"] a[href^="#/candidature/team#f-team-"]', 'L’équipe de la commune');
  },
};
