import type { Lang } from '@qmi/core';
import type { CriterionStatus } from '@qmi/validators';
import { lazyTranslations } from '../i18n/translate.js';

export interface ChecklistMessages {
  /** Title in the no-application mode: what the call asks for. */
  titleCall: string;
  /** Title when a dossier is shown. */
  titleDossier: string;
  loading: string;
  failed: (reason: string) => string;
  noCall: string;
  eligibility: string;
  /** The eligibility condition, as a commune reads it before it starts. */
  condition: {
    territory: (territory: string) => string;
    excluded: (names: string) => string;
    deadline: (when: string) => string;
    onePerCommune: string;
  };
  /** "(heure de Paris)" for a zone such as Europe/Paris. */
  zone: (city: string) => string;
  parts: (count: number) => string;
  formPart: string;
  formPartDescription: string;
  documentRules: (types: string, size: string, count: string) => string;
  count: (min: number, max: number) => string;
  perPartner: string;
  criteria: string;
  criterion: (number: number, title: string) => string;
  criterionStatus: Record<CriterionStatus, string>;
  met: string;
  unmet: string;
  signals: (met: number, total: number) => string;
  eligible: string;
  notEligible: string;
  completeness: string;
  complete: string;
  missing: (count: number) => string;
  warnings: string;
  infos: string;
  ready: string;
  toComplete: (count: number) => string;
  blocked: string;
  noteLabel: string;
}

/** A size in the reader's language ("10 Mo", "10 MB"). */
export const formatBytes = (bytes: number, lang: Lang): string => {
  const mb = bytes / (1024 * 1024);
  const unit = lang === 'fr' ? (mb >= 1 ? 'Mo' : 'ko') : mb >= 1 ? 'MB' : 'KB';
  const value = mb >= 1 ? mb : bytes / 1024;
  return `${new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 1 }).format(value)} ${unit}`;
};

export const CHECKLIST_MESSAGES = lazyTranslations<ChecklistMessages>(
  {
    titleCall: 'Ce que demande l’appel',
    titleDossier: 'Où en est votre dossier',
    loading: 'Chargement…',
    failed: (reason) => `Impossible de charger les informations de l’appel : ${reason}`,
    noCall: 'Aucun appel n’est indiqué.',
    eligibility: 'Éligibilité',
    condition: {
      territory: (territory) => `Être une commune membre de la ${territory}.`,
      excluded: (names) => `Ne pas être lauréate de la 1re édition (${names}).`,
      deadline: (when) => `Envoyer le dossier complet au plus tard le ${when}.`,
      onePerCommune: 'Un seul dossier par commune.',
    },
    zone: (city) => `(heure de ${city})`,
    parts: (count) => `Les ${count} pièces du dossier`,
    formPart: 'Le formulaire de candidature',
    formPartDescription: 'À remplir en ligne, en plusieurs sections :',
    documentRules: (types, size, count) =>
      `Formats acceptés : ${types}. Taille maximale : ${size} par fichier. ${count}`,
    count: (min, max) =>
      min === max
        ? `${min} fichier${min > 1 ? 's' : ''} exactement.`
        : min === 0
          ? `Facultatif, ${max} fichier${max > 1 ? 's' : ''} au plus.`
          : `De ${min} à ${max} fichiers.`,
    perPartner: 'Un document par partenaire déclaré.',
    criteria: 'Les critères de sélection',
    criterion: (number, title) => `Critère ${number} : ${title}`,
    criterionStatus: { not_started: 'Non commencé', partial: 'En partie renseigné', ready: 'Renseigné' },
    met: 'Fait',
    unmet: 'À faire',
    signals: (met, total) => `${met} repère${met > 1 ? 's' : ''} sur ${total}`,
    eligible: 'Votre commune peut candidater.',
    notEligible: 'Votre commune ne peut pas candidater en l’état :',
    completeness: 'Complétude',
    complete: 'Tous les champs et documents obligatoires sont renseignés.',
    missing: (count) => (count === 1 ? 'Il reste 1 élément à compléter :' : `Il reste ${count} éléments à compléter :`),
    warnings: 'À vérifier (n’empêche pas l’envoi)',
    infos: 'Pour information',
    ready: 'Prêt à être envoyé',
    toComplete: (count) => (count === 1 ? '1 point à compléter' : `${count} points à compléter`),
    blocked: 'Candidature impossible en l’état : voir l’éligibilité',
    noteLabel: 'Des repères, pas une note :',
  },
  { en: () => import('./checklist.messages.en.js').then((module) => module.default) },
);
