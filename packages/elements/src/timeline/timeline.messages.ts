import { lazyTranslations } from '../i18n/translate.js';

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

export const TIMELINE_MESSAGES = lazyTranslations<TimelineMessages>(
  {
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
  { en: () => import('./timeline.messages.en.js').then((module) => module.default) },
);
