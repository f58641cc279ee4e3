import type { CommuneClaim } from '@qmi/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { STORY_PASSWORD } from './support/account-platform.js';
import { STORY_ACCOUNT, STORY_TOKEN, withPlatform } from './support/platform.js';
import { element, shows } from './support/story.js';

interface Args {
  'heading-level': number;
}

const account = (canvasElement: HTMLElement) => element(canvasElement, 'qmi-account');

/** Types into a field of the page as a person would (the input's `input` event). */
async function type(el: HTMLElement, selector: string, value: string): Promise<void> {
  const input = (await shows(el, selector)) as HTMLInputElement;
  input.focus();
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: value }));
}

/** Presses the submit button of a form of the page (found by its text). */
async function press(el: HTMLElement, text: string): Promise<void> {
  ((await shows(el, 'button', text)) as HTMLButtonElement).click();
}

/** An agent with a password, not verified for any commune yet (the start of a request to represent one). */
const PASSWORD_ACCOUNT = {
  email: 'j.martin@saint-denis.example',
  hasPassword: true,
  givenName: 'Julie',
  usualName: 'Martin',
  communes: [],
};

const claim = (overrides: Partial<CommuneClaim>): CommuneClaim => ({
  id: 'claim_1',
  accountId: STORY_ACCOUNT.id,
  email: PASSWORD_ACCOUNT.email,
  commune: '93066',
  name: 'Julie Martin',
  townHallRole: 'Directrice de l’innovation',
  status: 'pending',
  requestedAt: '2023-11-28T14:10:00.000Z',
  ...overrides,
});

// The component's description is given in parameters.docs, not as a JSDoc comment on `meta`:
// Storybook's docs plugin turns such a comment into a second `parameters` key that replaces ours.
const DESCRIPTION = `The signed-in person's account page: their address (confirmed or not, with "send again"), the
language of the platform's e-mails and their name, a change of password and of address, the communes they are
verified for (by ProConnect, or by the organisers after a request) and their requests, the download of their data
(GDPR art. 15 and 20) and the deletion of their account (art. 17), which says what becomes of their dossiers.

Inside \`<qmi-session>\` it uses the session's client; here it is given \`api-base\` and \`token\`. The platform runs in
the page (Mock Service Worker); the password of the story accounts is \`${STORY_PASSWORD}\`.`;

const meta: Meta<Args> = {
  title: 'Elements/Account',
  component: 'qmi-account',
  args: { 'heading-level': 2 },
  render: (args, { loaded }) =>
    html`<qmi-account api-base=${loaded.apiBase} .token=${STORY_TOKEN} heading-level=${args['heading-level']}></qmi-account>`,
  parameters: { docs: { description: { component: DESCRIPTION } } },
  play: async ({ canvasElement }) => {
    await shows(account(canvasElement), '[part="heading"]', 'Mon compte');
  },
};
export default meta;
type Story = StoryObj<Args>;

/** While the platform answers: the page says it is loading the account. */
export const Loading: Story = {
  parameters: withPlatform({ accountLoading: 'stall' }),
  play: async ({ canvasElement }) => {
    await shows(account(canvasElement), 'p', 'Chargement de votre compte');
  },
};

/**
 * An agent who signs in with ProConnect: verified for Saint-Denis at sign-in (the commune of their
 * organisation's SIRET); no password to change.
 */
export const VerifiedByProConnect: Story = {
  name: 'Verified by ProConnect',
  play: async ({ canvasElement }) => {
    const el = account(canvasElement);
    await shows(el, 'li', 'Saint-Denis (93066) : vérifiée par ProConnect');
    await shows(el, 'p', 'votre compte n’a pas de mot de passe');
  },
};

/** A password account whose request to represent Saint-Denis the organisers approved. */
export const VerifiedByOrganiser: Story = {
  name: 'Verified by the organisers',
  parameters: withPlatform({
    account: {
      ...PASSWORD_ACCOUNT,
      communes: [{ commune: '93066', source: 'organiser', verifiedAt: '2023-11-29T10:00:00.000Z' }],
    },
    claims: [claim({ status: 'approved', decidedAt: '2023-11-29T10:00:00.000Z' })],
  }),
  play: async ({ canvasElement }) => {
    const el = account(canvasElement);
    await shows(el, 'li', 'Saint-Denis (93066) : vérifiée par les organisateurs');
    await shows(el, 'li', 'demande acceptée');
  },
};

/**
 * An address not confirmed yet: the account can neither create nor join a dossier until the link of
 * the e-mail is followed; "Renvoyer l’e-mail de confirmation" sends another one (and says so).
 */
export const UnverifiedAddress: Story = {
  name: 'Unverified address (resend)',
  parameters: withPlatform({ account: { ...PASSWORD_ACCOUNT, emailVerified: false } }),
  play: async ({ canvasElement }) => {
    const el = account(canvasElement);
    await shows(el, '[part="badge"]', 'Adresse pas encore confirmée.');
    await press(el, 'Renvoyer l’e-mail de confirmation');
    await shows(el, '[part="done"]', `Un nouvel e-mail de confirmation a été envoyé à ${PASSWORD_ACCOUNT.email}`);
  },
};

