import { Task, TaskStatus } from '@lit/task';
import type { CallDate, CallDefinition, Milestone, Phase } from '@qmi/core';
import { applicationWindowState } from '@qmi/validators/application-window';
import { html, nothing, type PropertyDeclarations } from 'lit';
import { heading, headingLevel } from '../a11y/heading.js';
import { QmiApiElement } from '../context/api-element.js';
import { connectionProblem } from '../i18n/connection.js';
import { langOf } from '../i18n/lang.js';
import { locale, translate } from '../i18n/translate.js';
import { countdown } from './countdown.js';
import { phasePositions, type Position, positionAt } from './position.js';
import { Ticker } from './ticker.js';
import { TIMELINE_MESSAGES, type TimelineMessages } from './timeline.messages.js';
import { timelineStyles } from './timeline.styles.js';
import { TIMELINE_RESOURCES } from './timeline.client.js';
import { ClientSource } from '../context/client-source.js';
import { pageTimeKnown, platformNow } from '../context/page-time.js';
import { unreachable } from '../form/lazy-part.js';

/**
 * Where the call stands: its phases and milestones in order (the application phase, then the
 * two-year programme), the current step marked for assistive technology, a countdown to the deadline
 * in the call's time zone, month-precision dates shown as such ("février 2024"), and webinars with an
 * "add to calendar" file. Closed after the deadline.
 *
 * Give `call` and a client (`api-base`, `client` or a `<qmi-session>`), or the definition itself
 * (`.definition`). `now` replaces the clock; otherwise the countdown follows it, minute by minute.
 * The countdown is not a live region: a screen reader reads it where it is, and is not interrupted
 * each minute. `heading-level` (2 by default) fits its heading into the page's outline.
 *
 * @csspart heading - the title ("… — Calendrier de l’appel")
 * @csspart status - the countdown or the closed notice
 * @csspart phases - the ordered list of phases
 * @csspart phase - one phase (also `phase-current`)
 * @csspart phase-current - the phase the call is in (also `phase`)
 * @csspart milestone - one milestone
 * @csspart calendar-link - an "add to calendar" link
 * @cssproperty --qmi-color-primary - the current step (its line, marker and tag) and the links
 * @cssproperty --qmi-color-ink - text
 * @cssproperty --qmi-color-muted - dates, the markers and milestones of past steps, tags of the other steps
 * @cssproperty --qmi-color-surface - the markers of steps to come
 * @cssproperty --qmi-color-surface-raised - tags of the steps other than the current one
 * @cssproperty --qmi-color-border - the line between steps (a lighter mix of it with the surface)
 * @cssproperty --qmi-font-family - text
 * @cssproperty --qmi-font-size - text
 * @cssproperty --qmi-line-height - text
 * @cssproperty --qmi-font-size-small - tags
 * @cssproperty --qmi-font-size-large - the title (the countdown is 1.2 times it)
 * @cssproperty --qmi-font-weight-strong - the countdown and the steps' titles
 * @cssproperty --qmi-space-xs - between milestones
 * @cssproperty --qmi-space-s - around the status line, before tags
 * @cssproperty --qmi-space-m - between steps
 * @cssproperty --qmi-space-l - between a step's line and its text
 * @cssproperty --qmi-focus-ring-color - the focus ring of links
 * @cssproperty --qmi-focus-ring-width - the focus ring of links
 * @cssproperty --qmi-focus-ring-offset - the focus ring of links
 */
