import { expect, fixture, html } from '@open-wc/testing';
import { QMI_2 } from '@qmi/core';
import '../src/timeline/timeline.js';
import type { QmiTimeline } from '../src/timeline/timeline.js';
import { linkStylesheet, partOf, PRIMARY_HIGH_CONTRAST } from './support/themes.js';

// A page of its own, where the contrast guard (src/styles/contrast-guard.ts) was not fetched yet: an
// element that meets the high-contrast theme at its first render is guarded at that first render, so a
// visitor of the theme never sees the page's ::part colours first (a flash of low-contrast text).

const PARTNER_CSS = `
  .partner qmi-timeline::part(status) { background-color: #f7f0fa; color: #4a1466; }
  .partner qmi-timeline::part(calendar-link) { color: #6b1e8f !important; }
`;

describe('the contrast guard at an element’s first render', () => {
  before(async () => {
    document.documentElement.className = 'qmi-theme-default';
    await linkStylesheet('/themes/default.css');
    await linkStylesheet('/themes/high-contrast.css');
    document.head.append(Object.assign(document.createElement('style'), { textContent: PARTNER_CSS }));
  });

  it('an element in a high-contrast container shows the theme’s colours from its first render, not the page’s ::part ones', async () => {
    const seen: string[] = [];
    const wrapper = await fixture<HTMLElement>(
      html`<div class="partner qmi-theme-high-contrast" lang="fr">
        <qmi-timeline .definition=${QMI_2} now="2023-11-01T10:00:00Z"></qmi-timeline>
      </div>`,
    );
    const el = wrapper.querySelector('qmi-timeline') as QmiTimeline;
    // Every frame until the element rendered: what a visitor sees of its link.
    await new Promise<void>((resolve) => {
      const frame = () => {
        const link = el.shadowRoot?.querySelector('[part~="calendar-link"]');
        if (link) seen.push(getComputedStyle(link).color);
        if (link && el.hasUpdated) resolve();
        else requestAnimationFrame(frame);
      };
      frame();
    });
    await el.updateComplete;
    expect(seen, 'the link’s colour at each frame').to.deep.equal(seen.map(() => PRIMARY_HIGH_CONTRAST));
    expect(getComputedStyle(partOf(el, 'status')).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(partOf(el, 'status')).color).to.equal('rgb(255, 255, 255)');
  });
});
