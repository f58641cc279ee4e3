import { lazyTranslations } from '../i18n/translate.js';

/** Every string `<qmi-assessment>` shows or announces. */
export interface AssessmentMessages {
  title: string;
  loading: string;
  signedOut: string;
  failed: string;
  retry: string;
  unexpected: string;
  notAllowed: string;
  noScale: string;
  summaryTitle: string;
  errorPrefix: string;
  sending: string;
  dossierOf: (commune: string, status: string) => string;
  statuses: Record<string, string>;

  // Reviewer: conflict of interest
  conflictHeading: string;
  conflictHelp: string;
  conflictOpen: string;
  conflictReason: string;
  conflictReasonHint: string;
  conflictConfirm: string;
  conflictSubmit: string;
  conflictCancel: string;
  conflictReasonMissing: string;
  conflictConfirmMissing: string;
  conflictDeclared: string;
  conflictDeclaredHelp: string;

  // Reviewer: criteria
  criteriaHeading: string;
  criteriaIntro: string;
  criterion: (number: number, title: string) => string;
  signalsHeading: string;
  signalsNote: string;
  signalMet: string;
  signalMissing: string;
  noSignals: string;
  rating: string;
  comment: string;
  commentHint: string;
  saveIdle: string;
  saving: string;
  saved: (time: string) => string;
  saveFailed: string;
  submit: string;
  submitHelp: string;
  submitting: string;
  ratingMissing: (number: number, title: string) => string;
  submitted: (date: string) => string;
  submittedAnnounce: string;
  othersHidden: string;

  // Both: spread
  spreadHeading: string;
  spreadCaption: string;
  spreadNote: string;
  criterionColumn: string;
  spreadColumn: string;
  spreadValue: (min: string, median: string, max: string) => string;
  noRating: string;
  progress: (submitted: number, expected: number) => string;
  commentsHeading: string;
  noComment: string;
  draftBy: (who: string) => string;
  synthesisHeading: string;
  noSynthesis: string;

  // Organiser: reviewers
  reviewersHeading: string;
  noAssignment: string;
  assessmentStates: Record<'not_started' | 'draft' | 'submitted', string>;
  conflictOf: (date: string, reason: string) => string;
  unassign: string;
  unassignLabel: (email: string) => string;
  assign: string;
  assignLabel: string;
  assignNone: string;
  assignChoose: string;
  assigned: (email: string) => string;
  unassigned: (email: string) => string;

  // Organiser: synthesis
  synthesisLabel: string;
  synthesisHint: string;
  synthesisSave: string;
  synthesisSaved: string;
  synthesisUpdated: (date: string) => string;

  // Organiser: annotations
  annotationsHeading: string;
  annotationsNote: string;
  annotationLabel: string;
  annotationAdd: string;
  annotationAdded: string;
  annotationRemove: string;
  annotationRemoved: string;
  annotationMissing: string;
  noAnnotation: string;
  annotationBy: (email: string, date: string) => string;

  // Organiser: decision
  decisionHeading: string;
  decisionLatest: (action: string, date: string) => string;
  actions: Record<'request_changes' | 'declare_eligible' | 'declare_ineligible' | 'select' | 'reject', string>;
  actionLegend: string;
  actionMissing: string;
  noDecisionNow: (status: string) => string;
  fieldsLegend: string;
  fieldsHint: string;
  fieldsMissing: string;
  documentsField: string;
  reasonsLegend: string;
  reasonsHint: string;
  noRuleReason: string;
  otherReason: string;
  reasonsMissing: string;
  decisionComment: string;
  decisionCommentHint: string;
  selectedCount: (selected: number, max: number) => string;
  capReached: (max: number) => string;
  decide: string;
  decided: (action: string) => string;
  agreementHeading: string;
  agreementDeadline: (date: string) => string;
  agreementSignedOn: (date: string) => string;
  agreementDate: string;
  agreementRecord: string;
  agreementRecorded: (date: string) => string;
  agreementMissing: string;
}

