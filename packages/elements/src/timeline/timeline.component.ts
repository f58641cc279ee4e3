import type { CallDate, CallDefinition, Milestone, Phase } from '@qmi/core';
import { applicationWindowState } from '@qmi/validators';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { heading, headingLevel } from '../a11y/heading.js';
import { QmiApiElement } from '../context/api-element.js';
import { PlatformTime } from '../context/platform-time.js';
import { connectionProblem } from '../i18n/connection.js';
import { langOf } from '../i18n/lang.js';
import { locale, translate } from '../i18n/translate.js';
import { countdown } from './countdown.js';
import { calendarFile } from './ics.js';
import { TIMELINE_MESSAGES, type TimelineMessages } from './timeline.messages.js';
import { timelineStyles } from './timeline.styles.js';

type Position = 'past' | 'current' | 'future';

/**
 * The first and last instants a date covers: a month-precision date covers its whole month (bounds
 * taken in UTC: an hour's difference does not matter for placing "now" in a month).
 */
function span(date: CallDate): { from: number; to: number } {
  if (date.precision === 'instant') return { from: Date.parse(date.at), to: Date.parse(date.at) };
  const [year, month] = date.month.split('-').map(Number) as [number, number];
  return { from: Date.UTC(year, month - 1, 1), to: Date.UTC(year, month, 1) - 1 };
}

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
  static override styles = timelineStyles;

  /** The call id, e.g. "qmi-2". */
  @property() call = '';
  /** The call definition, when the page already has it (no request then). */
  @property({ attribute: false }) definition: CallDefinition | undefined;
  /** An ISO instant that replaces the clock (demos, tests). */
  @property() now = '';
  /** `vertical` (default) or `horizontal`. */
  @property({ reflect: true }) layout: 'vertical' | 'horizontal' = 'vertical';
  /** The level of the title (2 by default), to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  @state() private tick = 0;
  /** Why the call could not be loaded: shown, never a blank. */
  @state() private failure: unknown;
  private timer: ReturnType<typeof setInterval> | undefined;
  private loadedFor = '';

  private get t(): TimelineMessages {
    return translate(this, TIMELINE_MESSAGES);
  }

  private readonly time = new PlatformTime(this, () => this.now, () => this.clientSource.client);

  /** The platform's time (see `PlatformTime`), re-read each minute for the countdown. */
  private get clock(): Date {
    void this.tick;
    return this.time.now;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The countdown moves with the platform's clock, a minute at a time; a given `now` stands still.
    this.timer = setInterval(() => {
      if (!this.now) this.tick++;
    }, 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.timer);
  }

  protected override willUpdate(_changed: PropertyValues): void {
    const client = this.clientSource.client;
    if (this.definition || !this.call || !client || this.loadedFor === this.call) return;
    this.loadedFor = this.call;
    client.calls.get(this.call).then(
      (definition) => (this.definition = definition),
      (error: unknown) => (this.failure = error),
    );
  }

  private format(date: CallDate, withTime: boolean): string {
    const call = this.definition!;
    const lang = langOf(this);
    if (date.precision === 'month') {
      return new Intl.DateTimeFormat(locale(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date.month}-01T00:00:00Z`));
    }
    const instant = new Date(date.at);
    const seconds = instant.getUTCSeconds() !== 0;
    return new Intl.DateTimeFormat(locale(lang), {
      dateStyle: 'long',
      ...(withTime ? { timeStyle: seconds ? 'medium' : 'short' } : {}),
      timeZone: call.timeZone,
    }).format(instant);
  }

  private position(start: CallDate, end: CallDate | undefined): Position {
    const now = this.clock.getTime();
    const from = span(start).from;
    const to = span(end ?? start).to;
    return now < from ? 'future' : now > to ? 'past' : 'current';
  }

  override render() {
    const call = this.definition;
    if (!call) {
      // Loading: shown, not announced (the result is read where it appears).
      if (this.failure === undefined) return html`<p>…</p>`;
      return html`<p class="status" part="status" role="alert">${connectionProblem(this, this.failure, this.clientSource.client?.baseUrl) ?? this.t.loadFailed}</p>`;
    }
    const t = this.t;
    const lang = langOf(this);
    const phases = call.phases;
    // The current phase is the first that has not ended; the one marked for assistive technology.
    const currentIndex = phases.findIndex((phase) => this.position(phase.start, phase.end) !== 'past');
    return html`
      ${heading(headingLevel(this.headingLevel), `${call.title[lang]} — ${t.title}`, { className: 'title', part: 'heading' })}
      ${this.renderStatus()}
      <ol class="phases" part="phases">
        ${phases.map((phase, index) => this.renderPhase(phase, index < currentIndex || currentIndex === -1 ? 'past' : index === currentIndex ? 'current' : 'future'))}
      </ol>
    `;
  }

  private renderStatus() {
    const call = this.definition!;
    const t = this.t;
    const now = this.clock;
    const { opensAt, deadline } = call.applicationWindow;
    const zone = call.timeZone === 'Europe/Paris' ? ` (${t.parisTime})` : '';
    const window = applicationWindowState(call, now);
    if (window === 'not_open') return html`<p class="status" part="status">${t.notOpen(`${this.format({ precision: 'instant', at: opensAt }, true)}${zone}`)}</p>`;
    if (window === 'closed') return html`<p class="status" part="status">${t.closed(`${this.format({ precision: 'instant', at: deadline }, true)}${zone}`)}</p>`;
    const left = countdown(now, deadline, call.timeZone)!;
    return html`<p class="status" part="status">
      <strong class="countdown">${t.countdownShort(left.days)}</strong>
      <span>${t.countdownLong(left.remaining.days, left.remaining.hours, left.remaining.minutes)} ${t.deadline(`${this.format({ precision: 'instant', at: deadline }, true)}${zone}`)}</span>
    </p>`;
  }

  private renderPhase(phase: Phase, position: Position) {
    const t = this.t;
    const lang = langOf(this);
    const same = JSON.stringify(phase.start) === JSON.stringify(phase.end);
    const when = same ? this.format(phase.start, false) : `${this.format(phase.start, false)} – ${this.format(phase.end, false)}`;
    return html`<li class="phase phase--${position}" part="phase ${position === 'current' ? 'phase-current' : ''}" aria-current=${position === 'current' ? 'step' : nothing}>
      <span class="phase-title">${phase.title[lang]}</span>
      <span class="tag">${t.state[position]}</span>
      <div class="when">${when}</div>
      ${phase.milestones.length ? html`<ol class="milestones">${phase.milestones.map((milestone) => this.renderMilestone(milestone))}</ol>` : nothing}
    </li>`;
  }

  private renderMilestone(milestone: Milestone) {
    const call = this.definition!;
    const t = this.t;
    const lang = langOf(this);
    const position = this.position(milestone.start, milestone.end);
    const end = milestone.end?.precision === 'instant' && milestone.start.precision === 'instant'
      ? ` – ${new Intl.DateTimeFormat(locale(lang), { timeStyle: 'short', timeZone: call.timeZone }).format(new Date(milestone.end.at))}`
      : '';
    const ics = milestone.kind === 'webinar' && position === 'future' ? calendarFile(call, milestone, lang, this.clock) : undefined;
    return html`<li class="milestone milestone--${position}" part="milestone">
      <span class="label"><strong>${milestone.title[lang]}</strong> — <time datetime=${milestone.start.precision === 'instant' ? milestone.start.at : milestone.start.month}>${this.format(milestone.start, true)}${end}</time></span>
      <span class="visually-hidden">(${t.state[position]})</span>
      ${milestone.registration ? html`<div class="when">${t.registration(milestone.registration.email)}</div>` : nothing}
      ${ics
        ? html`<div><a part="calendar-link" download="${call.id}-${milestone.id}.ics" href="data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}">${t.addToCalendar(milestone.title[lang])}</a></div>`
        : nothing}
    </li>`;
  }
}
