import type { Message } from '@qmi/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { QmiUnreadChangeEvent } from './messages.events.js';
import { lastRead, markRead } from './messages.storage.js';
import type { PageVisibilityController } from '../controllers/page-visibility.js';

/** What the count is made of: the thread as loaded, whose messages are the other side's, where the read mark is kept. */
export interface UnreadSource {
  /** The `localStorage` key of the read mark (`readKey`). */
  key: string;
  messages: readonly Message[];
  isMine: (message: Message) => boolean;
}

/**
 * Unread messages: those from the other side newer than the newest message this browser showed while
 * the host was on screen (IntersectionObserver) and the page visible. Fires `qmi-unread-change` on the
 * host when the count changes. `update()` after each change of the thread, of the page or of the view.
 * It comes with the thread's first answer (messages.engine.ts): before it there is nothing to count.
 */
export class UnreadController implements ReactiveController {
  private unread = 0;
  private inView = false;
  /** Whether the observer told where the host is yet: until then nothing is counted (nor marked read). */
  private placed = false;
  private observer: IntersectionObserver | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly source: () => UnreadSource | undefined,
    private readonly page: PageVisibilityController,
  ) {
    host.addController(this);
  }

  get count(): number {
    return this.unread;
  }

  hostConnected(): void {
    if ('IntersectionObserver' in window) {
      this.observer = new IntersectionObserver((entries) => {
        this.inView = entries.some((entry) => entry.isIntersecting);
        this.placed = true;
        this.update();
      });
      this.observer.observe(this.host);
    } else {
      this.inView = this.placed = true;
    }
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** Marks as read what is shown while the host and the page are visible; counts the rest. */
  update(): void {
    const source = this.source();
    if (!source || !this.placed) return;
    const newest = source.messages[source.messages.length - 1];
    if (newest && this.inView && this.page.visible) markRead(source.key, newest.createdAt);
    const read = lastRead(source.key);
    const since = read ? Date.parse(read) : -Infinity;
    const count = source.messages.filter((m) => !source.isMine(m) && Date.parse(m.createdAt) > since).length;
    if (count === this.unread) return;
    this.unread = count;
    this.host.requestUpdate();
    this.host.dispatchEvent(new QmiUnreadChangeEvent(count));
  }
}
