// The English strings: a module of their own, loaded the first time an element of the page speaks English
// (see lazyTranslations in i18n/translate.ts); French pages never download them.
import type { OutlineMessages } from './outline.messages.js';

const en: OutlineMessages = {
  intro: 'The application’s questions, to prepare your answers. All fields are required unless marked “optional”.',
  maxLength: (count) => `At most ${count} characters.`,
  items: (min, max) =>
    max === undefined
      ? min > 0
        ? `At least ${min} item${min > 1 ? 's' : ''}.`
        : 'As many items as needed.'
      : min > 0
        ? `From ${min} to ${max} items.`
        : `Up to ${max} items.`,
};

export default en;
