import type { Lang } from '@qmi/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Quiet time before the overall status is announced: once per pause in typing, not per keystroke. */
export const ANNOUNCE_DELAY_MS = 1000;

/**
 * The overall line, said in the checklist's status region when it changes, after a pause: not on every
 * keystroke, and not when it first appears (it is then read with the rest of the checklist), nor when
 * only the page's language changed (the same news in other words). `text` is what the region holds.
 */
export class OverallAnnouncement implements ReactiveController {
  /** What the status region says (empty until a change has settled). */
  text = '';
  private said: string | undefined;
  private saidLang: Lang | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The overall line now (undefined without a report). */
    private readonly overall: () => string | undefined,
    private readonly lang: () => Lang,
    private readonly delayMs = ANNOUNCE_DELAY_MS,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const overall = this.overall();
    if (overall === undefined) return;
    if (this.said === undefined || this.saidLang !== this.lang()) {
      this.said = overall;
      this.saidLang = this.lang();
      return;
    }
    clearTimeout(this.timer);
    if (overall === this.said) return;
    this.timer = setTimeout(() => {
      const latest = this.overall();
      if (latest && latest !== this.said) {
        this.said = latest;
        this.text = latest;
        this.host.requestUpdate();
      }
    }, this.delayMs);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }
}
