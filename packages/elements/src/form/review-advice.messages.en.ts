// The English strings: a module of their own, loaded the first time an element of the page speaks English
// (see lazyTranslations in i18n/translate.ts); French pages never download them.
import type { AdviceAskMessages } from './review-advice.messages.js';

const en: AdviceAskMessages = {
  adviceTitle: 'Support',
  adviceIntro:
    'Before the deadline, the organisers can read your draft and give you their advice, part by part. Their comments show next to each part of the form.',
  adviceAsk: 'Ask the organisers for advice',
};

export default en;
