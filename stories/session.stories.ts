import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { apiBase, STORY_ACCOUNT, STORY_EXPIRED_TOKEN, STORY_TOKEN, withPlatform } from './support/platform.js';
import { element, shows } from './support/story.js';

interface Args {
  /** Set by the story from its in-page platform: no control. */
  'api-base'?: string;
  'demo-email': string;
  'demo-password': string;
}

const session = (canvasElement: HTMLElement) => element(canvasElement, 'qmi-session');

/**
 * A session kept from an earlier visit, as `<qmi-session>` stores it: its token in localStorage, one
 * key per platform. A story loader, so that it runs after the preview's, which clears localStorage.
 */
const storedSession = ({ id }: { id: string }) => {
  localStorage.setItem(`qmi-session:${apiBase(id)}`, STORY_TOKEN);
  return {};
};

/**
 * The page opened from an e-mail's link or ProConnect's return: the fragment is set before the element
 * arrives (a loader), as the browser has it when the page loads; the element reads it, then removes it.
 */
const arrivingWith = (fragment: string) => (): Record<string, never> => {
  history.replaceState(history.state, '', `${location.pathname}${location.search}#${fragment}`);
  return {};
};

/** Types into a field of the sign-in form as a person would (the input's `input` event). */
async function type(el: HTMLElement, selector: string, value: string): Promise<void> {
  const input = (await shows(el, selector)) as HTMLInputElement;
  input.focus();
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: value }));
}

// The component's description is given in parameters.docs, not as a JSDoc comment on `meta`:
// Storybook's docs plugin turns such a comment into a second `parameters` key that replaces ours.
const DESCRIPTION = `The account step: an agent of the commune signs in (or creates an account), then what the element
wraps is shown, with a signed-in client handed to it. The session survives reloads (its token is kept on the
device, one per platform) and is checked with \`GET /v1/me\` at start.

In these stories the platform runs in the page (Mock Service Worker). The story account is
\`${STORY_ACCOUNT.email}\`, password \`commune-2023\`.`;

const meta: Meta<Args> = {
  title: 'Elements/Session',
  component: 'qmi-session',
  args: { 'demo-email': '', 'demo-password': '' },
  argTypes: { 'api-base': { control: false } },
  render: (args, { loaded }) =>
    html`<qmi-session api-base=${loaded.apiBase} demo-email=${args['demo-email']} demo-password=${args['demo-password']}>
      <p>Le dossier de candidature de la commune s’affiche ici, une fois connecté.</p>
    </qmi-session>`,
  parameters: { docs: { description: { component: DESCRIPTION } } },
  play: async ({ canvasElement }) => {
    await shows(session(canvasElement), '[part="form"]');
  },
};
export default meta;
type Story = StoryObj<Args>;

/** Signed out: the sign-in form, and the switch to creating an account. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    await shows(session(canvasElement), '[part="heading"]', 'Se connecter');
  },
};

/** Signed in (here as the demo account): the account bar, then the content the element wraps. */
export const Filled: Story = {
  args: { 'demo-email': STORY_ACCOUNT.email, 'demo-password': 'commune-2023' },
  play: async ({ canvasElement }) => {
    await shows(session(canvasElement), '[part="account-bar"]', STORY_ACCOUNT.email);
  },
};

/**
 * "Se déconnecter de tous les appareils": the element first says what it does (every device, this one
 * included, and what unsent work would be lost here), the focus on that warning; "Rester connecté" keeps
 * everything.
 */
export const SignOutEverywhere: Story = {
  args: { 'demo-email': STORY_ACCOUNT.email, 'demo-password': 'commune-2023' },
  play: async ({ canvasElement }) => {
    const el = session(canvasElement);
    ((await shows(el, '[part~="sign-out-everywhere-button"]')) as HTMLButtonElement).click();
    await shows(el, '[part="warning"]', 'déconnecté sur tous les appareils');
  },
};

/** A wrong password: the platform refuses, the error summary lists the problem and takes focus. */
export const Errors: Story = {
  play: async ({ canvasElement }) => {
    const el = session(canvasElement);
    await type(el, 'input[name="email"]', STORY_ACCOUNT.email);
    await type(el, 'input[name="password"]', 'pas le bon mot de passe');
    ((await shows(el, '[part~="submit-button"]')) as HTMLButtonElement).click();
    await shows(el, '[part="error-summary"]', 'L’adresse e-mail ou le mot de passe est incorrect');
  },
};

