import type { Lang, Notification } from '@qmi/core';
import { html, nothing } from 'lit';
import { locale } from '../i18n/translate.js';
import type { NotificationsMessages } from './notifications.messages.js';

/** What the list's template needs from the element. */
export interface NotificationsView {
  t: NotificationsMessages;
  lang: Lang;
  notifications: readonly Notification[];
  /** The notification being marked as read (its button says so and waits). */
  busy: string | undefined;
  markRead(notification: Notification): void;
}

export const itemId = (notification: Notification) => `notification-${notification.id}`;

/** The platform's instant in Paris time, where the call runs ("1 décembre 2023 à 10:00"). */
const when = (instant: string, lang: Lang) =>
  new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(
    new Date(instant),
  );

/** The notifications, newest first; an unread one says "Nouveau" and has its "Marquer comme lu". */
export function renderList(view: NotificationsView) {
  const { t, lang } = view;
  return html`<ul class="list" part="list">
    ${view.notifications.map((notification) => {
      const unread = !notification.readAt;
      return html`<li class="item ${unread ? 'item--unread' : ''}" id=${itemId(notification)} tabindex="-1" part="item${unread ? ' item-unread' : ''}">
        <div>
          <p class="item__title">${unread ? html`<span class="tag">${t.isNew}</span> ` : nothing}${notification.title}</p>
          <p class="item__date"><time datetime=${notification.createdAt}>${when(notification.createdAt, lang)}</time></p>
        </div>
        ${
          unread
            ? html`<button type="button" part="button" aria-disabled=${view.busy === notification.id ? 'true' : 'false'}
              aria-label="${t.markRead} : ${notification.title}" @click=${() => view.markRead(notification)}>${t.markRead}</button>`
            : nothing
        }
      </li>`;
    })}
  </ul>`;
}
