import type { Translations } from '../i18n/translate.js';

export interface TimelineMessages {
  title: string;
  notOpen: (date: string) => string;
  countdownShort: (days: number) => string;
  countdownLong: (days: number, hours: number, minutes: number) => string;
  deadline: (date: string) => string;
  closed: (date: string) => string;
  state: { past: string; current: string; future: string };
  addToCalendar: (title: string) => string;
  registration: (email: string) => string;
  parisTime: string;
  /** The call could not be loaded, for a reason other than the connection. */
  loadFailed: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

export const TIMELINE_MESSAGES: Translations<TimelineMessages> = {
  fr: {
    title: 'Calendrier de l’appel',
    notOpen: (date) => `Les candidatures ouvrent le ${date}.`,
    countdownShort: (days) => (days === 0 ? 'Jour J' : `J-${days}`),
    countdownLong: (d, h, m) =>
      d > 0
        ? `${plural(d, 'jour', 'jours')}, ${plural(h, 'heure', 'heures')}`
        : `${plural(h, 'heure', 'heures')}, ${plural(m, 'minute', 'minutes')}`,
    deadline: (date) => `avant la date limite du ${date}`,
    closed: (date) => `Les candidatures sont closes depuis le ${date}.`,
    state: { past: 'terminé', current: 'en cours', future: 'à venir' },
    addToCalendar: (title) => `Ajouter « ${title} » à mon agenda`,
    registration: (email) => `Inscription par e-mail : ${email}`,
    parisTime: 'heure de Paris',
    loadFailed: 'Le calendrier de l’appel n’a pas pu être chargé.',
  },
  en: {
    title: 'Call calendar',
    notOpen: (date) => `Applications open on ${date}.`,
    countdownShort: (days) => (days === 0 ? 'D-day' : `D-${days}`),
    countdownLong: (d, h, m) =>
      d > 0
        ? `${d} day${d === 1 ? '' : 's'}, ${h} hour${h === 1 ? '' : 's'}`
        : `${h} hour${h === 1 ? '' : 's'}, ${m} minute${m === 1 ? '' : 's'}`,
    deadline: (date) => `before the deadline of ${date}`,
    closed: (date) => `Applications closed on ${date}.`,
    state: { past: 'done', current: 'in progress', future: 'to come' },
    addToCalendar: (title) => `Add “${title}” to my calendar`,
    registration: (email) => `Register by e-mail: ${email}`,
    parisTime: 'Paris time',
    loadFailed: 'The call calendar could not be loaded.',
  },
};
