import { QMI_2 } from '@qmi/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { filledDossier } from './support/dossiers.js';
import { STORY_APPLICATION_ID, STORY_NOW, STORY_TOKEN, withPlatform } from './support/platform.js';
import { element, shows } from './support/story.js';

// A partner's own look, with nothing but the public styling API: --qmi-* tokens set on an ancestor,
// and ::part rules. No selector reaches inside a shadow root. (The same rules as docs/theming.md.)
// Under the high-contrast theme its colours give way to the theme's; the rest stays (docs/theming.md, "Which wins").
const PARTNER_STYLES = html`<style>
  .mairie-candidature {
    --qmi-color-primary: #6b1e8f;
    --qmi-color-border: #4a4a4a;
    --qmi-focus-ring-color: #b3261e;
    --qmi-focus-ring-width: 5px;
    --qmi-radius: 0px;
    --qmi-font-family: Georgia, serif;
    display: grid;
    gap: 2rem;
  }
  .mairie-candidature qmi-timeline::part(status) { border-left-width: 10px; background-color: #f7f0fa; }
  .mairie-candidature qmi-commune-picker::part(input) { border-radius: 1rem; }
  .mairie-candidature qmi-criteria-checklist::part(status) { text-transform: uppercase; letter-spacing: 0.04em; }
</style>`;

const elements = (apiBase: string) => html`
  <qmi-timeline .definition=${QMI_2} now="2023-12-15T09:30:00Z" layout="horizontal"></qmi-timeline>
  <qmi-commune-picker label="Commune candidate" hint="Tapez le nom ou le code INSEE." value="93066"></qmi-commune-picker>
  <qmi-criteria-checklist api-base=${apiBase} .token=${STORY_TOKEN} call="qmi-2" application=${STORY_APPLICATION_ID} now=${STORY_NOW}></qmi-criteria-checklist>
`;

const DESCRIPTION = `How a partner site gives the elements its own look: design tokens (\`--qmi-*\` custom properties for
colour, type, spacing, radius and the focus ring) set on any ancestor, \`::part\` rules for the rest, and the
two shipped themes (\`@qmi/elements/themes/default.css\`, \`themes/high-contrast.css\`). See docs/theming.md.`;

const meta: Meta = {
  title: 'Theming/Tokens and parts',
  parameters: {
    ...withPlatform({ applications: [filledDossier()] }),
    docs: { description: { component: DESCRIPTION } },
  },
  play: async ({ canvasElement }) => {
    await shows(element(canvasElement, 'qmi-criteria-checklist'), '[part="status"]');
    await shows(element(canvasElement, 'qmi-timeline'), '[part="status"]');
  },
};
export default meta;
type Story = StoryObj;

/** The elements with no theme at all: the defaults built into them. */
export const DefaultTheme: Story = {
  name: 'Default theme',
  render: (_args, { loaded }) => html`<div style="display: grid; gap: 2rem">${elements(loaded.apiBase)}</div>`,
};

/** `themes/high-contrast.css`: white on black, 7:1 or more, a thick yellow focus ring. */
export const HighContrast: Story = {
  name: 'High-contrast theme',
  globals: { theme: 'high-contrast' },
  render: (_args, { loaded }) => html`<div style="display: grid; gap: 2rem">${elements(loaded.apiBase)}</div>`,
};

/** A city's colours, font, square corners and its own focus ring: tokens on a container and `::part` rules only. */
export const PartnerRestyle: Story = {
  name: 'Partner restyle (tokens and ::part only)',
  // Under the high-contrast theme (the toolbar's "Thème", and the story test's second run) the theme's
  // colours win and the partner's other choices stay: see the next story.
  render: (_args, { loaded }) =>
    html`${PARTNER_STYLES}<div class="mairie-candidature">${elements(loaded.apiBase)}</div>`,
  play: async ({ canvasElement }) => {
    const timeline = element(canvasElement, 'qmi-timeline');
    const status = await shows(timeline, '[part="status"]');
    // The partner's ::part rule reached inside the element, and its token coloured the current step.
    if (getComputedStyle(status).borderLeftWidth !== '10px') throw new Error('the ::part(status) rule did not apply');
    if (!getComputedStyle(timeline).fontFamily.includes('Georgia')) throw new Error('the font token did not apply');
    await shows(element(canvasElement, 'qmi-criteria-checklist'), '[part="status"]');
  },
};

/** What the high-contrast theme makes of a partner's look: its colours (tokens and in `::part` rules) and focus ring win, the partner's font, corners and border widths stay. */
export const PartnerRestyleHighContrast: Story = {
  name: 'Partner restyle under the high-contrast theme',
  globals: { theme: 'high-contrast' },
  render: (_args, { loaded }) =>
    html`${PARTNER_STYLES}<div class="mairie-candidature">${elements(loaded.apiBase)}</div>`,
  play: async ({ canvasElement }) => {
    const timeline = element(canvasElement, 'qmi-timeline');
    const status = await shows(timeline, '[part="status"]');
    const countdown = await shows(timeline, '.countdown');
    const style = getComputedStyle(status);
    // The theme's colours: no light background under the white countdown (the partner's ::part rule
    // painted one), the theme's cyan for the current step (not the partner's purple).
    if (style.backgroundColor !== 'rgba(0, 0, 0, 0)')
      throw new Error(`the partner's ::part(status) background stayed: ${style.backgroundColor}`);
    if (getComputedStyle(countdown).color !== 'rgb(255, 255, 255)') throw new Error('the countdown is not white');
    if (style.borderLeftColor !== 'rgb(117, 233, 252)')
      throw new Error(`the partner's primary colour stayed: ${style.borderLeftColor}`);
    // The partner's other choices.
    if (style.borderLeftWidth !== '10px') throw new Error('the ::part(status) border width did not apply');
    if (!getComputedStyle(timeline).fontFamily.includes('Georgia')) throw new Error('the font token did not apply');
    await shows(element(canvasElement, 'qmi-criteria-checklist'), '[part="status"]');
  },
};
