import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { conversation, emptyDossier } from './support/dossiers.js';
import {
  STORY_APPLICATION_ID,
  STORY_NOW,
  STORY_TOKEN,
  type PlatformScenario,
  withPlatform,
} from './support/platform.js';
import { element, shows } from './support/story.js';

interface Args {
  /** Set by the story from its in-page platform: no control. */
  'api-base'?: string;
  application: string;
  now: string;
  'poll-interval': number;
}

const thread = (canvasElement: HTMLElement) => element(canvasElement, 'qmi-messages');
const scenario = (platform: PlatformScenario) => withPlatform({ applications: [emptyDossier()], ...platform });

/** Writes a message and presses "Envoyer", as a person would. */
async function send(el: HTMLElement, body: string): Promise<void> {
  const field = (await shows(el, '[part="textarea"]')) as HTMLTextAreaElement;
  field.focus();
  field.value = body;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: body }));
  ((await shows(el, '[part="form"] button[type="submit"]')) as HTMLButtonElement).click();
}

// The component's description is given in parameters.docs, not as a JSDoc comment on `meta`:
// Storybook's docs plugin turns such a comment into a second `parameters` key that replaces ours.
const DESCRIPTION = `The messaging channel between a commune and the organisers, for one dossier: the thread (oldest
first), a send form, the unread count, and new messages while open. A message is kept on the device until the
platform acknowledges it, and sent again (with the same idempotency key) when the connection returns.

In these stories the platform runs in the page (Mock Service Worker); \`now\` stands in for the clock of the
relative dates.`;

const meta: Meta<Args> = {
  title: 'Elements/Messages',
  component: 'qmi-messages',
  args: { application: STORY_APPLICATION_ID, now: STORY_NOW, 'poll-interval': 10 },
  argTypes: { 'api-base': { control: false } },
  render: (args, { loaded }) =>
    html`<qmi-messages api-base=${loaded.apiBase} .token=${STORY_TOKEN} application=${args.application} now=${args.now} poll-interval=${args['poll-interval']}></qmi-messages>`,
  parameters: { ...scenario({ messages: [] }), docs: { description: { component: DESCRIPTION } } },
  play: async ({ canvasElement }) => {
    await shows(thread(canvasElement), '[part="form"]');
  },
};
export default meta;
type Story = StoryObj<Args>;

/** No message yet: the empty thread says so, and the form invites a first question. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    await shows(thread(canvasElement), '[part="status"]', 'Aucun message pour l’instant');
  },
};

/** A conversation: a question from the organisers and the commune's answer, oldest first. */
export const Filled: Story = {
  parameters: scenario({ messages: conversation() }),
  play: async ({ canvasElement }) => {
    await shows(thread(canvasElement), '[part~="message-mine"]', 'Pleyel, Anatole-France et Cosmonautes');
  },
};

/** "Envoyer" with nothing written: the field says what to do, and nothing is sent. */
export const Errors: Story = {
  parameters: scenario({ messages: conversation() }),
  play: async ({ canvasElement }) => {
    const el = thread(canvasElement);
    await shows(el, '[part="thread"]');
    await send(el, '   ');
    await shows(el, '.error', 'Écrivez votre message');
    // Said in the element's one polite live region, each time "Envoyer" is pressed on an empty field.
    await shows(el, '[aria-live="polite"]', 'Écrivez votre message');
  },
};

/**
 * Written while the platform cannot be reached: the message stays on the device, marked "Non envoyé",
 * and is sent again automatically (or with "Réessayer") once the connection returns.
 */
export const Offline: Story = {
  parameters: scenario({ messages: conversation(), sending: 'offline' }),
  play: async ({ canvasElement }) => {
    const el = thread(canvasElement);
    await shows(el, '[part~="message-theirs"]');
    await send(el, 'Pouvons-nous joindre une lettre de soutien supplémentaire ?');
    await shows(el, '.message--failed [part="status"]', 'Non envoyé');
    await shows(el, '.message--failed [part="button"]', 'Réessayer');
  },
};

/** In English: the nearest `[lang]` decides. */
export const English: Story = {
  globals: { lang: 'en' },
  parameters: scenario({ messages: conversation() }),
  play: async ({ canvasElement }) => {
    await shows(thread(canvasElement), '[part~="message-theirs"] .author', 'The organisers');
  },
};
