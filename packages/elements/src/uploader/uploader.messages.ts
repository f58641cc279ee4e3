import type { Lang } from '@qmi/core';
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
  /** The statuses of a file before its upload exists (it waits for what sends it) and of a recorded file; the others are in uploader.messages.later.ts. */
  status: {
    uploading: string;
    paused: string;
    retrying: string;
    complete: string;
  };
  progress: (percent: number, speed: string, left: string) => string;
  pause: (name: string) => string;
  resume: (name: string) => string;
  remove: (name: string) => string;
  cancel: (name: string) => string;
  from: (partner: string) => string;
  interrupted: (name: string) => string;
  announceStart: (name: string) => string;
  announcePaused: (name: string) => string;
  announceResumed: (name: string) => string;
  announceCancelled: (name: string) => string;
  announceRemoved: (name: string) => string;
  announceRemoveError: (name: string, reason: string) => string;
  /** The list of a kind's files, named for the kind (a form has one list per kind). */
  files: (kind: string) => string;
}

/** Bytes as people read them, in the element's language ("1,5 Mo", "1.5 MB"). */
export const formatSize = (bytes: number, lang: Lang): string => {
  const mb = bytes / (1024 * 1024);
  const value = mb >= 1 ? mb.toFixed(1) : (bytes / 1024).toFixed(0);
  return `${lang === 'fr' ? value.replace('.', ',') : value} ${mb >= 1 ? (lang === 'fr' ? 'Mo' : 'MB') : lang === 'fr' ? 'ko' : 'KB'}`;
};

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
    status: {
      uploading: 'Envoi en cours',
      paused: 'En pause',
      retrying: 'Connexion perdue, nouvel essai…',
      complete: 'Envoyé',
    },
    progress: (percent, speed, left) => `${percent} %${speed ? ` — ${speed}/s` : ''}${left ? ` — ${left}` : ''}`,
    pause: (name) => `Mettre en pause l’envoi de ${name}`,
    resume: (name) => `Reprendre l’envoi de ${name}`,
    remove: (name) => `Supprimer ${name}`,
    cancel: (name) => `Annuler l’envoi de ${name}`,
    from: (partner) => `Partenaire : ${partner}`,
    interrupted: (name) =>
      `L’envoi de « ${name} » a été interrompu. Choisissez à nouveau ce fichier : l’envoi reprendra là où il s’était arrêté.`,
    announceStart: (name) => `Envoi de ${name} commencé.`,
    announcePaused: (name) => `Envoi de ${name} mis en pause.`,
    announceResumed: (name) => `Envoi de ${name} repris.`,
    announceCancelled: (name) => `Envoi de ${name} annulé.`,
    announceRemoved: (name) => `${name} supprimé.`,
    announceRemoveError: (name, reason) => `${name} n’a pas été supprimé : ${reason}`,
    files: (kind) => `Fichiers : ${kind}`,
  },
  { en: () => import('./uploader.messages.en.js').then((module) => module.default) },
);
