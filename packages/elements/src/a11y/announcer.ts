import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * How long the region stays empty before a message is written in it. A screen reader announces a
 * live region when its text changes: the same text written again changes nothing, so a second
 * "Message envoyé." would be silent. Emptying the region first, then writing the message a moment
 * later, makes every message a change (Angular CDK's LiveAnnouncer does the same, with 100 ms).
 */
export const ANNOUNCE_DELAY_MS = 100;

/**
 * One polite live region per element, for the results of actions (sent, failed, signed out…): the
 * element calls `announce(text)` when a state has settled, never for each pending step, and renders
 * `region()` once, at the same place in every state, so that the region is in the page before the
 * first message (a region created with its text is often not read). A message that replaces another
 * within the delay wins alone.
 */
export class Announcer implements ReactiveController {
  private text = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** The last message written (empty while a new one waits). */
  get message(): string {
    return this.text;
  }

  announce(message: string): void {
    clearTimeout(this.timer);
    this.text = '';
    this.host.requestUpdate();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.text = message;
      this.host.requestUpdate();
    }, ANNOUNCE_DELAY_MS);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** The region: visually hidden (the host's styles need a `.visually-hidden` rule), read whole. */
  region(): TemplateResult {
    return html`<p class="visually-hidden" aria-live="polite" aria-atomic="true">${this.text}</p>`;
  }
}
