// The English strings: a module of their own, loaded the first time an element of the page speaks English
// (see lazyTranslations in i18n/translate.ts); French pages never download them.
import type { TimelineMessages } from './timeline.messages.js';

const en: TimelineMessages = {
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
};

export default en;
