import type { Lang, Role } from '@qmi/core';
import { locale, lazyTranslations, stringsIn } from '../i18n/translate.js';

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

export const MESSAGES_MESSAGES = lazyTranslations<MessagesMessages>(
  {
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
  { en: () => import('./messages.messages.en.js').then((module) => module.default) },
);

const DAY = 24 * 60 * 60 * 1000;
const startOfDay = (date: Date) => new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();

/** "aujourd’hui à 14:32", "hier à 09:05", "12 décembre à 10:00", "12 décembre 2022 à 10:00" — relative to `now`, in the reader's time zone. */
export function formatWhen(iso: string, lang: Lang, now: Date): string {
  const date = new Date(iso);
  const loc = locale(lang);
  const time = new Intl.DateTimeFormat(loc, { hour: '2-digit', minute: '2-digit' }).format(date);
  const days = Math.round((startOfDay(date) - startOfDay(now)) / DAY);
  const t = stringsIn(MESSAGES_MESSAGES, lang);
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
