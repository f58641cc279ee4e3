import { QmiTimeline } from './timeline.component.js';

if (!customElements.get('qmi-timeline')) customElements.define('qmi-timeline', QmiTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'qmi-timeline': QmiTimeline;
  }
}

export { QmiTimeline } from './timeline.component.js';
// `calendarFile` (the .ics writer) is not exported here: this entry's element fetches it when a link is
// followed (see `QmiTimeline`). It stays exported by `@qmi/elements`.
export { countdown, type Countdown } from './countdown.js';
