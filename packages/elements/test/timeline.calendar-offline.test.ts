// The timeline's "add to calendar" writer comes when a link is followed (see QmiTimeline's `ics`). Its own
// file: the page must not have loaded the writer before the site goes down (a module once loaded stays).
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { QMI_2 } from '@qmi/core';
import '../src/timeline/timeline.js';
import type { QmiTimeline } from '../src/timeline/timeline.js';
import { waitFor } from './support/world.js';

/** The site that serves the page and its chunks goes down (or comes back); the platform is not needed here. */
const setSiteDown = (down: boolean) => executeServerCommand('network', { offline: down, page: 'only' });

describe('<qmi-timeline> calendar links offline', () => {
  afterEach(() => setSiteDown(false));

  it('a link followed while its writer cannot be fetched says so in its place; back online, it downloads the file', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="fr"><qmi-timeline .definition=${QMI_2} now="2023-11-01T10:00:00Z"></qmi-timeline></div>`,
    );
    const el = wrapper.querySelector('qmi-timeline') as QmiTimeline;
    await el.updateComplete;
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="calendar-link"]')!;
    const files: string[] = [];
    link.addEventListener('click', (event) => {
      if (!event.defaultPrevented) files.push(decodeURIComponent(link.href.split(',').slice(1).join(',')));
      event.preventDefault(); // the test page downloads nothing itself
    });
    await setSiteDown(true);
    link.click();
    const notice = () => el.shadowRoot!.querySelector('[part="milestone"] .part-failed');
    await waitFor(() => Boolean(notice()), { message: 'the connection notice under the link' });
    expect(notice()!.getAttribute('role'), 'told, since the person just asked').to.equal('status');
    expect(notice()!.textContent?.trim()).to.not.equal('');
    expect(files).to.deep.equal([]);
    await setSiteDown(false);
    await expect(el, 'with the notice').to.be.accessible(); // axe itself comes from the site
    globalThis.dispatchEvent(new Event('online'));
    await waitFor(() => link.href.includes('BEGIN%3AVCALENDAR') && !notice(), { message: 'the writer, back online' });
    link.click();
    expect(files.length).to.equal(1);
    expect(files[0]).to.include('SUMMARY:Webinaire de présentation n° 1\r\n');
  });
});
