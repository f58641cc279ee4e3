/**
 * The save's timer: runs `delay` after the last edit, but never later than `maxWaitMs` after the
 * first edit of a burst of typing, so that a long answer typed in one go is still saved every few
 * seconds, not only when the typing stops.
 */
export class Debounce {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** When the first edit of the current burst was made. */
  private burstStartedAt: number | undefined;

  constructor(
    private readonly maxWaitMs: number,
    private readonly run: () => void,
  ) {}

  /** Whether a run is waiting. */
  get waiting(): boolean {
    return this.timer !== undefined;
  }

  schedule(delay: number): void {
    const now = Date.now();
    this.burstStartedAt ??= now;
    const wait = Math.max(0, Math.min(delay, this.burstStartedAt + this.maxWaitMs - now));
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.burstStartedAt = undefined;
      this.run();
    }, wait);
  }

  /**
   * Drops the waiting run (the caller sends now). `endBurst: false` keeps the burst's start, so that
   * typing resumed at once is saved as soon as the burst's longest wait is over.
   */
  cancel({ endBurst = true }: { endBurst?: boolean } = {}): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (endBurst) this.burstStartedAt = undefined;
  }
}
