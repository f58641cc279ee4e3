import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Renders its host again every `everyMs` while it is in the page, when `running()` says so: what a
 * countdown needs to move with the clock, without a counter field kept only to force renders.
 */
export class Ticker implements ReactiveController {
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly everyMs: number,
    private readonly running: () => boolean = () => true,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    clearInterval(this.timer);
    this.timer = setInterval(() => {
      if (this.running()) this.host.requestUpdate();
    }, this.everyMs);
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
