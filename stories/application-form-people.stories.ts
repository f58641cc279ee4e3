import { memoryJournal } from '@qmi/core';
import { exampleDossier } from '@qmi/core/testing';
import type { Collaborator, Invitation } from '@qmi/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import {
  STORY_ACCOUNT,
  STORY_APPLICATION_ID,
  STORY_NOW,
  STORY_TOKEN,
  storyApplication,
  withPlatform,
} from './support/platform.js';
import { element, shows } from './support/story.js';

interface Args {
  call: string;
  now: string;
  sections: string;
}

const form = (canvasElement: HTMLElement) => element(canvasElement, 'qmi-application-form');

const person = (accountId: string, email: string, role: Collaborator['role'], addedAt: string): Collaborator => ({
  accountId,
  email,
  role,
  addedAt,
});

/** The story account owns the dossier; two colleagues edit it. */
const OWNER_AND_EDITORS = [
  person(STORY_ACCOUNT.id, STORY_ACCOUNT.email, 'owner', '2023-11-02T09:00:00.000Z'),
  person('acct_urbanisme', 'urbanisme@saint-denis.example', 'editor', '2023-11-10T14:00:00.000Z'),
  person('acct_education', 'education@saint-denis.example', 'editor', '2023-11-21T08:30:00.000Z'),
];

/** An invitation sent by the owner, not accepted yet (14 days to accept it). */
const PENDING_INVITATION: Invitation = {
  id: 'inv_1',
  applicationId: STORY_APPLICATION_ID,
  email: 'finances@saint-denis.example',
  status: 'pending',
  invitedBy: STORY_ACCOUNT.id,
  createdAt: '2023-11-30T11:00:00.000Z',
  expiresAt: '2023-12-14T11:00:00.000Z',
};

// The component's description is given in parameters.docs, not as a JSDoc comment on `meta`:
// Storybook's docs plugin turns such a comment into a second `parameters` key that replaces ours.
const DESCRIPTION = `The form's "Personnes ayant accès" panel (the \`people\` part of \`sections\`): the owner and the
editors of the dossier, the invitations waiting for an answer, and what the person's role lets them do. The owner
invites by e-mail (an address without an account is invited to create one), cancels invitations, removes editors and
hands the dossier over; an editor edits, uploads, writes messages, and may leave. A dossier that does not hold the
commune's place (an account not verified for the commune) says so above the form, and how to be verified.

In these stories the platform runs in the page (Mock Service Worker); the form shows only this panel
(\`sections="people"\`).`;

const meta: Meta<Args> = {
  title: 'Elements/Application form (people)',
  component: 'qmi-application-form',
  args: { call: 'qmi-2', now: STORY_NOW, sections: 'people' },
  render: ({ call, now, sections }, { loaded }) =>
    html`<qmi-application-form api-base=${loaded.apiBase} .token=${STORY_TOKEN} call=${call} now=${now} sections=${sections}
      .journal=${memoryJournal()}></qmi-application-form>`,
  parameters: {
    ...withPlatform({
      applications: [storyApplication({ ...exampleDossier() })],
      collaborators: OWNER_AND_EDITORS,
      invitations: [PENDING_INVITATION],
    }),
    docs: { description: { component: DESCRIPTION } },
  },
  play: async ({ canvasElement }) => {
    await shows(form(canvasElement), '.people__list');
  },
};
export default meta;
type Story = StoryObj<Args>;

/**
 * The owner's view: their role and what it allows, the two editors (each with "hand over" and
 * "remove"), the pending invitation (with "cancel") and the invitation form.
 */
export const Owner: Story = {
  name: 'Owner, with editors and a pending invitation',
  play: async ({ canvasElement }) => {
    const el = form(canvasElement);
    await shows(el, 'p', 'Vous êtes propriétaire du dossier');
    await shows(el, 'li', 'finances@saint-denis.example, invitation valable jusqu’au 14 décembre 2023');
    await shows(el, 'button', 'Retirer l’accès de urbanisme@saint-denis.example');
  },
};

/** The owner sends an invitation without an address: refused in the summary (which takes the focus) and beside the field. */
export const InvitationRefused: Story = {
  name: 'Invitation without an address',
  play: async ({ canvasElement }) => {
    const el = form(canvasElement);
    ((await shows(el, 'button', 'Envoyer l’invitation')) as HTMLButtonElement).click();
    await shows(el, '[part="error-summary"]', 'Saisissez l’adresse e-mail de la personne à inviter.');
  },
};

/** Handing the dossier over: the question first, the focus on it; nothing changes until "Oui". */
export const HandOver: Story = {
  name: 'Owner handing the dossier over',
  play: async ({ canvasElement }) => {
    const el = form(canvasElement);
    ((await shows(el, 'button', 'Confier le dossier à education@saint-denis.example')) as HTMLButtonElement).click();
    await shows(el, '#people-question', 'Confier le dossier à education@saint-denis.example ?');
  },
};

/**
 * An editor's view: what the role allows (edit, upload, write; not share, hand over or withdraw), the
 * people and invitations without their buttons, and "Quitter le dossier".
 */
export const Editor: Story = {
  name: 'Editor (leave)',
  parameters: withPlatform({
    applications: [storyApplication({ ...exampleDossier(), ownerId: 'acct_urbanisme' })],
    collaborators: [
      person('acct_urbanisme', 'urbanisme@saint-denis.example', 'owner', '2023-11-02T09:00:00.000Z'),
      person(STORY_ACCOUNT.id, STORY_ACCOUNT.email, 'editor', '2023-11-10T14:00:00.000Z'),
    ],
    invitations: [PENDING_INVITATION],
  }),
  play: async ({ canvasElement }) => {
    const el = form(canvasElement);
    await shows(el, 'p', 'Vous êtes invité sur ce dossier');
    await shows(el, 'button', 'Quitter le dossier');
  },
};

/**
 * A draft of an account not verified for the commune (`holdsPlace: false`): it can be prepared, not
 * submitted; the notice says how to be verified (ProConnect, or a request from "Mon compte").
 */
export const NotHoldingThePlace: Story = {
  name: 'Dossier not holding the commune’s place',
  parameters: withPlatform({
    account: { communes: [], hasPassword: true },
    applications: [storyApplication({ ...exampleDossier(), holdsPlace: false })],
  }),
  play: async ({ canvasElement }) => {
    const el = form(canvasElement);
    await shows(el, '[part="place-notice"]', 'Ce dossier ne peut pas encore être déposé');
    await shows(el, '.people__list');
  },
};

/** In English: the nearest `[lang]` decides. */
export const English: Story = {
  globals: { lang: 'en' },
  play: async ({ canvasElement }) => {
    const el = form(canvasElement);
    await shows(el, 'p', 'You own this dossier');
    await shows(el, 'li', 'finances@saint-denis.example, invitation valid until 14 December 2023');
  },
};
