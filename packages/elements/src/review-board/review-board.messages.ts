import { type ApplicationStatus, statusLabels } from '@qmi/core';
import { lazyTranslations } from '../i18n/translate.js';
import type { MyAssessment, SortKey } from './review-board.model.js';

/** Every string `<qmi-review-board>` shows or announces. */
export interface ReviewBoardMessages {
  heading: string;
  headingReviewer: string;
  loading: string;
  signedOut: string;
  failed: string;
  retry: string;
  unexpected: string;
  /** The table's caption: which call, how many rows shown of how many. */
  caption: (call: string, shown: number, total: number) => string;
  empty: string;
  emptyReviewer: string;
  noMatch: string;
  clearFilters: string;

  statuses: Record<ApplicationStatus, string>;
  countsHeading: string;
  countAll: (count: number) => string;
  /** A count of the summary, as a button that filters the table by that status. */
  countOf: (status: string, count: number) => string;
  /** "2 / 4 sélectionnées": laureates against the call's cap. */
  selectionCap: (selected: number, max: number) => string;
  selectionCount: (selected: number) => string;

  filtersHeading: string;
  filterStatus: string;
  filterCompleteness: string;
  filterEligibility: string;
  filterReviewer: string;
  filterText: string;
  filterTextHint: string;
  any: string;
  complete: string;
  incomplete: string;
  eligible: string;
  ineligible: string;
  unassigned: string;
  shown: (count: number) => string;

  columns: Record<SortKey | 'reviewers' | 'agreement' | 'mine' | 'documents', string>;
  sortedBy: (column: string, ascending: boolean) => string;
  sortHint: string;
  checkAll: string;
  checkRow: (commune: string) => string;
  checked: (count: number) => string;
  missing: (count: number) => string;
  yes: string;
  no: string;
  issuesOf: (commune: string) => string;
  noReviewer: string;
  conflict: string;
  assessments: (submitted: number, expected: number) => string;
  mine: Record<MyAssessment, string>;
  adviceRequested: string;
  /** A draft that does not hold the commune's place (its owner is not verified for the commune). */
  notHoldingPlace: string;
  agreementBefore: (date: string) => string;
  agreementLate: (date: string) => string;
  agreementSigned: (date: string) => string;
  zip: string;
  /** Said after the visible "ZIP" (the button's name starts with its visible text). */
  zipOf: (commune: string) => string;

  exportCsv: string;
  exportXlsx: string;
  exportScope: (count: number, checked: boolean) => string;
  exporting: string;
  downloaded: (filename: string) => string;
}

export const plural = (count: number, one: string, many: string) => (count > 1 ? many : one);

export const REVIEW_BOARD_MESSAGES = lazyTranslations<ReviewBoardMessages>(
  {
    heading: 'Dossiers des communes',
    headingReviewer: 'Dossiers qui vous sont confiés',
    loading: 'Chargement des dossiers…',
    signedOut: 'Connectez-vous pour voir les dossiers.',
    failed: 'Les dossiers n’ont pas pu être chargés.',
    retry: 'Réessayer',
    unexpected: 'Une erreur inattendue est survenue. Réessayez.',
    caption: (call, shown, total) =>
      shown === total
        ? `${call} : ${total} ${plural(total, 'dossier', 'dossiers')}`
        : `${call} : ${shown} ${plural(shown, 'dossier affiché', 'dossiers affichés')} sur ${total}`,
    empty: 'Aucun dossier pour cet appel pour l’instant.',
    emptyReviewer: 'Aucun dossier ne vous est confié pour l’instant.',
    noMatch: 'Aucun dossier ne correspond à ces filtres.',
    clearFilters: 'Effacer les filtres',

    statuses: statusLabels('fr'),
    countsHeading: 'Dossiers par statut',
    countAll: (count) => `Tous : ${count}`,
    countOf: (status, count) => `${status} : ${count}`,
    selectionCap: (selected, max) => `${selected} / ${max} ${plural(selected, 'sélectionnée', 'sélectionnées')}`,
    selectionCount: (selected) => `${selected} ${plural(selected, 'lauréat', 'lauréats')}`,

    filtersHeading: 'Filtrer les dossiers',
    filterStatus: 'Statut',
    filterCompleteness: 'Complétude',
    filterEligibility: 'Éligibilité',
    filterReviewer: 'Examinateur',
    filterText: 'Commune',
    filterTextHint: 'Nom ou code INSEE',
    any: 'Tous',
    complete: 'Complet',
    incomplete: 'Incomplet',
    eligible: 'Éligible',
    ineligible: 'Non éligible',
    unassigned: 'Sans examinateur',
    shown: (count) =>
      count ? `${count} ${plural(count, 'dossier affiché', 'dossiers affichés')}.` : 'Aucun dossier affiché.',

    columns: {
      commune: 'Commune',
      status: 'Statut',
      complete: 'Complet',
      eligible: 'Éligible',
      updatedAt: 'Dernière modification',
      assessments: 'Évaluations',
      reviewers: 'Examinateurs',
      agreement: 'Convention',
      mine: 'Mon évaluation',
      documents: 'Pièces',
    },
    sortedBy: (column, ascending) => `Trié par ${column}, ordre ${ascending ? 'croissant' : 'décroissant'}.`,
    sortHint: 'Flèches haut et bas pour passer d’un dossier à l’autre, Entrée pour l’ouvrir.',
    checkAll: 'Cocher tous les dossiers affichés',
    checkRow: (commune) => `Cocher le dossier de ${commune}`,
    checked: (count) => `${count} ${plural(count, 'dossier coché', 'dossiers cochés')}`,
    missing: (count) => `Non : ${count} ${plural(count, 'élément manquant', 'éléments manquants')}`,
    yes: 'Oui',
    no: 'Non',
    issuesOf: (commune) => `Motifs d’inéligibilité de ${commune}`,
    noReviewer: 'Aucun',
    conflict: 'conflit d’intérêts déclaré',
    assessments: (submitted, expected) => `${submitted} / ${expected}`,
    mine: { not_started: 'À commencer', draft: 'Brouillon', submitted: 'Envoyée' },
    adviceRequested: 'Avis demandé',
    notHoldingPlace: 'Hors place : compte non vérifié',
    agreementBefore: (date) => `À signer avant le ${date}`,
    agreementLate: (date) => `En retard : à signer avant le ${date}`,
    agreementSigned: (date) => `Signée le ${date}`,
    zip: 'ZIP',
    zipOf: (commune) => ` des pièces de ${commune}`,

    exportCsv: 'Exporter en CSV',
    exportXlsx: 'Exporter en XLSX',
    exportScope: (count, checked) =>
      checked
        ? `L’export contient les ${count} ${plural(count, 'dossier coché', 'dossiers cochés')}.`
        : `L’export contient les ${count} ${plural(count, 'dossier affiché', 'dossiers affichés')}.`,
    exporting: 'Préparation du fichier…',
    downloaded: (filename) => `Fichier téléchargé : ${filename}.`,
  },
  { en: () => import('./review-board.messages.en.js').then((module) => module.default) },
);
