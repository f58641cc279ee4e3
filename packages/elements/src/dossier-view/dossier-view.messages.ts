import {
  type ApplicationStatus,
  type DecisionAction,
  type HistoryAction,
  type HistoryEntry,
  statusLabels,
} from '@qmi/core';
import { lazyTranslations } from '../i18n/translate.js';

export interface DossierViewMessages {
  loading: string;
  signedOut: string;
  notFound: string;
  failed: string;
  retry: string;
  title: (commune: string) => string;
  status: string;
  statuses: Record<ApplicationStatus, string>;
  submittedAt: string;
  updatedAt: string;
  parisTime: string;
  empty: string;
  yes: string;
  no: string;
  item: (label: string, n: number) => string;
  noItems: string;
  person: { name: string; role: string; email: string; phone: string };
  documents: string;
  noDocuments: string;
  partnerOf: (name: string) => string;
  fileDetails: (size: string, type: string) => string;
  sha256: string;
  download: (name: string) => string;
  downloadZip: string;
  downloading: string;
  downloaded: (name: string) => string;
  receipts: string;
  receiptsIntro: string;
  noReceipts: string;
  receiptLink: (date: string) => string;
  contentDigest: string;
  history: string;
  historyCaption: string;
  historyColumns: { when: string; who: string; what: string; details: string };
  noHistory: string;
  roles: Record<HistoryEntry['actorRole'], string>;
  actions: Record<HistoryAction, string>;
  decisions: Record<DecisionAction, string>;
  unavailable: string;
  comments: string;
  commentResolved: (date: string) => string;
  commentAt: (date: string) => string;
  commentLabel: (section: string) => string;
  commentHint: string;
  commentSubmit: string;
  commentRequired: string;
  commentPublished: (section: string) => string;
  adviceOpen: (date: string) => string;
  print: string;
  unexpected: string;
}

export const DOSSIER_VIEW_MESSAGES = lazyTranslations<DossierViewMessages>(
  {
    loading: 'Chargement du dossier…',
    signedOut: 'Connectez-vous pour consulter ce dossier.',
    notFound: 'Ce dossier est introuvable, ou vous n’y avez pas accès.',
    failed: 'Le dossier n’a pas pu être chargé.',
    retry: 'Réessayer',
    title: (commune) => `Dossier de ${commune}`,
    status: 'Statut',
    statuses: statusLabels('fr'),
    submittedAt: 'Déposé le',
    updatedAt: 'Dernière modification',
    parisTime: 'heure de Paris',
    empty: 'Non renseigné',
    yes: 'Oui',
    no: 'Non',
    item: (label, n) => `${label} n° ${n}`,
    noItems: 'Aucun',
    person: { name: 'Nom', role: 'Fonction', email: 'Adresse e-mail', phone: 'Téléphone' },
    documents: 'Pièces jointes',
    noDocuments: 'Aucune pièce jointe.',
    partnerOf: (name) => `Partenaire : ${name}`,
    fileDetails: (size, type) => `${size}, ${type}`,
    sha256: 'Empreinte SHA-256',
    download: (name) => `Télécharger ${name}`,
    downloadZip: 'Télécharger toutes les pièces (ZIP)',
    downloading: 'Téléchargement…',
    downloaded: (name) => `${name} est téléchargé.`,
    receipts: 'Récépissés de dépôt',
    receiptsIntro:
      'Le récépissé prouve le dépôt : il donne l’heure de dépôt et l’empreinte SHA-256 du contenu et de chaque pièce.',
    noReceipts: 'Aucun récépissé pour l’instant.',
    receiptLink: (date) => `Récépissé du dépôt du ${date} (PDF)`,
    contentDigest: 'Empreinte du contenu déposé',
    history: 'Historique du dossier',
    historyCaption: 'Qui a fait quoi sur ce dossier, et quand (heure de Paris)',
    historyColumns: { when: 'Date', who: 'Par', what: 'Action', details: 'Précisions' },
    noHistory: 'Aucun événement.',
    roles: {
      owner: 'Titulaire du dossier',
      editor: 'Co-rédacteur',
      organiser: 'Organisateurs',
      reviewer: 'Examinateur',
      platform: 'Plateforme',
    },
    actions: {
      created: 'Dossier créé',
      submitted: 'Dossier déposé',
      withdrawn: 'Dossier retiré',
      withdrawn_by_organiser: 'Dossier retiré par les organisateurs',
      reassigned: 'Dossier réattribué',
      ownership_transferred: 'Dossier transmis à un autre titulaire',
      editor_joined: 'Co-rédacteur ajouté',
      editor_removed: 'Co-rédacteur retiré',
      editor_left: 'Co-rédacteur parti',
      invitation_sent: 'Invitation envoyée',
      invitation_revoked: 'Invitation annulée',
      place_taken: 'Place de la commune prise',
      personal_data_erased: 'Données personnelles effacées',
      owner_account_deleted: 'Compte du titulaire supprimé',
      decided: 'Décision enregistrée',
      reviewer_assigned: 'Examinateur désigné',
      reviewer_unassigned: 'Examinateur retiré',
      conflict_declared: 'Conflit d’intérêts déclaré',
      assessment_submitted: 'Évaluation transmise',
      advice_requested: 'Avis demandé aux organisateurs',
      section_commented: 'Section commentée par les organisateurs',
      agreement_signed: 'Convention signée',
    },
    decisions: {
      request_changes: 'Modifications demandées',
      declare_eligible: 'Déclaré éligible',
      declare_ineligible: 'Déclaré inéligible',
      select: 'Sélectionné',
      reject: 'Non retenu',
    },
    unavailable: 'Cette partie n’a pas pu être chargée.',
    comments: 'Commentaires des organisateurs',
    commentResolved: (date) => `Traité le ${date}`,
    commentAt: (date) => `Le ${date}`,
    commentLabel: (section) => `Commenter la section « ${section} »`,
    commentHint: 'La commune voit ce commentaire à côté de la section, dans son formulaire.',
    commentSubmit: 'Publier le commentaire',
    commentRequired: 'Écrivez votre commentaire.',
    commentPublished: (section) => `Commentaire publié sur la section « ${section} ».`,
    adviceOpen: (date) => `La commune a demandé un avis le ${date}.`,
    print: 'Imprimer',
    unexpected: 'Une erreur inattendue est survenue. Réessayez dans un instant.',
  },
  { en: () => import('./dossier-view.messages.en.js').then((module) => module.default) },
);
