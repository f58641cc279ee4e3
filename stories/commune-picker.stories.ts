import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { waitFor } from 'storybook/test';
import { element, shows } from './support/story.js';

interface Args {
  label: string;
  hint: string;
  value: string;
}

const picker = (canvasElement: HTMLElement) => element(canvasElement, 'qmi-commune-picker');

/** Types into the field as a person would (focus, then the input's `input` event). */
async function type(el: HTMLElement, text: string): Promise<HTMLInputElement> {
  const input = (await shows(el, '[part="input"]')) as HTMLInputElement;
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
  return input;
}

// The component's description is given in parameters.docs, not as a JSDoc comment on `meta`:
// Storybook's docs plugin turns such a comment into a second `parameters` key that replaces ours.
const DESCRIPTION = `A type-ahead over the 130 communes of the Métropole du Grand Paris (by name or INSEE code, former
codes of merged communes included; "sain", "st-d" or "ile st d" find the Saint- communes), following the ARIA 1.2
combobox pattern: arrows move, Enter picks, Escape closes. Once typing pauses, one polite status says how many
communes were found (only when that number changed). Changing the text of a chosen commune clears the choice and
fires \`qmi-commune-clear\`. It needs no platform.`;

const meta: Meta<Args> = {
  title: 'Elements/Commune picker',
  component: 'qmi-commune-picker',
  args: {
    label: 'Commune',
    hint: 'Saisissez le nom de la commune ou son code INSEE, par exemple Saint-Denis ou 93066.',
    value: '',
  },
  render: ({ label, hint, value }) =>
    html`<qmi-commune-picker label=${label} hint=${hint} value=${value}></qmi-commune-picker>`,
  parameters: { docs: { description: { component: DESCRIPTION } } },
  play: async ({ canvasElement }) => {
    await shows(picker(canvasElement), '[part="input"]');
  },
};
export default meta;
type Story = StoryObj<Args>;

/** Nothing typed yet: the label, the hint and the field. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    await shows(picker(canvasElement), 'label', 'Commune');
  },
};

/** "saint" typed: the list of matching communes is open. */
export const Suggestions: Story = {
  play: async ({ canvasElement }) => {
    const el = picker(canvasElement);
    await type(el, 'saint');
    await shows(el, '[part="listbox"]:not([hidden]) [part="option"]', 'Saint-Denis (93066)');
    await shows(el, '[role="status"]', '8 communes proposées');
  },
};

/** A commune chosen (or set by the page from a resumed dossier): the field shows its name and code. */
export const Filled: Story = {
  args: { value: '93066' },
  play: async ({ canvasElement }) => {
    const el = picker(canvasElement);
    await waitFor(() => {
      const input = el.shadowRoot?.querySelector('input');
      if (input?.value !== 'Saint-Denis (93066)') throw new Error('Saint-Denis is not shown yet');
    });
  },
};

/** A town outside the Métropole: no suggestion, and the status says that no commune matches. */
export const Errors: Story = {
  play: async ({ canvasElement }) => {
    const el = picker(canvasElement);
    await type(el, 'Versailles');
    await shows(el, '[part="no-match"]', 'Aucune commune de la Métropole ne correspond');
  },
};

/** In English: the nearest `[lang]` decides (the label and hint are the page's own words). */
export const English: Story = {
  globals: { lang: 'en' },
  args: {
    label: 'Municipality',
    hint: 'Type the name of the municipality or its INSEE code, for example Saint-Denis or 93066.',
  },
  play: async ({ canvasElement }) => {
    const el = picker(canvasElement);
    await type(el, 'Montreuil');
    await shows(el, '[role="status"]', '1 commune suggested');
  },
};
