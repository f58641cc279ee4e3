import type { Lang, Message, Role } from '@qmi/core';
import { html, type TemplateResult } from 'lit';
import { locale, stringsIn, type Translations } from '../i18n/translate.js';
import type { ThreadHost } from './messages.render.js';

/**
 * What only the platform's answer needs: its messages (author, relative date), the unread count, the
 * announcement of replies. Fetched with `import()` beside the thread's first fetch, which waits for both
 * (messages.component.ts): a page that has not heard the platform yet (loading, offline) does not carry it.
 * What waits to be sent, and the form, render without it (messages.render.ts).
 */
interface ThreadWords {
  /** A thread without a message yet. */
  empty: string;
  /** The platform recorded a message written here. */
  sent: string;
  /** The other side, seen from the signed-in account's role. */
  theirs: (myRole: Role | undefined) => string;
  unread: (count: number) => string;
  /** Replies from the other side, announced politely: how many, and only the newest's text (never the whole thread). */
  announceNew: (myRole: Role | undefined, body: string, count: number) => string;
  at: (day: string, time: string) => string;
}

const WORDS: Translations<ThreadWords> = {
  fr: {
    empty: 'Aucun message pour l’instant. Vous pouvez poser votre question aux organisateurs ci-dessous.',
    sent: 'Message envoyé.',
    theirs: (role) => (role === 'organiser' ? 'La commune' : 'Les organisateurs'),
    unread: (count) => (count > 1 ? `${count} nouveaux messages` : `${count} nouveau message`),
    announceNew: (role, body, count) => {
      const from = role === 'organiser' ? 'de la commune' : 'des organisateurs';
      return count > 1
        ? `${count} nouveaux messages ${from}. Le plus récent : ${body}`
        : `Nouveau message ${from} : ${body}`;
    },
    at: (day, time) => `${day} à ${time}`,
  },
  en: {
    empty: 'No messages yet. You can ask the organisers your question below.',
    sent: 'Message sent.',
    theirs: (role) => (role === 'organiser' ? 'The commune' : 'The organisers'),
    unread: (count) => (count > 1 ? `${count} new messages` : `${count} new message`),
    announceNew: (role, body, count) => {
      const from = role === 'organiser' ? 'the commune' : 'the organisers';
      return count > 1
        ? `${count} new messages from ${from}. The latest: ${body}`
        : `New message from ${from}: ${body}`;
    },
    at: (day, time) => `${day} at ${time}`,
  },
};

/** The words of what only an answer of the platform shows or says (a thread still empty, a message sent). */
export const threadWords = (lang: Lang): ThreadWords => stringsIn(WORDS, lang);

/** The unread count beside the heading ("2 nouveaux messages" to screen readers). */
export const renderBadge = (lang: Lang, count: number): TemplateResult =>
  html`<span class="badge" part="badge"><span aria-hidden="true">${count}</span><span class="visually-hidden">${stringsIn(WORDS, lang).unread(count)}</span></span>`;

/** The announcement of replies from the other side: how many, and the newest's text. */
export const announceNew = (lang: Lang, role: Role | undefined, body: string, count: number): string =>
  stringsIn(WORDS, lang).announceNew(role, body, count);

const byDate = (a: Message, b: Message) => Date.parse(a.createdAt) - Date.parse(b.createdAt);

/** The thread shown with what the platform answered: oldest first, each message once; and what is new in it. */
export function merged(shown: readonly Message[], list: readonly Message[]): { messages: Message[]; fresh: Message[] } {
  const known = new Set(shown.map((m) => m.id));
  const byId = new Map([...shown, ...list].map((m) => [m.id, m]));
  return { messages: [...byId.values()].sort(byDate), fresh: list.filter((m) => !known.has(m.id)) };
}

const DAY = 24 * 60 * 60 * 1000;
const startOfDay = (date: Date) => new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();

/** "aujourd’hui à 14:32", "hier à 09:05", "12 décembre à 10:00", "12 décembre 2022 à 10:00" — relative to `now`, in the reader's time zone. */
export function formatWhen(iso: string, lang: Lang, now: Date): string {
  const date = new Date(iso);
  const loc = locale(lang);
  const time = new Intl.DateTimeFormat(loc, { hour: '2-digit', minute: '2-digit' }).format(date);
  const days = Math.round((startOfDay(date) - startOfDay(now)) / DAY);
  const t = stringsIn(WORDS, lang);
  if (days === 0 || days === -1)
    return t.at(new Intl.RelativeTimeFormat(loc, { numeric: 'auto' }).format(days, 'day'), time);
  const sameYear = date.getFullYear() === now.getFullYear();
  const day = new Intl.DateTimeFormat(loc, {
    day: 'numeric',
    month: 'long',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(date);
  return t.at(day, time);
}

/** The full instant, for the `title` of a date. */
const formatFull = (iso: string, lang: Lang) =>
  new Intl.DateTimeFormat(locale(lang), { dateStyle: 'full', timeStyle: 'short' }).format(new Date(iso));

/** A message the platform recorded: its side, author, date and text. */
export function renderMessage(host: ThreadHost, message: Message): TemplateResult {
  const mine = host.isMine(message);
  return html`<li class="message ${mine ? 'message--mine' : 'message--theirs'}" part="message ${mine ? 'message-mine' : 'message-theirs'}">
      <p class="meta">
        <span class="author">${mine ? host.t.mine : stringsIn(WORDS, host.lang).theirs(host.role)}</span>
        <time datetime=${message.createdAt} title=${formatFull(message.createdAt, host.lang)}>${formatWhen(message.createdAt, host.lang, host.now)}</time>
      </p>
      <p class="body">${message.body}</p>
    </li>`;
}
