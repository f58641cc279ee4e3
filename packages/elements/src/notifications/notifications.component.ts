import { Task, TaskStatus } from '@lit/task';
import type { Notification } from '@qmi/core';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Announcer } from '../a11y/announcer.js';
import { heading, headingLevel } from '../a11y/heading.js';
import { QmiApiElement } from '../context/api-element.js';
import { PageVisibilityController } from '../controllers/page-visibility.js';
import { connectionProblem } from '../i18n/connection.js';
import { langOf } from '../i18n/lang.js';
import { translate } from '../i18n/translate.js';
import { PollController } from '../messages/messages.poll.js';
import { QmiNotificationReceivedEvent, QmiNotificationsChangeEvent } from './notifications.events.js';
import { NOTIFICATIONS_MESSAGES, type NotificationsMessages } from './notifications.messages.js';
import { itemId, renderList } from './notifications.render.js';
import { notificationsStyles } from './notifications.styles.js';
import { NOTIFICATIONS_RESOURCES, type NotificationsClient } from './notifications.client.js';
import { ClientSource } from '../context/client-source.js';

let counter = 0;

/**
 * The signed-in person's notifications: the same events as their e-mails (submission receipt, changes
 * requested, eligibility, selection, a new message, the organisers' advice…), newest first, with the
 * unread count, "Marquer comme lu" on each and "Tout marquer comme lu".
 *
 * - **Polling** every `poll-interval` seconds (60 by default) while the page is visible, doubling up to
 *   5 minutes while nothing new comes (the messages' `PollController`); fetched at once when the page
 *   shows again or the network comes back; stopped on disconnect.
 * - **Accessible**: a region named by its heading (`heading-level`, 2 by default); one polite live
 *   region says new notifications as they arrive (not the ones there at the first load) and the result
 *   of each action; after "Marquer comme lu" the focus stays on the notification, whose button is gone.
 *
 * Give a client: `api-base` (+ `token`), a `client` property or a surrounding `<qmi-session>`. The
 * language is the nearest `lang` (French by default, English); the platform words each title in it.
 *
 * @fires {QmiNotificationsChangeEvent} qmi-notifications-change - the unread count changed (`event.count`)
 * @fires {QmiNotificationReceivedEvent} qmi-notification-received - new notifications arrived while open (`event.notifications`)
 * @csspart heading - the heading that names the region ("Notifications")
 * @csspart badge - the unread count
 * @csspart list - the list of notifications
 * @csspart item - every notification
 * @csspart item-unread - a notification not read yet
 * @csspart button - the "Marquer comme lu" and "Tout marquer comme lu" buttons
 * @csspart status - loading, empty and error notices
 * @cssproperty --qmi-color-primary - unread edge, badge, buttons
 * @cssproperty --qmi-color-on-primary - text of the badge
 * @cssproperty --qmi-color-ink - text
 * @cssproperty --qmi-color-muted - dates and notices
 * @cssproperty --qmi-color-surface - buttons
 * @cssproperty --qmi-color-error - the loading error
 * @cssproperty --qmi-font-family - text
 * @cssproperty --qmi-font-size - text
 * @cssproperty --qmi-font-size-small - dates and notices
 * @cssproperty --qmi-font-size-large - the heading
 * @cssproperty --qmi-font-weight-strong - unread titles, badge
 * @cssproperty --qmi-space-xs - inside buttons
 * @cssproperty --qmi-space-s - between items
 * @cssproperty --qmi-space-m - under the heading
 * @cssproperty --qmi-radius - buttons
 * @cssproperty --qmi-focus-ring-color - the focus ring of every control
 * @cssproperty --qmi-focus-ring-width - the focus ring of every control
 * @cssproperty --qmi-focus-ring-offset - the focus ring of every control
 */
export class QmiNotifications extends QmiApiElement {
  protected readonly clientSource = new ClientSource(this, NOTIFICATIONS_RESOURCES);
  static override styles = notificationsStyles;

  /** Seconds between two fetches while nothing changes (doubled up to 5 minutes). */
  @property({ attribute: 'poll-interval', type: Number }) pollInterval = 60;
  /** The level of the element's heading (2 by default), to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  @state() private notifications: Notification[] = [];
  @state() private loaded = false;
  @state() private busy: string | undefined;

  private readonly announcer = new Announcer(this);
  private readonly ids = `qmi-notifications-${++counter}`;
  /** Whether the latest fetch brought anything new (read by the poller). */
  private fresh = false;
  private lastCount = -1;
  private focusId: string | undefined;

  private readonly list = new Task(this, {
    autoRun: false,
    args: () => [this.clientSource.signedIn ? this.clientSource.client : undefined] as const,
    task: async ([client], { signal }) => (client ? client.notifications.list({ signal }) : ([] as Notification[])),
    onComplete: (list) => {
      this.fresh = this.merge(list);
      this.loaded = true;
    },
  });

  private readonly page = new PageVisibilityController(this, () => {
    if (this.page.hidden) this.poll.pause();
    else void this.poll.now();
  });

