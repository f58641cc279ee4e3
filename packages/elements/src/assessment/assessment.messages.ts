import type { Translations } from '../i18n/translate.js';

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

const en: AssessmentMessages = {
  title: 'Assessment of the dossier',
  loading: 'Loading the assessment…',
  signedOut: 'Sign in to assess this dossier.',
  failed: 'The assessment could not be loaded.',
  retry: 'Try again',
  unexpected: 'Something unexpected went wrong. Try again.',
  notAllowed: 'Only organisers and the reviewers the dossier is assigned to can assess it.',
  noScale: 'This call has no assessment of dossiers.',
  summaryTitle: 'There is a problem',
  errorPrefix: 'Error:',
  sending: 'Sending…',
  dossierOf: (commune, status) => `Dossier of ${commune} · ${status}`,
  statuses: {
    draft: 'draft',
    submitted: 'submitted',
    changes_requested: 'changes requested',
    eligible: 'eligible',
    ineligible: 'ineligible',
    selected: 'selected',
    not_selected: 'not selected',
    withdrawn: 'withdrawn',
  },

  conflictHeading: 'Conflict of interest',
  conflictHelp:
    'If you have a tie with the commune or a partner of the dossier (family, employer, partnership), declare it: you will no longer open this dossier and your assessment will no longer be expected.',
  conflictOpen: 'Declare a conflict of interest',
  conflictReason: 'Nature of the tie',
  conflictReasonHint: 'Read by the organisers only.',
  conflictConfirm: 'I confirm: I will no longer open or assess this dossier.',
  conflictSubmit: 'Confirm the declaration',
  conflictCancel: 'Cancel',
  conflictReasonMissing: 'Describe the nature of the tie.',
  conflictConfirmMissing: 'Tick the box to confirm the declaration.',
  conflictDeclared: 'You declared a conflict of interest for this dossier.',
  conflictDeclaredHelp:
    'You can no longer open it and your assessment is no longer expected. The organisers are informed.',

  criteriaHeading: 'Your assessment',
  criteriaIntro:
    'For each criterion, choose a level and explain it. Your draft is saved as you type. You will see the other committee members’ assessments once you have sent yours.',
  criterion: (number, title) => `Criterion ${number}: ${title}`,
  signalsHeading: 'Pointers from the dossier',
  signalsNote: 'These pointers show what the dossier contains; they are not a score.',
  signalMet: 'Present:',
  signalMissing: 'Missing:',
  noSignals: 'No automatic pointer for this criterion.',
  rating: 'Your rating',
  comment: 'Comment',
  commentHint: 'What justifies your rating, read by the committee.',
  saveIdle: 'Draft up to date.',
  saving: 'Saving…',
  saved: (time) => `Saved at ${time}.`,
  saveFailed: 'Draft not saved: trying again automatically.',
  submit: 'Send my assessment',
  submitHelp: 'Once sent, your assessment can no longer be changed.',
  submitting: 'Sending…',
  ratingMissing: (number, title) => `Choose a rating for criterion ${number}: ${title}.`,
  submitted: (date) => `Assessment sent on ${date}.`,
  submittedAnnounce: 'Assessment sent.',
  othersHidden: 'The other committee members’ assessments show once you have sent yours.',

  spreadHeading: 'The committee’s assessments',
  spreadCaption: 'Ratings per criterion',
  spreadNote: 'The spread gives the minimum, median and maximum of the assessments sent: it is not a ranking.',
  criterionColumn: 'Criterion',
  spreadColumn: 'Spread (min – median – max)',
  spreadValue: (min, median, max) => `${min} – ${median} – ${max}`,
  noRating: 'No rating',
  progress: (submitted, expected) =>
    `${submitted} assessment${submitted === 1 ? '' : 's'} sent out of ${expected} expected.`,
  commentsHeading: 'Comments',
  noComment: 'No comment.',
  draftBy: (who) => `${who} (draft)`,
  synthesisHeading: 'The committee’s synthesis',
  noSynthesis: 'The synthesis is not written yet.',

  reviewersHeading: 'Reviewers',
  noAssignment: 'No reviewer is assigned to this dossier.',
  assessmentStates: { not_started: 'not started', draft: 'in progress', submitted: 'sent' },
  conflictOf: (date, reason) => `Conflict of interest declared on ${date}: ${reason}`,
  unassign: 'Remove',
  unassignLabel: (email) => `Remove ${email} from the dossier`,
  assign: 'Assign',
  assignLabel: 'Assign a reviewer',
  assignNone: 'Every active reviewer is already assigned.',
  assignChoose: 'Choose a reviewer.',
  assigned: (email) => `${email} is assigned to the dossier.`,
  unassigned: (email) => `${email} is no longer assigned to the dossier.`,

  synthesisLabel: 'Synthesis',
  synthesisHint: 'What the committee retains of the dossier, criterion by criterion if needed.',
  synthesisSave: 'Save the synthesis',
  synthesisSaved: 'Synthesis saved.',
  synthesisUpdated: (date) => `Last changed on ${date}.`,

  annotationsHeading: 'Private notes',
  annotationsNote: 'Private note, never visible to the commune or the reviewers.',
  annotationLabel: 'Private note, never visible to the commune',
  annotationAdd: 'Add the note',
  annotationAdded: 'Note added.',
  annotationRemove: 'Delete',
  annotationRemoved: 'Note deleted.',
  annotationMissing: 'Write the note.',
  noAnnotation: 'No note.',
  annotationBy: (email, date) => `${email}, on ${date}`,

  decisionHeading: 'Decision',
  decisionLatest: (action, date) => `Latest decision: ${action}, on ${date}.`,
  actions: {
    request_changes: 'Request changes',
    declare_eligible: 'Declare eligible',
    declare_ineligible: 'Declare ineligible',
    select: 'Select',
    reject: 'Do not select',
  },
  actionLegend: 'Decision to take',
  actionMissing: 'Choose a decision.',
  noDecisionNow: (status) => `No decision can be taken on a dossier that is ${status}.`,
  fieldsLegend: 'Fields to change',
  fieldsHint: 'The commune will see these fields marked in its form.',
  fieldsMissing: 'Choose at least one field to change.',
  documentsField: 'Attached documents',
  reasonsLegend: 'Reasons for ineligibility',
  reasonsHint: 'The reasons drawn from the call’s rules, and others if needed.',
  noRuleReason: 'The call’s rules find no reason for ineligibility.',
  otherReason: 'Other reason',
  reasonsMissing: 'Choose or write at least one reason.',
  decisionComment: 'Message to the commune',
  decisionCommentHint: 'Sent with the decision’s e-mail and shown in its form.',
  selectedCount: (selected, max) => `${selected} / ${max} selected`,
  capReached: (max) =>
    `The call’s maximum is reached: ${max === 1 ? '1 commune is' : `${max} communes are`} already selected. No other can be.`,
  decide: 'Send the decision',
  decided: (action) => `Decision sent: ${action}.`,
  agreementHeading: 'Agreement',
  agreementDeadline: (date) => `Agreement to be signed by ${date}.`,
  agreementSignedOn: (date) => `Agreement signed on ${date}.`,
  agreementDate: 'Date of signature',
  agreementRecord: 'Record the signature',
  agreementRecorded: (date) => `Signature of ${date} recorded.`,
  agreementMissing: 'Enter the date of signature.',
};

export const ASSESSMENT_MESSAGES: Translations<AssessmentMessages> = { fr, en };
