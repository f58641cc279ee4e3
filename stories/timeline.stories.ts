import { QMI_2 } from '@qmi/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { element, shows } from './support/story.js';

interface Args {
  now: string;
  layout: 'vertical' | 'horizontal';
}

/**
 * Where the call stands: its phases and milestones, the countdown to the deadline in Paris time,
 * and webinars with an "add to calendar" file. `now` stands in for the clock in these stories.
 */
const meta: Meta<Args> = {
  title: 'Elements/Timeline',
  component: 'qmi-timeline',
  args: { now: '2023-12-15T09:30:00Z', layout: 'vertical' },
  argTypes: { layout: { control: 'inline-radio', options: ['vertical', 'horizontal'] } },
  render: ({ now, layout }) => html`<qmi-timeline .definition=${QMI_2} now=${now} layout=${layout}></qmi-timeline>`,
  play: async ({ canvasElement }) => {
    await shows(element(canvasElement, 'qmi-timeline'), '[part="status"]');
  },
};
export default meta;
type Story = StoryObj<Args>;

/** Before the call opens: the opening date, and what comes next. */
export const Empty: Story = {
  name: 'Empty (not open yet)',
  args: { now: '2023-10-01T08:00:00Z' },
  play: async ({ canvasElement }) => {
    await shows(element(canvasElement, 'qmi-timeline'), '[part="status"]', 'ouvrent');
  },
};

/** The call is open: a countdown in days, then days and hours. */
export const Filled: Story = {
  name: 'Filled (open, countdown)',
  play: async ({ canvasElement }) => {
    await shows(element(canvasElement, 'qmi-timeline'), '[part="status"]', 'J-28');
  },
};

/** Laid out in a row, for a page header. */
export const Horizontal: Story = {
  args: { layout: 'horizontal' },
};

/** The last day: "Jour J". */
export const LastDay: Story = {
  name: 'Last day',
  args: { now: '2024-01-12T21:00:00Z' },
  play: async ({ canvasElement }) => {
    await shows(element(canvasElement, 'qmi-timeline'), '[part="status"]', 'Jour J');
  },
};

/** After the deadline: the call is closed, and the programme's next steps are shown as months. */
export const ClosedCall: Story = {
  name: 'Closed call',
  args: { now: '2024-02-20T10:00:00Z' },
  play: async ({ canvasElement }) => {
    await shows(element(canvasElement, 'qmi-timeline'), '[part="status"]', 'closes');
  },
};

/** In English: the nearest `[lang]` decides. */
export const English: Story = {
  globals: { lang: 'en' },
  play: async ({ canvasElement }) => {
    await shows(element(canvasElement, 'qmi-timeline'), '[part="status"]', 'before the deadline');
  },
};
