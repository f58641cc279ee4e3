import { escapeHtml } from '../pages/html.js';
import type { Lang, LocalizedText } from '@qmi/core';
import type { MailAttachment, OutgoingMail } from '../store/outbox.js';

/** What one e-mail says, in both languages; `composeMail` picks the person's and lays it out. */
export interface MailContent {
  purpose: string;
  to: string;
  lang: Lang;
  accountId?: string | undefined;
  subject: LocalizedText;
  /** Paragraphs of plain text, in order. */
  paragraphs: { fr: string[]; en: string[] };
  /** The one thing to do, as a button in HTML and a bare link in text. */
  action?: { label: LocalizedText; url: string } | undefined;
  /** Said after the action, e.g. "this link works once, for 30 minutes". */
  footnote?: LocalizedText | undefined;
  /** An address or URL where the person stops this kind of e-mail (RFC 2369 / RFC 8058). */
  unsubscribeUrl?: string | undefined;
  /** Files sent with it (the submission receipt). */
  attachments?: MailAttachment[] | undefined;
}

const SIGNATURE: LocalizedText = {
  fr: 'La plateforme de candidature des Quartiers Métropolitains d’Innovation',
  en: 'The Quartiers Métropolitains d’Innovation application platform',
};

/**
 * Lays out a mail as text and HTML in the person's language: the same words in both parts, the
 * action as a link, no images nor remote content (mail clients block them, screen readers skip them).
 */
export function composeMail(content: MailContent): OutgoingMail {
  const lang = content.lang;
  const paragraphs = content.paragraphs[lang];
  const text = [
    ...paragraphs,
    // French typography puts a space before the colon; English does not.
    ...(content.action ? [`${content.action.label[lang]}${lang === 'fr' ? ' :' : ':'}\n${content.action.url}`] : []),
    ...(content.footnote ? [content.footnote[lang]] : []),
    `-- \n${SIGNATURE[lang]}`,
  ].join('\n\n');
  const html = [
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(content.subject[lang])}</title></head>`,
    '<body style="font-family: Marianne, Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #161616;">',
    ...paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    ...(content.action
      ? [
          `<p><a href="${escapeHtml(content.action.url)}" style="display: inline-block; padding: 8px 16px; background: #000091; color: #ffffff; text-decoration: none;">${escapeHtml(content.action.label[lang])}</a></p>`,
          `<p style="font-size: 14px;">${escapeHtml(lang === 'fr' ? 'Si le bouton ne fonctionne pas, copiez cette adresse :' : 'If the button does not work, copy this address:')}<br>${escapeHtml(content.action.url)}</p>`,
        ]
      : []),
    ...(content.footnote ? [`<p style="font-size: 14px;">${escapeHtml(content.footnote[lang])}</p>`] : []),
    `<p style="font-size: 14px; color: #3a3a3a;">${escapeHtml(SIGNATURE[lang])}</p>`,
    '</body></html>',
  ].join('\n');
  return {
    purpose: content.purpose,
    to: content.to,
    lang,
    subject: content.subject[lang],
    text,
    html,
    accountId: content.accountId,
    ...(content.attachments ? { attachments: content.attachments } : {}),
    ...(content.unsubscribeUrl
      ? {
          headers: {
            'List-Unsubscribe': `<${content.unsubscribeUrl}>`,
            // One-click unsubscription (RFC 8058) is a POST to an https URL; a mailto: address has none.
            ...(content.unsubscribeUrl.startsWith('https:')
              ? { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
              : {}),
          },
        }
      : {}),
  };
}
