import { expect, fixture, html } from '@open-wc/testing';
import { QMI_2 } from '@qmi/core';
import '../src/timeline/timeline.js';
import { buttonlessTokens, hostTokens } from '../src/styles/tokens.js';
import { countdown, QmiTimeline } from '../src/timeline/timeline.js';
import { calendarFile } from '../src/timeline/ics.js';
import { axHeadings, axTree } from './support/ax-tree.js';
import { sandboxUrl, waitFor } from './support/world.js';

const mount = async (now: string, lang = 'fr', layout = 'vertical') => {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}><qmi-timeline .definition=${QMI_2} now=${now} layout=${layout}></qmi-timeline></div>`,
  );
  const el = wrapper.querySelector('qmi-timeline') as QmiTimeline;
  await el.updateComplete;
  return el;
};
/** Every live region in the element: a timeline announces nothing of its own. */
const liveRegions = (el: Element) => [
  ...el.shadowRoot!.querySelectorAll(
    '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"], [role="timer"], [role="marquee"]',
  ),
];
const text = (el: Element, selector: string) =>
  el.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<qmi-timeline>', () => {
  it('counts down to the deadline in Paris time on a known date, and is accessible', async () => {
    // 15 December 2023, 10:30 in Paris: 28 days to the 12th of January.
    const el = await mount('2023-12-15T09:30:00Z');
    expect(text(el, '[part="status"]')).to.equal(
      'J-28 28 jours, 13 heures avant la date limite du 12 janvier 2024 à 23:59:59 (heure de Paris)',
    );
    await expect(el).to.be.accessible();
  });

  it('the deadline to the second: the last second still counts, the next one closes the call', async () => {
    const last = await mount('2024-01-12T22:59:59Z');
    expect(text(last, '.countdown')).to.equal('Jour J');
    expect(text(last, '[part="status"]')).to.include('0 heure, 0 minute');
    const closed = await mount('2024-01-12T23:00:00Z');
    expect(text(closed, '[part="status"]')).to.equal(
      'Les candidatures sont closes depuis le 12 janvier 2024 à 23:59:59 (heure de Paris).',
    );
    expect(countdown(new Date('2024-01-12T23:00:00Z'), QMI_2.applicationWindow.deadline, QMI_2.timeZone)).to.equal(
      undefined,
    );
  });

  it('marks the current step for assistive technology, in an ordered list', async () => {
    const el = await mount('2023-12-15T09:30:00Z');
    const steps = [...el.shadowRoot!.querySelectorAll('ol.phases > li')];
    expect(steps.length).to.equal(5);
    expect(steps.map((step) => step.getAttribute('aria-current'))).to.deep.equal(['step', null, null, null, null]);
    const later = await mount('2024-10-01T10:00:00Z');
    expect(
      [...later.shadowRoot!.querySelectorAll('ol.phases > li')].findIndex(
        (s) => s.getAttribute('aria-current') === 'step',
      ),
    ).to.equal(3);
    expect(text(later, '[aria-current="step"] .phase-title')).to.equal('Expérimentation');
  });

  it('shows month-precision milestones as months, in French and in English', async () => {
    const fr = await mount('2023-12-15T09:30:00Z');
    expect(fr.shadowRoot!.textContent).to.include('Annonce des communes lauréates — février 2024');
    const en = await mount('2023-12-15T09:30:00Z', 'en');
    expect(en.shadowRoot!.textContent).to.include('Laureate communes announced — February 2024');
    expect(text(en, '.countdown')).to.equal('D-28');
    await expect(en).to.be.accessible();
  });

  it('offers the coming webinars as calendar files in the Paris time zone (RFC 5545)', async () => {
    const el = await mount('2023-11-01T10:00:00Z');
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="calendar-link"]')];
    expect(links.map((a) => a.textContent)).to.deep.equal([
      'Ajouter « Webinaire de présentation n° 1 » à mon agenda',
      'Ajouter « Webinaire de présentation n° 2 » à mon agenda',
    ]);
    expect(links[0]!.download).to.equal('qmi-2-webinar-1.ics');
    // The person reaches the link (keyboard focus): its file is written by then.
    links[0]!.focus();
    await waitFor(() => links[0]!.href.includes('BEGIN'), { message: 'the calendar file behind the link' });
    const ics = decodeURIComponent(links[0]!.href.split(',').slice(1).join(','));
    expect(ics).to.include('BEGIN:VTIMEZONE\r\nTZID:Europe/Paris');
    expect(ics).to.include('DTSTART;TZID=Europe/Paris:20231114T090000\r\n');
    expect(ics).to.include('DTEND;TZID=Europe/Paris:20231114T100000\r\n');
    expect(ics).to.include('SUMMARY:Webinaire de présentation n° 1\r\n');
    expect(ics).to.include('UID:qmi-2-webinar-1@qmi-kit');
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).to.equal(true);
    // A webinar already held is no longer offered.
    const after = await mount('2023-11-20T10:00:00Z');
    expect(after.shadowRoot!.querySelectorAll('[part="calendar-link"]').length).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('downloads the calendar file of a link followed at once, before its writer was fetched', async () => {
    const el = await mount('2023-11-01T10:00:00Z');
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="calendar-link"]')!;
    const followed: { file: string; prevented: boolean }[] = [];
    link.addEventListener('click', (event) => {
      followed.push({
        file: decodeURIComponent(link.href.split(',').slice(1).join(',')),
        prevented: event.defaultPrevented,
      });
      event.preventDefault(); // the test page downloads nothing itself
    });
    // A click with no pointer over it nor focus first (a screen reader's activation, a fast tap).
    link.click();
    await waitFor(() => followed.some((f) => !f.prevented), { message: 'the link followed with its file' });
    const download = followed.find((f) => !f.prevented)!;
    expect(download.file).to.include('SUMMARY:Webinaire de présentation n° 1\r\n');
    expect(download.file).to.match(/^BEGIN:VCALENDAR\r\n/);
    expect(link.download).to.equal('qmi-2-webinar-1.ics');
  });

  it('shows no button, before, during and after the call: its page leaves out the buttons’ forced colours', async () => {
    for (const now of ['2023-10-01T10:00:00Z', '2023-11-01T10:00:00Z', '2024-10-01T10:00:00Z']) {
      const el = await mount(now);
      expect(el.shadowRoot!.querySelectorAll('button, .button, [role="button"]').length, now).to.equal(0);
    }
    expect(QmiTimeline.elementStyles).to.include(buttonlessTokens);
    expect(QmiTimeline.elementStyles).to.not.include(hostTokens);
  });

  it('says when applications open before the opening, and takes a horizontal layout', async () => {
    const el = await mount('2023-10-01T10:00:00Z', 'fr', 'horizontal');
    expect(text(el, '[part="status"]')).to.equal(
      'Les candidatures ouvrent le 23 octobre 2023 à 00:00 (heure de Paris).',
    );
    expect(getComputedStyle(el.shadowRoot!.querySelector('.phases')!).display).to.equal('grid');
    await expect(el).to.be.accessible();
  });

  it('loads the call from the platform with nothing but api-base and call', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<qmi-timeline api-base=${await sandboxUrl()} call="qmi-2" now="2023-12-15T09:30:00Z"></qmi-timeline>`,
    );
    await waitFor(() => Boolean(wrapper.shadowRoot!.querySelector('[part="status"]')), {
      message: 'the loaded timeline',
    });
    expect(text(wrapper, '.countdown')).to.equal('J-28');
  });

  it('without `now`, counts down by the platform’s clock, not this device’s (which is years later)', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<qmi-timeline api-base=${await sandboxUrl()} call="qmi-2"></qmi-timeline>`,
    );
    await waitFor(() => Boolean(wrapper.shadowRoot!.querySelector('[part="status"]')), {
      message: 'the loaded timeline',
    });
    // The test sandbox's clock stands at 1 December 2023, 09:00 UTC: six weeks before the deadline.
    expect(text(wrapper, '.countdown')).to.equal('J-42');
    expect(text(wrapper, '[part="status"]')).not.to.include('closes');
  });

  it('says so when the platform cannot be reached, instead of staying blank', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<qmi-timeline api-base="http://127.0.0.1:9" call="qmi-2"></qmi-timeline>`,
    );
    await waitFor(() => Boolean(wrapper.shadowRoot!.querySelector('[role="alert"]')), {
      timeout: 15_000,
      message: 'the unreachable notice',
    });
    expect(text(wrapper, '[role="alert"]')).to.equal(
      'Le service de candidature ne répond pas. Vérifiez votre connexion internet, puis réessayez.',
    );
    await expect(wrapper).to.be.accessible();
  });

  it('says so in English on an English page (those words come with the page’s other English strings)', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="en"><qmi-timeline api-base="http://127.0.0.1:9" call="qmi-2"></qmi-timeline></div>`,
    );
    const el = wrapper.querySelector('qmi-timeline')!;
    await waitFor(() => Boolean(el.shadowRoot!.querySelector('[role="alert"]')), {
      timeout: 15_000,
      message: 'the unreachable notice',
    });
    expect(text(el, '[role="alert"]')).to.equal(
      'The application service does not answer. Check your internet connection, then try again.',
    );
  });

  it('gives its heading the level heading-level sets, 2 by default', async () => {
    const el = await mount('2023-12-15T09:30:00Z');
    const title = `${QMI_2.title.fr} — Calendrier de l’appel`;
    expect(axHeadings(await axTree())).to.deep.equal([`2 ${title}`]);
    el.setAttribute('heading-level', '3');
    await el.updateComplete;
    expect(axHeadings(await axTree())).to.deep.equal([`3 ${title}`]);
    await expect(el).to.be.accessible();
  });

  it('announces nothing of its own: neither its loading nor the countdown that changes each minute', async () => {
    const el = await fixture<QmiTimeline>(
      html`<qmi-timeline api-base=${await sandboxUrl()} call="qmi-2"></qmi-timeline>`,
    );
    expect(
      liveRegions(el).map((node) => node.outerHTML),
      'while loading',
    ).to.deep.equal([]);
    await waitFor(() => Boolean(el.shadowRoot!.querySelector('[part="status"]')), { message: 'the loaded timeline' });
    expect(
      liveRegions(el).map((node) => node.outerHTML),
      'with its countdown',
    ).to.deep.equal([]);
  });

  it('writes a webinar in UTC for a call in another time zone', () => {
    const milestone = QMI_2.phases[0]!.milestones.find((m) => m.id === 'webinar-1')!;
    const ics = calendarFile(
      { ...QMI_2, timeZone: 'America/Cayenne' },
      milestone,
      'en',
      new Date('2023-11-01T00:00:00Z'),
    )!;
    expect(ics).to.include('DTSTART:20231114T080000Z\r\n');
    expect(ics).not.to.include('VTIMEZONE');
  });
});
