import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Announcer } from './announcer.js';

/** How long a settled state must hold before it is said: long enough to pass over a save between two fields. */
export const SETTLE_MS = 1500;

/**
 * A status that passes through steps (pending, saving…) on its way to settled states (saved, offline,
 * error, expired), said through the element's `Announcer` only once it has settled: a settled state is
 * said when it has held for `settleMs` and is not the one said last. So tabbing through five fields,
 * each saved on leaving it, says "Enregistré à 10:02." once rather than ten steps, and a state that
 * flickers (offline, a retry, offline again) is said once. Give it the status's text at every change:
 * `undefined` for a passing step (which cancels a settled state not said yet).
 */
export class SettledStatus implements ReactiveController {
  private said = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly announcer: Announcer,
    private readonly settleMs = SETTLE_MS,
  ) {
    host.addController(this);
  }

  update(text: string | undefined): void {
    clearTimeout(this.timer);
    if (!text || text === this.said) return;
    this.timer = setTimeout(() => {
      this.said = text;
      this.announcer.announce(text);
    }, this.settleMs);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }
}
