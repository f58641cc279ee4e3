import { expect, fixture, html } from '@open-wc/testing';
import { QMI_2 } from '@qmi/core';
import '../src/timeline/timeline.js';
import type { QmiTimeline } from '../src/timeline/timeline.js';
import { linkStylesheet, partOf, PRIMARY_HIGH_CONTRAST } from './support/themes.js';
import { waitFor } from './support/world.js';

// The contrast guard (src/styles/contrast-guard.ts) is fetched only by pages that meet the high-contrast
// theme. These tests run in a page of their own, where nothing fetched it before: a page with a theme
// switch, off at first, and a partner's ::part colours (a light background under the countdown's text).

const PARTNER_CSS = `
  .partner qmi-timeline::part(status) { background-color: #f7f0fa; }
  .partner qmi-timeline::part(calendar-link) { color: #6b1e8f !important; }
`;

/** What the page fetched since the tests began (an observer: the page's resource timing buffer is full of modules). */
const fetched: string[] = [];
new PerformanceObserver((list) => fetched.push(...list.getEntries().map((entry) => entry.name))).observe({
  type: 'resource',
});
const fetchedGuard = () => fetched.some((name) => name.includes('contrast-guard.derive'));

async function mountTimeline() {
  const wrapper = await fixture<HTMLElement>(
    html`<div class="partner" lang="fr"><qmi-timeline .definition=${QMI_2} now="2023-11-01T10:00:00Z"></qmi-timeline></div>`,
  );
  const el = wrapper.querySelector('qmi-timeline') as QmiTimeline;
  await el.updateComplete;
  return el;
}

describe('the contrast guard, fetched when the high-contrast theme comes', () => {
  before(async () => {
    document.documentElement.className = 'qmi-theme-default';
    await linkStylesheet('/themes/default.css');
    await linkStylesheet('/themes/high-contrast.css');
    document.head.append(Object.assign(document.createElement('style'), { textContent: PARTNER_CSS }));
  });
  after(() => {
    document.documentElement.className = '';
  });

  it('a page out of the theme does not fetch it, and shows the partner’s ::part colours', async () => {
    const el = await mountTimeline();
    expect(getComputedStyle(partOf(el, 'status')).backgroundColor).to.equal('rgb(247, 240, 250)');
    expect(getComputedStyle(partOf(el, 'calendar-link')).color).to.equal('rgb(107, 30, 143)');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(fetchedGuard(), 'the guard was fetched').to.equal(false);
  });

  it('when the page’s switch turns the theme on, the partner’s ::part colours give way on the elements already shown, even inside the partner’s own component', async () => {
    // A partner's component of its own, with the element and its ::part rules in its shadow root.
    const wrapper = await fixture<HTMLElement>(html`<div lang="fr"></div>`);
    const root = wrapper.attachShadow({ mode: 'open' });
    root.innerHTML = `<style>${PARTNER_CSS}</style><div class="partner"><qmi-timeline now="2023-11-01T10:00:00Z"></qmi-timeline></div>`;
    const el = root.querySelector('qmi-timeline') as QmiTimeline;
    el.definition = QMI_2;
    await el.updateComplete;
    expect(getComputedStyle(partOf(el, 'calendar-link')).color, 'the partner’s colour first').to.equal(
      'rgb(107, 30, 143)',
    );
    document.documentElement.className = 'qmi-theme-high-contrast';
    await waitFor(() => getComputedStyle(partOf(el, 'calendar-link')).color === PRIMARY_HIGH_CONTRAST, {
      message: 'the theme’s link colour',
      timeout: 3000,
    });
    expect(getComputedStyle(partOf(el, 'status')).backgroundColor, 'no ::part(status) background').to.equal(
      'rgba(0, 0, 0, 0)',
    );
    expect(fetchedGuard(), 'the guard was fetched').to.equal(true);
    // From then on, a new element is guarded from its first render, and the switch works both ways at once.
    const next = await mountTimeline();
    expect(getComputedStyle(partOf(next, 'calendar-link')).color).to.equal(PRIMARY_HIGH_CONTRAST);
    document.documentElement.className = 'qmi-theme-default';
    expect(getComputedStyle(partOf(next, 'calendar-link')).color).to.equal('rgb(107, 30, 143)');
  });
});