const fr: AssessmentMessages = {
  title: 'Évaluation du dossier',
  loading: 'Chargement de l’évaluation…',
  signedOut: 'Connectez-vous pour évaluer ce dossier.',
  failed: 'L’évaluation n’a pas pu être chargée.',
  retry: 'Réessayer',
  unexpected: 'Une erreur inattendue est survenue. Réessayez.',
  notAllowed: 'Seuls les organisateurs et les examinateurs à qui le dossier est confié peuvent l’évaluer.',
  noScale: 'Cet appel ne prévoit pas d’évaluation des dossiers.',
  summaryTitle: 'Il y a un problème',
  errorPrefix: 'Erreur :',
  sending: 'Envoi…',
  dossierOf: (commune, status) => `Dossier de ${commune} · ${status}`,
  statuses: {
    draft: 'brouillon',
    submitted: 'déposé',
    changes_requested: 'modifications demandées',
    eligible: 'éligible',
    ineligible: 'inéligible',
    selected: 'sélectionné',
    not_selected: 'non retenu',
    withdrawn: 'retiré',
  },

  conflictHeading: 'Conflit d’intérêts',
  conflictHelp:
    'Si vous avez un lien avec la commune ou un partenaire du dossier (famille, employeur, partenariat), déclarez-le : vous ne pourrez plus ouvrir ce dossier et votre évaluation ne sera plus attendue.',
  conflictOpen: 'Déclarer un conflit d’intérêts',
  conflictReason: 'Nature du lien',
  conflictReasonHint: 'Lue par les organisateurs seulement.',
  conflictConfirm: 'Je confirme : je ne pourrai plus ouvrir ce dossier ni l’évaluer.',
  conflictSubmit: 'Confirmer la déclaration',
  conflictCancel: 'Annuler',
  conflictReasonMissing: 'Décrivez la nature du lien.',
  conflictConfirmMissing: 'Cochez la case pour confirmer la déclaration.',
  conflictDeclared: 'Vous avez déclaré un conflit d’intérêts pour ce dossier.',
  conflictDeclaredHelp:
    'Vous ne pouvez plus l’ouvrir et votre évaluation n’est plus attendue. Les organisateurs en sont informés.',

  criteriaHeading: 'Votre évaluation',
  criteriaIntro:
    'Pour chaque critère, choisissez un niveau et expliquez-le. Votre brouillon est enregistré au fil de la saisie. Vous verrez les évaluations des autres membres du comité après avoir envoyé la vôtre.',
  criterion: (number, title) => `Critère ${number} : ${title}`,
  signalsHeading: 'Repères tirés du dossier',
  signalsNote: 'Ces repères signalent ce que le dossier contient ; ils ne sont pas une note.',
  signalMet: 'Présent :',
  signalMissing: 'Absent :',
  noSignals: 'Aucun repère automatique pour ce critère.',
  rating: 'Votre appréciation',
  comment: 'Commentaire',
  commentHint: 'Ce qui justifie votre appréciation, lu par le comité.',
  saveIdle: 'Brouillon à jour.',
  saving: 'Enregistrement…',
  saved: (time) => `Enregistré à ${time}.`,
  saveFailed: 'Brouillon non enregistré : nouvel essai automatique.',
  submit: 'Envoyer mon évaluation',
  submitHelp: 'Une fois envoyée, votre évaluation ne peut plus être modifiée.',
  submitting: 'Envoi…',
  ratingMissing: (number, title) => `Choisissez une appréciation pour le critère ${number} : ${title}.`,
  submitted: (date) => `Évaluation envoyée le ${date}.`,
  submittedAnnounce: 'Évaluation envoyée.',
  othersHidden: 'Les évaluations des autres membres du comité s’affichent après l’envoi de la vôtre.',

  spreadHeading: 'Évaluations du comité',
  spreadCaption: 'Appréciations par critère',
  spreadNote:
    'L’écart indique le minimum, la médiane et le maximum des évaluations envoyées : ce n’est pas un classement.',
  criterionColumn: 'Critère',
  spreadColumn: 'Écart (min – médiane – max)',
  spreadValue: (min, median, max) => `${min} – ${median} – ${max}`,
  noRating: 'Pas de note',
  progress: (submitted, expected) =>
    `${submitted} évaluation${submitted > 1 ? 's' : ''} envoyée${submitted > 1 ? 's' : ''} sur ${expected} attendue${expected > 1 ? 's' : ''}.`,
  commentsHeading: 'Commentaires',
  noComment: 'Pas de commentaire.',
  draftBy: (who) => `${who} (brouillon)`,
  synthesisHeading: 'Synthèse du comité',
  noSynthesis: 'La synthèse n’est pas encore rédigée.',

  reviewersHeading: 'Examinateurs',
  noAssignment: 'Aucun examinateur n’est affecté à ce dossier.',
  assessmentStates: { not_started: 'pas commencée', draft: 'en cours', submitted: 'envoyée' },
  conflictOf: (date, reason) => `Conflit d’intérêts déclaré le ${date} : ${reason}`,
  unassign: 'Retirer',
  unassignLabel: (email) => `Retirer ${email} du dossier`,
  assign: 'Affecter',
  assignLabel: 'Affecter un examinateur',
  assignNone: 'Tous les examinateurs actifs sont déjà affectés.',
  assignChoose: 'Choisissez un examinateur.',
  assigned: (email) => `${email} est affecté au dossier.`,
  unassigned: (email) => `${email} n’est plus affecté au dossier.`,

  synthesisLabel: 'Synthèse',
  synthesisHint: 'Ce que le comité retient du dossier, critère par critère si besoin.',
  synthesisSave: 'Enregistrer la synthèse',
  synthesisSaved: 'Synthèse enregistrée.',
  synthesisUpdated: (date) => `Dernière modification le ${date}.`,

  annotationsHeading: 'Notes privées',
  annotationsNote: 'Note privée, jamais visible de la commune ni des examinateurs.',
  annotationLabel: 'Note privée, jamais visible de la commune',
  annotationAdd: 'Ajouter la note',
  annotationAdded: 'Note ajoutée.',
  annotationRemove: 'Supprimer',
  annotationRemoved: 'Note supprimée.',
  annotationMissing: 'Écrivez la note.',
  noAnnotation: 'Aucune note.',
  annotationBy: (email, date) => `${email}, le ${date}`,

  decisionHeading: 'Décision',
  decisionLatest: (action, date) => `Dernière décision : ${action}, le ${date}.`,
  actions: {
    request_changes: 'Demander des modifications',
    declare_eligible: 'Déclarer éligible',
    declare_ineligible: 'Déclarer inéligible',
    select: 'Sélectionner',
    reject: 'Ne pas retenir',
  },
  actionLegend: 'Décision à prendre',
  actionMissing: 'Choisissez une décision.',
  noDecisionNow: (status) => `Aucune décision ne peut être prise sur un dossier ${status}.`,
  fieldsLegend: 'Champs à modifier',
  fieldsHint: 'La commune verra ces champs signalés dans son formulaire.',
  fieldsMissing: 'Choisissez au moins un champ à modifier.',
  documentsField: 'Pièces jointes',
  reasonsLegend: 'Motifs d’inéligibilité',
  reasonsHint: 'Les motifs tirés des règles de l’appel, et d’autres si besoin.',
  noRuleReason: 'Les règles de l’appel ne relèvent aucun motif d’inéligibilité.',
  otherReason: 'Autre motif',
  reasonsMissing: 'Choisissez ou écrivez au moins un motif.',
  decisionComment: 'Message à la commune',
  decisionCommentHint: 'Joint à l’e-mail de la décision et affiché dans son formulaire.',
  selectedCount: (selected, max) => `${selected} / ${max} sélectionnées`,
  capReached: (max) =>
    `Le maximum de l’appel est atteint : ${max === 1 ? '1 commune est déjà sélectionnée' : `${max} communes sont déjà sélectionnées`}. Aucune autre ne peut l’être.`,
  decide: 'Envoyer la décision',
  decided: (action) => `Décision envoyée : ${action}.`,
  agreementHeading: 'Convention',
  agreementDeadline: (date) => `Convention à signer avant le ${date}.`,
  agreementSignedOn: (date) => `Convention signée le ${date}.`,
  agreementDate: 'Date de signature',
  agreementRecord: 'Enregistrer la signature',
  agreementRecorded: (date) => `Signature du ${date} enregistrée.`,
  agreementMissing: 'Saisissez la date de signature.',
};

export const ASSESSMENT_MESSAGES = lazyTranslations<AssessmentMessages>(fr, {
  en: () => import('./assessment.messages.en.js').then((module) => module.default),
});
