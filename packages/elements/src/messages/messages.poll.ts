import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PageVisibilityController } from '../controllers/page-visibility.js';

/** The longest wait between two fetches of the thread (nothing changes, or errors). */
export const MAX_POLL_MS = 5 * 60 * 1000;

/**
 * The wait before the next fetch: the base interval after a fetch that brought something (or the
 * first), doubled after each fetch that brought nothing (or failed), up to `max`.
 */
export function nextPollDelay(previous: number, changed: boolean, base: number, max: number = MAX_POLL_MS): number {
  return changed || !previous ? base : Math.min(previous * 2, max);
}

export interface PollOptions {
  /** Fetches once; answers whether anything new came. */
  fetch: () => Promise<boolean>;
  /** The base interval, in milliseconds. */
  intervalMs: () => number;
  /** Whether there is anything to fetch (a client and a dossier). */
  active: () => boolean;
  page: PageVisibilityController;
}

/**
 * Polling of the thread: every `intervalMs` while something changes, doubling up to 5 minutes while
 * nothing does or on errors; paused while the page is hidden; at once when the network comes back
 * (`online`); stopped when the host leaves the document.
 */
export class PollController implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private delay = 0;
  /** Numbers the fetches: only the latest one schedules the next. */
  private calls = 0;
  private fetching = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: PollOptions,
  ) {
    host.addController(this);
  }

  /** Fetches now, then schedules the next fetch. */
  async now(): Promise<void> {
    this.pause();
    const call = ++this.calls;
    this.fetching = true;
    let changed = false;
    try {
      changed = await this.options.fetch();
    } catch {
      // The host shows why (its load state); the next fetch comes later.
    }
    if (call !== this.calls) return;
    this.fetching = false;
    this.delay = nextPollDelay(this.delay, changed, this.options.intervalMs());
    this.schedule();
  }

  /** Something happened (a message arrived or was sent, the interval changed): back to the short interval. */
  reset(): void {
    this.delay = this.options.intervalMs();
    if (!this.fetching) this.schedule();
  }

  /** A new thread: its first fetch is followed by the base interval. */
  restart(): void {
    this.delay = 0;
  }

  /** No fetch until `now()` or `reset()` (the page is hidden). */
  pause(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  hostConnected(): void {
    window.addEventListener('online', this.onOnline);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.onOnline);
    this.pause();
  }

  private readonly onOnline = () => void this.now();

  private schedule() {
    this.pause();
    if (!this.host.isConnected || !this.options.active() || this.options.page.hidden) return;
    this.timer = setTimeout(() => void this.now(), this.delay || this.options.intervalMs());
  }
}
