import { QmiTimeline } from './timeline.component.js';

if (!customElements.get('qmi-timeline')) customElements.define('qmi-timeline', QmiTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'qmi-timeline': QmiTimeline;
  }
}

export { QmiTimeline } from './timeline.component.js';
export { calendarFile } from './ics.js';
export { countdown, type Countdown } from './countdown.js';