/** A request to represent Saint-Denis, waiting for the organisers: the account is not verified yet. */
export const PendingClaim: Story = {
  name: 'Request pending',
  parameters: withPlatform({ account: PASSWORD_ACCOUNT, claims: [claim({})] }),
  play: async ({ canvasElement }) => {
    const el = account(canvasElement);
    await shows(el, 'p', 'Votre compte n’est vérifié pour aucune commune');
    await shows(el, 'li', 'en attente de la décision des organisateurs');
  },
};

/** A request the organisers refused: their reason is shown, and a new request can be sent. */
export const RefusedClaim: Story = {
  name: 'Request refused',
  parameters: withPlatform({
    account: PASSWORD_ACCOUNT,
    claims: [
      claim({
        status: 'refused',
        decidedAt: '2023-11-30T16:00:00.000Z',
        reason:
          'La mairie ne connaît pas cette personne au service de l’innovation : écrivez-nous depuis l’adresse de la mairie.',
      }),
    ],
  }),
  play: async ({ canvasElement }) => {
    await shows(account(canvasElement), 'li', 'demande refusée. Motif : La mairie ne connaît pas cette personne');
  },
};

/**
 * A change of password with a wrong current password: the platform refuses, the summary lists the
 * problem and takes the focus, and the problem is also said beside the field.
 */
export const ChangePasswordError: Story = {
  name: 'Change of password refused',
  parameters: withPlatform({ account: PASSWORD_ACCOUNT }),
  play: async ({ canvasElement }) => {
    const el = account(canvasElement);
    await type(el, '#password-currentPassword', 'pas le bon mot de passe');
    await type(el, '#password-newPassword', 'trois pommes vertes au marché');
    await press(el, 'Changer de mot de passe');
    await shows(el, '#password-summary', 'Il y a un problème');
    await shows(el, '#password-currentPassword-error', 'Saisissez votre mot de passe actuel.');
  },
};

/** A change of address to the address the account already has: refused beside the new address. */
export const ChangeAddressError: Story = {
  name: 'Change of address refused',
  parameters: withPlatform({ account: PASSWORD_ACCOUNT }),
  play: async ({ canvasElement }) => {
    const el = account(canvasElement);
    await type(el, '#email-newEmail', PASSWORD_ACCOUNT.email);
    await type(el, '#email-password', STORY_PASSWORD);
    await press(el, 'Changer d’adresse');
    await shows(el, '#email-summary', 'C’est déjà l’adresse de votre compte.');
    await shows(el, '#email-newEmail-error', 'C’est déjà l’adresse de votre compte.');
  },
};

/**
 * The deletion, once the address is typed again (and the password): the page says the account is
 * deleted, the focus on its heading, and fires `qmi-account-delete` (the surrounding session signs out).
 */
export const Deleted: Story = {
  name: 'Deleted',
  parameters: withPlatform({ account: PASSWORD_ACCOUNT }),
  play: async ({ canvasElement }) => {
    const el = account(canvasElement);
    await type(el, '#delete-confirmEmail', PASSWORD_ACCOUNT.email);
    await type(el, '#delete-password', STORY_PASSWORD);
    await press(el, 'Supprimer définitivement mon compte');
    await shows(el, '[part="done"]', 'Votre compte a été supprimé.');
  },
};

/**
 * The deletion refused (409 `account_holds_dossiers`): the person is the sole owner of a submitted
 * dossier; the summary lists it and says to hand it over first ("Personnes ayant accès").
 */
export const DeletionRefused: Story = {
  name: 'Deletion refused (submitted dossiers)',
  parameters: withPlatform({ account: PASSWORD_ACCOUNT, heldDossiers: ['app_story'] }),
  play: async ({ canvasElement }) => {
    const el = account(canvasElement);
    await type(el, '#delete-confirmEmail', PASSWORD_ACCOUNT.email);
    await type(el, '#delete-password', STORY_PASSWORD);
    await press(el, 'Supprimer définitivement mon compte');
    await shows(el, '#delete-summary', 'Confiez d’abord ces dossiers déposés à une autre personne');
    await shows(el, '#delete-summary li', 'Dossier app_story');
  },
};

/** In English: the nearest `[lang]` decides (the e-mails' language is the account's own choice). */
export const English: Story = {
  globals: { lang: 'en' },
  parameters: withPlatform({ account: PASSWORD_ACCOUNT, claims: [claim({})] }),
  play: async ({ canvasElement }) => {
    const el = account(canvasElement);
    await shows(el, '[part="heading"]', 'My account');
    await shows(el, 'li', 'waiting for the organisers’ decision');
  },
};