  private readonly poll = new PollController(this, {
    fetch: async () => {
      await this.list.run();
      return this.list.status === TaskStatus.COMPLETE && this.fresh;
    },
    intervalMs: () => Math.max(0.2, Number(this.pollInterval) || 60) * 1000,
    active: () => Boolean(this.signedInClient()),
    page: this.page,
  });

  private signedInClient(): NotificationsClient | undefined {
    return this.clientSource.signedIn ? this.clientSource.client : undefined;
  }

  private get t(): NotificationsMessages {
    return translate(this, NOTIFICATIONS_MESSAGES);
  }

  /** Notifications not read yet. */
  get unread(): number {
    return this.notifications.filter((notification) => !notification.readAt).length;
  }

  /** Fetches now, then schedules the next fetch. */
  async refresh(): Promise<void> {
    await this.poll.now();
  }

  /** A new client (signed in, another account): a new list, fetched at once. */
  private openedFor: NotificationsClient | undefined;

  protected override willUpdate(changed: PropertyValues): void {
    const client = this.signedInClient();
    if (client !== this.openedFor) {
      this.openedFor = client;
      this.notifications = [];
      this.loaded = false;
      this.poll.restart();
      if (client) void this.poll.now();
      else this.poll.pause();
    } else if (changed.has('pollInterval') && this.hasUpdated) this.poll.reset();
  }

  protected override updated(): void {
    const count = this.loaded ? this.unread : -1;
    if (count !== this.lastCount) {
      this.lastCount = count;
      if (count >= 0) this.dispatchEvent(new QmiNotificationsChangeEvent(count));
    }
    if (this.focusId) {
      this.renderRoot.querySelector<HTMLElement>(`#${this.focusId}`)?.focus();
      this.focusId = undefined;
    }
  }

  /** Takes the platform's list; says what is new since the previous fetch (never at the first one). */
  private merge(list: Notification[]): boolean {
    const known = new Set(this.notifications.map((notification) => notification.id));
    const fresh = list.filter((notification) => !known.has(notification.id));
    const first = !this.loaded;
    this.notifications = list;
    const newest = fresh[0];
    if (!first && newest) {
      this.announcer.announce(this.t.announceNew(newest.title, fresh.length));
      this.dispatchEvent(new QmiNotificationReceivedEvent(fresh));
    }
    return fresh.length > 0;
  }

  private replace(read: Notification) {
    this.notifications = this.notifications.map((notification) => (notification.id === read.id ? read : notification));
  }

  private async markRead(notification: Notification) {
    const client = this.signedInClient();
    if (!client || this.busy) return;
    this.busy = notification.id;
    try {
      this.replace(await client.notifications.markRead(notification.id));
      this.focusId = itemId(notification);
      this.announcer.announce(this.t.marked);
    } catch {
      this.announcer.announce(this.t.markFailed);
    } finally {
      this.busy = undefined;
    }
  }

  private async markAllRead() {
    const client = this.signedInClient();
    if (!client || this.busy) return;
    this.busy = 'all';
    try {
      for (const notification of this.notifications.filter((item) => !item.readAt))
        this.replace(await client.notifications.markRead(notification.id));
      this.focusId = `${this.ids}-title`;
      this.announcer.announce(this.t.allMarked);
    } catch {
      this.announcer.announce(this.t.markFailed);
    } finally {
      this.busy = undefined;
    }
  }

  override render() {
    const t = this.t;
    const titleId = `${this.ids}-title`;
    const failed = !this.loaded && this.list.status === TaskStatus.ERROR;
    const count = this.unread;
    return html`<section aria-labelledby=${titleId}>
      <div class="header">
        ${heading(headingLevel(this.headingLevel), t.heading, { id: titleId, className: 'title', part: 'heading', tabindex: -1 })}
        ${count ? html`<span class="badge" part="badge"><span aria-hidden="true">${count}</span><span class="visually-hidden">${t.unread(count)}</span></span>` : nothing}
        ${count > 1 ? html`<button type="button" part="button" aria-disabled=${this.busy ? 'true' : 'false'} @click=${() => void this.markAllRead()}>${t.markAllRead}</button>` : nothing}
      </div>
      ${
        failed
          ? html`<p class="notice notice--error" part="status">${connectionProblem(this, this.list.error, this.signedInClient()?.baseUrl) ?? t.loadError}</p>
            <button type="button" part="button" @click=${() => void this.poll.now()}>${t.retry}</button>`
          : nothing
      }
      ${!this.loaded && !failed ? html`<p class="notice" part="status">${t.loading}</p>` : nothing}
      ${this.loaded && this.notifications.length === 0 ? html`<p class="notice" part="status">${t.empty}</p>` : nothing}
      ${this.notifications.length ? renderList({ t, lang: langOf(this), notifications: this.notifications, busy: this.busy, markRead: (n) => void this.markRead(n) }) : nothing}
      ${this.announcer.region()}
    </section>`;
  }
}
