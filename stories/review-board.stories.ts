import '@qmi/elements/review-board';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import {
  type BoardScenario,
  boardRow,
  storyBoardRows,
  STORY_REVIEWER_ID,
  withBoard,
} from './support/board-platform.js';
import { type PlatformScenario, STORY_NOW, STORY_TOKEN } from './support/platform.js';
import { element, inShadow, shows } from './support/story.js';

interface Args {
  'call-id': string;
  'heading-level': number;
  now: string;
}

const board = (canvasElement: HTMLElement) => element(canvasElement, 'qmi-review-board');

const ORGANISER = { id: 'acct_parisandco', email: 'instruction@parisandco.example', role: 'organiser', communes: [] };
const REVIEWER = { id: STORY_REVIEWER_ID, email: 'expert@ademe.example', role: 'reviewer', communes: [] };

const organiserBoard = (scenario: PlatformScenario & BoardScenario = {}) =>
  withBoard({ account: ORGANISER as PlatformScenario['account'], board: { rows: storyBoardRows() }, ...scenario });

/** Chooses a value in one of the board's filters, as a person would (the select's `change` event). */
async function choose(el: HTMLElement, label: string, value: string): Promise<void> {
  const labelled = (await shows(el, 'label', label)) as HTMLLabelElement;
  const control = inShadow(el, `#${labelled.htmlFor}`)[0] as HTMLSelectElement;
  control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

// The component's description is given in parameters.docs, not as a JSDoc comment on `meta`:
// Storybook's docs plugin turns such a comment into a second `parameters` key that replaces ours.
const DESCRIPTION = `The organisers' board of a call: its dossiers as a data table (commune, status, completeness and
eligibility from the same \`evaluate()\` as the applicant's form, last change, reviewers, assessments, agreements of
the laureates), with filters, sorting, counts per status, row selection and exports (CSV, XLSX), and a ZIP of each
dossier's documents. A reviewer sees only the dossiers assigned to them and where their own assessment stands.

Opening a dossier fires \`qmi-dossier-open\` (cancelable); the back-office shows it. The platform runs in the page
(Mock Service Worker): its XLSX export is a placeholder (the sandbox's is a real workbook).`;

const meta: Meta<Args> = {
  title: 'Organisers/Review board',
  component: 'qmi-review-board',
  args: { 'call-id': 'qmi-2', 'heading-level': 2, now: STORY_NOW },
  render: (args, { loaded }) =>
    html`<qmi-review-board
      api-base=${loaded.apiBase}
      .token=${STORY_TOKEN}
      call-id=${args['call-id']}
      heading-level=${args['heading-level']}
      now=${args.now}
    ></qmi-review-board>`,
  parameters: { ...organiserBoard(), docs: { description: { component: DESCRIPTION } } },
  play: async ({ canvasElement }) => {
    await shows(board(canvasElement), 'table');
  },
};
export default meta;
type Story = StoryObj<Args>;

/** Every dossier of the call: counts per status, the laureates against the cap ("2 / 4 sélectionnées"). */
export const AllDossiers: Story = {
  name: 'All dossiers',
  play: async ({ canvasElement }) => {
    const el = board(canvasElement);
    await shows(el, '[part="cap"]', '2 / 4 sélectionnées');
    await shows(el, 'caption', '7 dossiers');
    await shows(el, 'td', 'À signer avant le 1 janvier 2024');
  },
};

/** Before the first dossier is submitted: the board says there is none yet. */
export const Empty: Story = {
  name: 'Empty board',
  parameters: organiserBoard({ board: { rows: [] } }),
  play: async ({ canvasElement }) => {
    await shows(board(canvasElement), '[part="status"]', 'Aucun dossier pour cet appel pour l’instant.');
  },
};

/** Filtered to the eligible dossiers: the caption says how many of the call's are shown. */
export const Filtered: Story = {
  play: async ({ canvasElement }) => {
    const el = board(canvasElement);
    await shows(el, 'table');
    await choose(el, 'Éligibilité', 'ineligible');
    await shows(el, 'caption', '1 dossier affiché sur 7');
    await shows(el, 'li', 'pas membre de la Métropole du Grand Paris');
  },
};

/** Two dossiers checked: the exports hold them only. */
export const WithSelection: Story = {
  name: 'With selection',
  play: async ({ canvasElement }) => {
    const el = board(canvasElement);
    await shows(el, 'table');
    for (const commune of ['Montreuil', 'Saint-Denis']) {
      const box = inShadow(el, 'input[type="checkbox"]').find(
        (input) => input.getAttribute('aria-label') === `Cocher le dossier de ${commune}`,
      ) as HTMLInputElement;
      box.click();
    }
    await shows(el, '[part="checked"]', '2 dossiers cochés');
    await shows(el, 'p', 'L’export contient les 2 dossiers cochés.');
  },
};

/** A reviewer from ADEME: only the dossiers assigned to them, where their own assessment stands; no exports. */
export const ReviewersBoard: Story = {
  name: 'Reviewer’s board',
  parameters: withBoard({
    account: REVIEWER as PlatformScenario['account'],
    board: {
      rows: [boardRow({ reviewers: [] }), boardRow({ commune: '93048', communeName: 'Montreuil', status: 'eligible' })],
      mine: { app_93066: 'draft', app_93048: 'submitted' },
    },
  }),
  play: async ({ canvasElement }) => {
    const el = board(canvasElement);
    await shows(el, '[part="heading"]', 'Dossiers qui vous sont confiés');
    await shows(el, 'td', 'Brouillon');
    await shows(el, 'td', 'Envoyée');
    await expect(inShadow(el, '[part~="export"]')).toHaveLength(0);
  },
};

/** While the platform answers. */
export const Loading: Story = {
  parameters: organiserBoard({ board: { loading: 'stall' } }),
  play: async ({ canvasElement }) => {
    await shows(board(canvasElement), '[part="status"]', 'Chargement des dossiers');
  },
};

/** The platform refused (an account neither organiser nor reviewer): the board says why and offers to try again. */
export const LoadError: Story = {
  name: 'Error',
  parameters: organiserBoard({ board: { loading: 'fail' } }),
  play: async ({ canvasElement }) => {
    const el = board(canvasElement);
    await shows(el, '[role="alert"]', 'Vous n’avez pas le droit de faire cette action.');
    await shows(el, 'button', 'Réessayer');
  },
};

/** In English: the nearest `[lang]` decides. */
export const English: Story = {
  globals: { lang: 'en' },
  play: async ({ canvasElement }) => {
    const el = board(canvasElement);
    await shows(el, '[part="heading"]', 'Communes’ dossiers');
    await shows(el, 'button', 'All: ');
    await shows(el, 'th', 'Commune');
  },
};