/** A stored session that the platform could not check (no connection): it is kept, and a button tries again. */
export const Offline: Story = {
  loaders: [storedSession],
  parameters: withPlatform({ network: 'offline' }),
  play: async ({ canvasElement }) => {
    const el = session(canvasElement);
    await shows(el, '[part="status"]', 'la plateforme ne répond pas');
    await shows(el, '[part~="retry-button"]', 'Réessayer');
  },
};

/** A stored session that the platform no longer accepts: the sign-in form, with a notice that it expired. */
export const Expired: Story = {
  loaders: [storedSession],
  parameters: withPlatform({ session: 'expired' }),
  play: async ({ canvasElement }) => {
    await shows(session(canvasElement), '[part="notice"]', 'Votre session a expiré');
  },
};

/** In English: the nearest `[lang]` decides. */
export const English: Story = {
  globals: { lang: 'en' },
  play: async ({ canvasElement }) => {
    await shows(session(canvasElement), '[part="heading"]', 'Sign in');
  },
};

/** After "Créer mon compte": no session yet; the e-mail to confirm the address is on its way, resend and change offered. */
export const CheckYourEmail: Story = {
  play: async ({ canvasElement }) => {
    const el = session(canvasElement);
    ((await shows(el, '[part~="switch-button"]', 'Créer un compte')) as HTMLButtonElement).click();
    // The sign-up form comes with its module (fetched on the first switch): type once it is shown.
    await shows(el, '[part="heading"]', 'Créer un compte');
    await type(el, 'input[name="email"]', 'agent@mairie-bondy.example');
    await type(el, 'input[name="password"]', 'une phrase de passe assez longue');
    ((await shows(el, '[part~="submit-button"]')) as HTMLButtonElement).click();
    await shows(el, '[part="step"]', 'Nous avons envoyé un e-mail à agent@mairie-bondy.example');
  },
};

/** "Mot de passe oublié ?": the address is asked; the answer will be the same whether or not an account uses it. */
export const ResetRequest: Story = {
  play: async ({ canvasElement }) => {
    const el = session(canvasElement);
    ((await shows(el, '[part~="switch-button"]', 'Mot de passe oublié')) as HTMLButtonElement).click();
    await shows(el, '[part="heading"]', 'Réinitialiser votre mot de passe');
  },
};

/** The reset e-mail's link opened this page: the person chooses a new password (the same rule as at sign-up). */
export const ChooseNewPassword: Story = {
  loaders: [arrivingWith('qmi-action=reset-password&qmi-token=story-reset-token-0123456789')],
  play: async ({ canvasElement }) => {
    await shows(session(canvasElement), '[part="heading"]', 'Choisir un nouveau mot de passe');
  },
};

/**
 * The selection committee's invitation link opened this page, for an address without an account: the
 * person chooses the password of their reviewer's account (the same rule as at sign-up), then is signed in.
 */
export const ReviewerInvitation: Story = {
  loaders: [arrivingWith('qmi-action=reviewer-invitation&qmi-token=story-reviewer-token-0123456789')],
  play: async ({ canvasElement }) => {
    await shows(session(canvasElement), '[part="heading"]', 'Accepter l’invitation à examiner des dossiers');
  },
};

/** A link that expired or was already used: said plainly, with the way forward. */
export const ExpiredLink: Story = {
  loaders: [arrivingWith(`qmi-action=verify-email&qmi-token=${STORY_EXPIRED_TOKEN}`)],
  play: async ({ canvasElement }) => {
    await shows(session(canvasElement), '[part="step"]', 'Ce lien ne fonctionne plus');
  },
};

/** A platform that offers ProConnect: the State's button (not themed) above the form, with "Qu'est-ce que ProConnect ?". */
export const ProConnect: Story = {
  parameters: withPlatform({ proConnect: true }),
  play: async ({ canvasElement }) => {
    await shows(session(canvasElement), '[part="proconnect-button"]', 'S’identifier avec');
  },
};

/** ProConnect signed in someone whose organisation is not a commune of the Métropole: why, and what to do instead. */
export const ProConnectRefused: Story = {
  loaders: [arrivingWith('qmi-proconnect-error=organisation_not_commune')],
  parameters: withPlatform({ proConnect: true }),
  play: async ({ canvasElement }) => {
    await shows(session(canvasElement), '[part="notice"]', 'communes de la Métropole du Grand Paris');
  },
};
