import type { DocumentKindRule, Lang } from '@qmi/core';
import type { DocumentRefusal } from '@qmi/validators';
import { lazyTranslations } from '../i18n/translate.js';

export interface UploaderMessages {
  choose: string;
  chooseAnother: string;
  /** After a refusal: the file input, to pick a different file. */
  chooseOther: string;
  /** The file input's accessible name: the visible words first (WCAG 2.5.3), then the document it is for. */
  chooseFor: (choose: string, kind: string) => string;
  drop: string;
  rules: (types: string, size: string, count: string) => string;
  count: (min: number, max: number) => string;
  partner: string;
  partnerHint: string;
  choosePartner: string;
  noPartner: string;
  refusedType: (name: string, types: string) => string;
  refusedSize: (name: string, size: string) => string;
  refusedCount: (max: number) => string;
  /** The file would take the dossier's documents over the call's total (`max`, formatted). */
  refusedTotal: (name: string, max: string) => string;
  refusedPartner: string;
  /** The platform refused the file (final); `reason` is its message, in the page's language. */
  refusedByPlatform: (name: string, reason: string) => string;
  status: {
    idle: string;
    uploading: string;
    paused: string;
    retrying: string;
    complete: string;
    error: string;
    refused: string;
  };
  progress: (percent: number, speed: string, left: string) => string;
  secondsLeft: (seconds: number) => string;
  pause: (name: string) => string;
  resume: (name: string) => string;
  retry: (name: string) => string;
  remove: (name: string) => string;
  cancel: (name: string) => string;
  from: (partner: string) => string;
  interrupted: (name: string) => string;
  announceStart: (name: string) => string;
  announceDone: (name: string) => string;
  announceError: (name: string, reason: string) => string;
  announcePaused: (name: string) => string;
  announceResumed: (name: string) => string;
  announceCancelled: (name: string) => string;
  announceRemoved: (name: string) => string;
  announceRemoveError: (name: string, reason: string) => string;
  /** The list of a kind's files, named for the kind (a form has one list per kind). */
  files: (kind: string) => string;
}

const size = (bytes: number, lang: 'fr' | 'en') => {
  const mb = bytes / (1024 * 1024);
  const value = mb >= 1 ? mb.toFixed(1) : (bytes / 1024).toFixed(0);
  return `${lang === 'fr' ? value.replace('.', ',') : value} ${mb >= 1 ? (lang === 'fr' ? 'Mo' : 'MB') : lang === 'fr' ? 'ko' : 'KB'}`;
};
export const formatSize = size;

/**
 * The uploader's words for a file refused at pick, chosen by the rule it breaks (the decision is the
 * platform's check; the rules' own words, the platform's `detail`, go with the `qmi-upload-error` event).
 */
export function refusedWords(
  t: UploaderMessages,
  refusal: DocumentRefusal,
  name: string,
  rule: DocumentKindRule,
  lang: Lang,
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

export const UPLOADER_MESSAGES = lazyTranslations<UploaderMessages>(
  {
    choose: 'Choisir un fichier',
    chooseAnother: 'Ajouter un autre fichier',
    chooseOther: 'Choisir un autre fichier',
    chooseFor: (choose, kind) => `${choose} : ${kind}`,
    drop: 'ou déposez-le ici',
    rules: (types, max, count) => `Formats acceptés : ${types}. Taille maximale : ${max} par fichier. ${count}`,
    count: (min, max) =>
      min === max
        ? `${min} fichier exactement.`
        : min === 0
          ? `${max} fichiers au plus.`
          : `De ${min} à ${max} fichiers.`,
    partner: 'Partenaire concerné',
    partnerHint: 'Chaque document de soutien est rattaché au partenaire qui l’a signé.',
    choosePartner: 'Choisissez un partenaire…',
    noPartner: 'Déclarez d’abord vos partenaires dans la section « Partenaires locaux ».',
    refusedType: (name, types) => `« ${name} » n’a pas été envoyé : seuls ces formats sont acceptés : ${types}.`,
    refusedSize: (name, max) => `« ${name} » n’a pas été envoyé : il dépasse la taille maximale de ${max}.`,
    refusedCount: (max) =>
      `Ce document est déjà complet : ${max} fichier${max > 1 ? 's' : ''} au plus. Supprimez-en un pour le remplacer.`,
    refusedTotal: (name, max) =>
      `« ${name} » n’a pas été envoyé : les documents du dossier dépasseraient ${max} au total, la taille maximale autorisée.`,
    refusedPartner: 'Choisissez d’abord le partenaire dont vient ce document.',
    refusedByPlatform: (name, reason) =>
      `« ${name} » a été refusé par la plateforme. ${reason} Choisissez un autre fichier.`,
    status: {
      idle: 'En attente',
      uploading: 'Envoi en cours',
      paused: 'En pause',
      retrying: 'Connexion perdue, nouvel essai…',
      complete: 'Envoyé',
      error: 'Échec de l’envoi',
      refused: 'Refusé',
    },
    progress: (percent, speed, left) => `${percent} %${speed ? ` — ${speed}/s` : ''}${left ? ` — ${left}` : ''}`,
    secondsLeft: (s) => (s < 60 ? `${s} s restantes` : `${Math.ceil(s / 60)} min restantes`),
    pause: (name) => `Mettre en pause l’envoi de ${name}`,
    resume: (name) => `Reprendre l’envoi de ${name}`,
    retry: (name) => `Réessayer l’envoi de ${name}`,
    remove: (name) => `Supprimer ${name}`,
    cancel: (name) => `Annuler l’envoi de ${name}`,
    from: (partner) => `Partenaire : ${partner}`,
    interrupted: (name) =>
      `L’envoi de « ${name} » a été interrompu. Choisissez à nouveau ce fichier : l’envoi reprendra là où il s’était arrêté.`,
    announceStart: (name) => `Envoi de ${name} commencé.`,
    announceDone: (name) => `${name} envoyé.`,
    announceError: (name, reason) => `Échec de l’envoi de ${name} : ${reason}`,
    announcePaused: (name) => `Envoi de ${name} mis en pause.`,
    announceResumed: (name) => `Envoi de ${name} repris.`,
    announceCancelled: (name) => `Envoi de ${name} annulé.`,
    announceRemoved: (name) => `${name} supprimé.`,
    announceRemoveError: (name, reason) => `${name} n’a pas été supprimé : ${reason}`,
    files: (kind) => `Fichiers : ${kind}`,
  },
  { en: () => import('./uploader.messages.en.js').then((module) => module.default) },
);