export class QmiTimeline extends QmiApiElement {
  protected readonly clientSource = new ClientSource(this, TIMELINE_RESOURCES);
  static override styles = timelineStyles;
  // Lit's reactive properties, declared here rather than with its decorators (as the session's): its first
  // load then holds neither the decorators nor esbuild's helper that applies them (issue 17: under 20 KB).
  // Lit adds them to those of `QmiApiElement`, declared the same way.
  static override properties: PropertyDeclarations = {
    call: {},
    definition: { attribute: false },
    now: {},
    layout: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** The call id, e.g. "qmi-2". */
  call = '';
  /** The call definition, when the page already has it (no request then). */
  definition: CallDefinition | undefined;
  /** An ISO instant that replaces the clock (demos, tests). */
  now = '';
  /** `vertical` (default) or `horizontal`. */
  layout: 'vertical' | 'horizontal' = 'vertical';
  /** The level of the title (2 by default), to fit the page's outline. */
  headingLevel = 2;

  private get t(): TimelineMessages {
    return translate(this, TIMELINE_MESSAGES);
  }

  /**
   * The countdown moves with the platform's clock, a minute at a time; a given `now` stands still. (The
   * platform's time, once known or moved, shows at the next minute, or at once with the call's answer.)
   */
  private readonly ticker = new Ticker(this, 60_000, () => !this.now);

  /**
   * The call from the platform, when the page did not give its definition. A `call` or client that
   * changes starts a new load; the superseded one is aborted and its answer ignored (`Task`).
   * Its answer tells the platform's time (the client reads it from every answer): no request of its own
   * for the time, which `PlatformTime` would send beside it. With a definition given there is no such
   * answer, so the platform's time is asked for (`syncClock`, a cheap public route) unless already known
   * (or stated by a server-rendered page, see `setPageTime`).
   */
  private readonly loading = new Task(this, {
    args: () => [this.definition ? '' : this.call, this.clientSource.client] as const,
    task: async ([call, client], { signal }) => {
      if (call && client) return client.calls.get(call, { signal });
      if (client && !client.clock.known && !this.now && !pageTimeKnown())
        await client.syncClock({ signal }).catch(() => undefined);
      return undefined;
    },
  });

  /**
   * The writer of the "add to calendar" files (RFC 5545, with the Paris time zone), fetched when someone
   * reaches for one of the links (pointer over it, keyboard focus on it) or follows one: most visitors
   * read the dates and add nothing to their agenda, so they never download it. A link followed before
   * the file is written waits for it and then downloads it; offline, it says so under the link and the
   * writer comes once the browser is back online (Chromium does not keep a failed module fetch).
   * Loaded by a `Task` run on demand rather than the form's `LazyPart`: the element has `Task` already
   * (for the call), where `LazyPart` would add its own code to every timeline page for this one import.
   */
  private readonly ics = new Task(this, {
    task: () => import('./ics.js'),
    autoRun: false,
    onError: () => globalThis.addEventListener('online', this.reachCalendar, { once: true }),
  });
  /** The milestone whose link was followed while the writer could not be fetched (its notice). */
  private calendarAsked = '';

  /** Fetches the writer, unless it is here or on its way; after a failure, tries again. */
  private readonly reachCalendar = () => {
    if (!this.ics.value && this.ics.status !== TaskStatus.PENDING) void this.ics.run();
  };

  private readonly followCalendar = (event: MouseEvent) => {
    if (this.ics.value) return;
    event.preventDefault();
    const link = event.currentTarget as HTMLAnchorElement;
    this.calendarAsked = link.dataset['milestone'] ?? '';
    this.reachCalendar();
    this.ics.taskComplete
      .then(() => this.updateComplete)
      .then(
        // The same link, now with its file: the browser downloads it as if followed once more.
        () => link.isConnected && link.click(),
        // Not fetched: the notice under the link says so (the error stays until a run succeeds).
        () => undefined,
      );
  };

  /**
   * The platform's time, never the device's (a town-hall PC's clock may be wrong, the sandbox runs its own
   * demo clock): the client's clock, or the given `now`; until the platform has answered, the time a
   * server-rendered page stated, else the device's (see `platformNow`).
   * Re-read at each render (the ticker renders each minute).
   */
  private get clock(): Date {
    return this.now ? new Date(this.now) : platformNow(this.clientSource.client);
  }

  private format(call: CallDefinition, date: CallDate, withTime: boolean): string {
    const lang = langOf(this);
    if (date.precision === 'month') {
      return new Intl.DateTimeFormat(locale(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(`${date.month}-01T00:00:00Z`),
      );
    }
    const instant = new Date(date.at);
    const seconds = instant.getUTCSeconds() !== 0;
    return new Intl.DateTimeFormat(locale(lang), {
      dateStyle: 'long',
      ...(withTime ? { timeStyle: seconds ? 'medium' : 'short' } : {}),
      timeZone: call.timeZone,
    }).format(instant);
  }

  override render() {
    const call = this.definition ?? this.loading.value;
    if (!call) {
      // Loading: shown, not announced (the result is read where it appears).
      if (this.loading.error === undefined) return html`<p>…</p>`;
      return html`<p class="status" part="status" role="alert">${connectionProblem(this, this.loading.error, this.clientSource.client?.baseUrl) ?? this.t.loadFailed}</p>`;
    }
    const t = this.t;
    const lang = langOf(this);
    const positions = phasePositions(this.clock, call.phases);
    return html`
      ${heading(headingLevel(this.headingLevel), `${call.title[lang]} — ${t.title}`, { className: 'title', part: 'heading' })}
      ${this.renderStatus(call)}
      <ol class="phases" part="phases">
        ${call.phases.map((phase, index) => this.renderPhase(call, phase, positions[index] ?? 'past'))}
      </ol>
    `;
  }

  private renderStatus(call: CallDefinition) {
    const t = this.t;
    const now = this.clock;
    const { opensAt, deadline } = call.applicationWindow;
    const zone = call.timeZone === 'Europe/Paris' ? ` (${t.parisTime})` : '';
    const window = applicationWindowState(call, now);
    if (window === 'not_open')
      return html`<p class="status" part="status">${t.notOpen(`${this.format(call, { precision: 'instant', at: opensAt }, true)}${zone}`)}</p>`;
    if (window === 'closed')
      return html`<p class="status" part="status">${t.closed(`${this.format(call, { precision: 'instant', at: deadline }, true)}${zone}`)}</p>`;
    const left = countdown(now, deadline, call.timeZone);
    // Open means before the deadline's last second: a countdown is there (the guard keeps the types honest).
    if (!left) return nothing;
    return html`<p class="status" part="status">
      <strong class="countdown">${t.countdownShort(left.days)}</strong>
      <span>${t.countdownLong(left.remaining.days, left.remaining.hours, left.remaining.minutes)} ${t.deadline(`${this.format(call, { precision: 'instant', at: deadline }, true)}${zone}`)}</span>
    </p>`;
  }

  private renderPhase(call: CallDefinition, phase: Phase, position: Position) {
    const t = this.t;
    const lang = langOf(this);
    const same = JSON.stringify(phase.start) === JSON.stringify(phase.end);
    const when = same
      ? this.format(call, phase.start, false)
      : `${this.format(call, phase.start, false)} – ${this.format(call, phase.end, false)}`;
    return html`<li class="phase phase--${position}" part="phase ${position === 'current' ? 'phase-current' : ''}" aria-current=${position === 'current' ? 'step' : nothing}>
      <span class="phase-title">${phase.title[lang]}</span>
      <span class="tag">${t.state[position]}</span>
      <div class="when">${when}</div>
      ${
        phase.milestones.length
          ? html`<ol class="milestones">${phase.milestones.map((milestone) => this.renderMilestone(call, milestone))}</ol>`
          : nothing
      }
    </li>`;
  }

  private renderMilestone(call: CallDefinition, milestone: Milestone) {
    const t = this.t;
    const lang = langOf(this);
    const position = positionAt(this.clock, milestone.start, milestone.end);
    const end =
      milestone.end?.precision === 'instant' && milestone.start.precision === 'instant'
        ? ` – ${new Intl.DateTimeFormat(locale(lang), { timeStyle: 'short', timeZone: call.timeZone }).format(new Date(milestone.end.at))}`
        : '';
    // A coming webinar known to the minute: its file is written once the writer is here (see `ics`).
    const offered = milestone.kind === 'webinar' && position === 'future' && milestone.start.precision === 'instant';
    const ics = offered ? (this.ics.value?.calendarFile(call, milestone, lang, this.clock) ?? '') : undefined;
    return html`<li class="milestone milestone--${position}" part="milestone">
      <span class="label"><strong>${milestone.title[lang]}</strong> — <time datetime=${milestone.start.precision === 'instant' ? milestone.start.at : milestone.start.month}>${this.format(call, milestone.start, true)}${end}</time></span>
      <span class="visually-hidden">(${t.state[position]})</span>
      ${milestone.registration ? html`<div class="when">${t.registration(milestone.registration.email)}</div>` : nothing}
      ${
        ics === undefined
          ? nothing
          : html`<div><a part="calendar-link" data-milestone=${milestone.id} download="${call.id}-${milestone.id}.ics" href="data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}" @pointerenter=${this.reachCalendar} @focus=${this.reachCalendar} @click=${this.followCalendar}>${t.addToCalendar(milestone.title[lang])}</a></div>
          ${this.ics.error !== undefined && this.calendarAsked === milestone.id ? html`<p class="notice part-failed" role="status">${unreachable(this)}</p>` : nothing}`
      }
    </li>`;
  }
}
