import type { Lang, OutboxMessage } from '@qmi/core';
import { problemText } from '../i18n/problem-text.js';
import { retryWhen } from '../i18n/retry-when.js';
import { stringsIn, type Translations } from '../i18n/translate.js';
import type { MessagesMessages } from './messages.messages.js';

/**
 * The words of the failures only the outbox's engine reports (a refusal, a wait), in both languages:
 * they come with the engine (messages.engine.ts), which is there whenever they are said.
 */
const WORDS: Translations<{ refused: (reason: string) => string; throttled: (when: string | undefined) => string }> = {
  fr: {
    refused: (reason) => `La plateforme a refusé ce message : ${reason}`,
    throttled: (when) =>
      `Trop de messages envoyés : la plateforme demande d’attendre. Le message est conservé sur cet appareil et sera renvoyé automatiquement${when ? ` ${when}` : ''}.`,
  },
  en: {
    refused: (reason) => `The platform refused this message: ${reason}`,
    throttled: (when) =>
      `Too many messages sent: the platform asks to wait. The message is kept on this device and will be sent again automatically${when ? ` ${when}` : ''}.`,
  },
};

/** Why a message is not sent yet: refused (and why), asked to wait (and until when), or no connection. */
export function failureReason({ t, lang }: { t: MessagesMessages; lang: Lang }, pending: OutboxMessage): string {
  const words = stringsIn(WORDS, lang);
  if (pending.refusal) return words.refused(problemText(pending.refusal, lang) ?? pending.refusal.message);
  if (pending.throttled) return words.throttled(retryWhen(pending.throttled, lang));
  return t.failedNetwork;
}
