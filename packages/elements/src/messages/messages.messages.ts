import type { Lang, Role } from '@qmi/core';
import { locale, type Translations } from '../i18n/translate.js';

export interface MessagesMessages {
  /** The heading, which names the element's region. */
  heading: string;
  thread: string;
  mine: string;
  /** The other side, seen from the signed-in account's role. */
  theirs: (myRole: Role | undefined) => string;
  empty: string;
  loading: string;
  loadError: string;
  label: string;
  hint: string;
  send: string;
  /** The send button's accessible name: what it sends, starting with `send`. */
  sendLabel: string;
  emptyError: string;
  sending: string;
  failed: string;
  failedNetwork: string;
  failedRefused: (reason: string) => string;
  failedThrottled: (when: string | undefined) => string;
  retry: string;
  retryLabel: (excerpt: string) => string;
  unread: (count: number) => string;
  /** Replies from the other side, announced politely: how many, and only the newest's text (never the whole thread). */
  announceNew: (myRole: Role | undefined, body: string, count: number) => string;
  announceSent: string;
  announceFailed: string;
  at: (day: string, time: string) => string;
}

export const MESSAGES_MESSAGES: Translations<MessagesMessages> = {
  fr: {
    heading: 'Messages du dossier',
    thread: 'Fil des messages',
    mine: 'Vous',
    theirs: (role) => (role === 'organiser' ? 'La commune' : 'Les organisateurs'),
    empty: 'Aucun message pour l’instant. Vous pouvez poser votre question aux organisateurs ci-dessous.',
    loading: 'Chargement des messages…',
    loadError: 'Les messages n’ont pas pu être chargés. Nouvel essai automatique dans quelques instants.',
    label: 'Votre message',
    hint: 'Entrée va à la ligne. Ctrl+Entrée (ou Cmd+Entrée) envoie le message.',
    send: 'Envoyer',
    sendLabel: 'Envoyer le message',
    emptyError: 'Écrivez votre message avant de l’envoyer.',
    sending: 'Envoi…',
    failed: 'Non envoyé',
    failedNetwork: 'La connexion a échoué. Le message est conservé sur cet appareil et sera renvoyé automatiquement.',
    failedRefused: (reason) => `La plateforme a refusé ce message : ${reason}`,
    failedThrottled: (when) =>
      `Trop de messages envoyés : la plateforme demande d’attendre. Le message est conservé sur cet appareil et sera renvoyé automatiquement${when ? ` ${when}` : ''}.`,
    retry: 'Réessayer',
    retryLabel: (excerpt) => `Réessayer l’envoi du message « ${excerpt} »`,
    unread: (count) => (count > 1 ? `${count} nouveaux messages` : `${count} nouveau message`),
    announceNew: (role, body, count) => {
      const from = role === 'organiser' ? 'de la commune' : 'des organisateurs';
      return count > 1
        ? `${count} nouveaux messages ${from}. Le plus récent : ${body}`
        : `Nouveau message ${from} : ${body}`;
    },
    announceSent: 'Message envoyé.',
    announceFailed: 'Message non envoyé. Il sera renvoyé automatiquement.',
    at: (day, time) => `${day} à ${time}`,
  },
  en: {
    heading: 'Application messages',
    thread: 'Message thread',
    mine: 'You',
    theirs: (role) => (role === 'organiser' ? 'The commune' : 'The organisers'),
    empty: 'No messages yet. You can ask the organisers your question below.',
    loading: 'Loading messages…',
    loadError: 'The messages could not be loaded. Trying again shortly.',
    label: 'Your message',
    hint: 'Enter starts a new line. Ctrl+Enter (or Cmd+Enter) sends the message.',
    send: 'Send',
    sendLabel: 'Send the message',
    emptyError: 'Write your message before sending it.',
    sending: 'Sending…',
    failed: 'Not sent',
    failedNetwork: 'The connection failed. The message is kept on this device and will be sent again automatically.',
    failedRefused: (reason) => `The platform refused this message: ${reason}`,
    failedThrottled: (when) =>
      `Too many messages sent: the platform asks to wait. The message is kept on this device and will be sent again automatically${when ? ` ${when}` : ''}.`,
    retry: 'Try again',
    retryLabel: (excerpt) => `Try again to send the message “${excerpt}”`,
    unread: (count) => (count > 1 ? `${count} new messages` : `${count} new message`),
    announceNew: (role, body, count) => {
      const from = role === 'organiser' ? 'the commune' : 'the organisers';
      return count > 1
        ? `${count} new messages from ${from}. The latest: ${body}`
        : `New message from ${from}: ${body}`;
    },
    announceSent: 'Message sent.',
    announceFailed: 'Message not sent. It will be sent again automatically.',
    at: (day, time) => `${day} at ${time}`,
  },
};

const DAY = 24 * 60 * 60 * 1000;
const startOfDay = (date: Date) => new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();

/** "aujourd’hui à 14:32", "hier à 09:05", "12 décembre à 10:00", "12 décembre 2022 à 10:00" — relative to `now`, in the reader's time zone. */
export function formatWhen(iso: string, lang: Lang, now: Date): string {
  const date = new Date(iso);
  const loc = locale(lang);
  const time = new Intl.DateTimeFormat(loc, { hour: '2-digit', minute: '2-digit' }).format(date);
  const days = Math.round((startOfDay(date) - startOfDay(now)) / DAY);
  const t = MESSAGES_MESSAGES[lang];
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
export const formatFull = (iso: string, lang: Lang) =>
  new Intl.DateTimeFormat(locale(lang), { dateStyle: 'full', timeStyle: 'short' }).format(new Date(iso));
