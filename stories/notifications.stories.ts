import '@qmi/elements/notifications';
import type { Notification } from '@qmi/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { emptyDossier } from './support/dossiers.js';
import { type PlatformScenario, STORY_APPLICATION_ID, STORY_TOKEN, withPlatform } from './support/platform.js';
import { element, shows } from './support/story.js';

interface Args {
  'poll-interval': number;
  lang: string;
}

const list = (canvasElement: HTMLElement) => element(canvasElement, 'qmi-notifications');

const notification = (id: string, kind: Notification['kind'], title: string, createdAt: string, readAt?: string) => ({
  id,
  kind,
  applicationId: STORY_APPLICATION_ID,
  commune: '93066',
  title,
  createdAt,
  ...(readAt ? { readAt } : {}),
});

const NOTIFICATIONS: Notification[] = [
  notification(
    'ntf_3',
    'declared_eligible',
    'Saint-Denis : dossier déclaré complet et recevable',
    '2024-01-25T10:00:00.000Z',
  ),
  notification('ntf_2', 'message', 'Saint-Denis : nouveau message des organisateurs', '2024-01-18T14:30:00.000Z'),
  notification(
    'ntf_1',
    'submitted',
    'Saint-Denis : candidature déposée',
    '2024-01-11T18:42:00.000Z',
    '2024-01-11T18:45:00.000Z',
  ),
];

// The component's description is given in parameters.docs, not as a JSDoc comment on `meta`:
// Storybook's docs plugin turns such a comment into a second `parameters` key that replaces ours.
const DESCRIPTION = `The signed-in person's notifications: the same events as their e-mails (receipt, changes
requested, eligibility, selection, new message, advice), newest first, with the unread count and "Marquer comme
lu". New ones are said in a polite live region; the list is fetched again every minute while the page is visible.

In these stories the platform runs in the page (Mock Service Worker).`;

const meta: Meta<Args> = {
  title: 'Elements/Notifications',
  component: 'qmi-notifications',
  args: { 'poll-interval': 60, lang: 'fr' },
  argTypes: { lang: { control: 'inline-radio', options: ['fr', 'en'] } },
  render: (args, { loaded }) =>
    html`<div lang=${args.lang}><qmi-notifications api-base=${loaded.apiBase} .token=${STORY_TOKEN} poll-interval=${args['poll-interval']}></qmi-notifications></div>`,
  parameters: { docs: { description: { component: DESCRIPTION } } },
};
export default meta;
type Story = StoryObj<Args>;

const scenario = (platform: PlatformScenario) => withPlatform({ applications: [emptyDossier()], ...platform });

/** Two unread, one read: the count, "Nouveau" and "Marquer comme lu" on the unread ones. */
export const Unread: Story = {
  parameters: scenario({ notifications: NOTIFICATIONS }),
  play: async ({ canvasElement }) => {
    await shows(list(canvasElement), '[part="badge"]', '2 non lues');
  },
};

/** "Marquer comme lu": the notification loses its marker, the count goes down. */
export const MarkedRead: Story = {
  name: 'Marked as read',
  parameters: scenario({ notifications: NOTIFICATIONS }),
  play: async ({ canvasElement }) => {
    const el = list(canvasElement);
    ((await shows(el, '#notification-ntf_3 button', 'Marquer comme lu')) as HTMLButtonElement).click();
    await shows(el, '[part="badge"]', '1 non lue');
  },
};

/** Nothing yet. */
export const Empty: Story = {
  parameters: scenario({ notifications: [] }),
  play: async ({ canvasElement }) => {
    await shows(list(canvasElement), '[part="status"]', 'Aucune notification');
  },
};

/** Waiting for the platform. */
export const Loading: Story = {
  parameters: scenario({ notificationsLoading: 'stall' }),
  play: async ({ canvasElement }) => {
    await shows(list(canvasElement), '[part="status"]', 'Chargement');
  },
};

/** The platform failed: said, with "Réessayer". */
export const Failed: Story = {
  parameters: scenario({ notificationsLoading: 'fail' }),
  play: async ({ canvasElement }) => {
    await shows(list(canvasElement), '[part="status"]', 'n’ont pas pu être chargées');
  },
};

/** In English: the platform words the titles in the request's language. */
export const English: Story = {
  args: { lang: 'en' },
  parameters: scenario({
    notifications: [
      notification('ntf_en', 'selected', 'Saint-Denis: selected by the committee', '2024-02-15T10:00:00.000Z'),
    ],
  }),
  play: async ({ canvasElement }) => {
    await shows(list(canvasElement), '[part="badge"]', '1 unread');
  },
};
