import type { DocumentKindRule, Lang } from '@qmi/core';
import type { DocumentRefusal } from '@qmi/validators';

/*
 * The uploader's words for what only happens once a file is chosen and what checks and sends it has
 * come (the pick chunk, uploader.pick.ts): a refusal at pick, the platform's refusal, a failed or finished
 * upload, the time left. They come with that chunk, not with the page: a page that only shows the files
 * never says them. A file chosen before the chunk came (offline) is listed and waits with the first
 * load's words (uploader.messages.ts: on its way, waiting for the connection, paused). Imports nothing of
 * the first load but types (a shared module would split into a file of its own).
 */

export interface LaterMessages {
  refusedType: (name: string, types: string) => string;
  refusedSize: (name: string, size: string) => string;
  refusedCount: (max: number) => string;
  /** The file would take the dossier's documents over the call's total (`max`, formatted). */
  refusedTotal: (name: string, max: string) => string;
  refusedPartner: string;
  /** The platform refused the file (final); `reason` is its message, in the page's language. */
  refusedByPlatform: (name: string, reason: string) => string;
  /** The statuses of an upload under way that the first load's words do not cover. */
  status: { idle: string; error: string; refused: string };
  secondsLeft: (seconds: number) => string;
  retry: (name: string) => string;
  announceDone: (name: string) => string;
  announceError: (name: string, reason: string) => string;
}

export const LATER_FR: LaterMessages = {
  refusedType: (name, types) => `« ${name} » n’a pas été envoyé : seuls ces formats sont acceptés : ${types}.`,
  refusedSize: (name, max) => `« ${name} » n’a pas été envoyé : il dépasse la taille maximale de ${max}.`,
  refusedCount: (max) =>
    `Ce document est déjà complet : ${max} fichier${max > 1 ? 's' : ''} au plus. Supprimez-en un pour le remplacer.`,
  refusedTotal: (name, max) =>
    `« ${name} » n’a pas été envoyé : les documents du dossier dépasseraient ${max} au total, la taille maximale autorisée.`,
  refusedPartner: 'Choisissez d’abord le partenaire dont vient ce document.',
  refusedByPlatform: (name, reason) =>
    `« ${name} » a été refusé par la plateforme. ${reason} Choisissez un autre fichier.`,
  status: { idle: 'En attente', error: 'Échec de l’envoi', refused: 'Refusé' },
  secondsLeft: (s) => (s < 60 ? `${s} s restantes` : `${Math.ceil(s / 60)} min restantes`),
  retry: (name) => `Réessayer l’envoi de ${name}`,
  announceDone: (name) => `${name} envoyé.`,
  announceError: (name, reason) => `Échec de l’envoi de ${name} : ${reason}`,
};

/** The English words, fetched the first time an English uploader has them to say (see lazyTranslations). */
export const laterEnglish = (): Promise<LaterMessages> =>
  import('./uploader.messages.later.en.js').then((module) => module.default);

/**
 * The uploader's words for a file refused at pick, chosen by the rule it breaks (the decision is the
 * platform's check; the rules' own words, the platform's `detail`, go with the `qmi-upload-error` event).
 * `size` formats bytes as the rest of the uploader does (given, so that this chunk shares no module with the page).
 */
export function refusedWords(
  t: LaterMessages,
  refusal: DocumentRefusal,
  name: string,
  rule: DocumentKindRule,
  lang: Lang,
  size: (bytes: number, lang: Lang) => string,
): string {
  switch (refusal.rule) {
    case 'documents.type':
      return t.refusedType(name, String(refusal.params.accepted));
    case 'documents.size':
      return t.refusedSize(name, size(rule.maxSizeBytes, lang));
    case 'documents.count':
      return t.refusedCount(rule.maxCount);
    case 'documents.total-size':
      return t.refusedTotal(name, size(Number(refusal.extra.maxTotalDocumentBytes), lang));
    case 'documents.partner-link':
      return t.refusedPartner;
  }
}
