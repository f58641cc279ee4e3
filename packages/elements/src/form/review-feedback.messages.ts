import type { Translations } from '../i18n/translate.js';

/**
 * Every string of what the organisers say to the commune in its form: changes requested, their
 * comments per section, the request for advice, and the decision on the dossier.
 */
export interface ReviewMessages {
  changesTitle: string;
  changesIntro: string;
  organisersSaid: string;
  requestedList: string;
  /** Next to a field (or a section) the organisers asked to change. */
  requestedMarker: string;
  resubmit: string;
  commentsTitle: string;
  commentLine: (date: string) => string;
  resolvedLine: (date: string) => string;
  resolve: string;
  resolving: string;
  resolved: string;
  resolveFailed: string;
  adviceTitle: string;
  adviceIntro: string;
  adviceAsk: string;
  adviceDialogTitle: string;
  adviceMessage: string;
  adviceHint: string;
  adviceSend: string;
  adviceSending: string;
  adviceCancel: string;
  adviceEmpty: string;
  adviceSent: string;
  adviceOpen: (date: string) => string;
  adviceAnswered: (date: string) => string;
  adviceFailed: string;
  errorPrefix: string;
  decisionTitle: Record<'eligible' | 'ineligible' | 'selected' | 'not_selected', string>;
  eligible: string;
  training: string;
  ineligible: string;
  reasons: string;
  selected: string;
  agreementBy: (date: string) => string;
  agreementRule: string;
  notSelected: string;
  decidedOn: (date: string) => string;
}

export const REVIEW_MESSAGES: Translations<ReviewMessages> = {
  fr: {
    changesTitle: 'Modifications demandées par les organisateurs',
    changesIntro:
      'Les organisateurs vous ont renvoyé le dossier pour que vous le complétiez. Modifiez les éléments ci-dessous, puis envoyez à nouveau la candidature.',
    organisersSaid: 'Message des organisateurs',
    requestedList: 'Éléments à modifier',
    requestedMarker: 'À modifier à la demande des organisateurs',
    resubmit: 'Une fois les modifications faites, envoyez à nouveau la candidature en bas de la page.',
    commentsTitle: 'Avis des organisateurs',
    commentLine: (date) => `Commentaire du ${date}`,
    resolvedLine: (date) => `Traité le ${date}`,
    resolve: 'Marquer comme traité',
    resolving: 'Enregistrement…',
    resolved: 'Commentaire marqué comme traité.',
    resolveFailed: 'Le commentaire n’a pas pu être marqué comme traité. Réessayez.',
    adviceTitle: 'Accompagnement',
    adviceIntro:
      'Avant la date limite, les organisateurs peuvent relire votre brouillon et vous donner leur avis, partie par partie. Leurs commentaires s’affichent à côté de chaque partie du formulaire.',
    adviceAsk: 'Demander un avis aux organisateurs',
    adviceDialogTitle: 'Demander un avis aux organisateurs',
    adviceMessage: 'Votre message aux organisateurs',
    adviceHint: 'Dites sur quelles parties vous aimeriez leur avis, ou ce qui vous fait hésiter.',
    adviceSend: 'Envoyer la demande',
    adviceSending: 'Envoi…',
    adviceCancel: 'Annuler',
    adviceEmpty: 'Écrivez votre message aux organisateurs.',
    adviceSent: 'Demande d’avis envoyée aux organisateurs.',
    adviceOpen: (date) => `Vous avez demandé un avis le ${date} : les organisateurs vous répondront ici.`,
    adviceAnswered: (date) => `Les organisateurs ont répondu à votre demande d’avis le ${date}.`,
    adviceFailed: 'La demande n’a pas pu être envoyée. Réessayez.',
    errorPrefix: 'Erreur :',
    decisionTitle: {
      eligible: 'Dossier complet et recevable',
      ineligible: 'Dossier non recevable',
      selected: 'Votre commune est lauréate',
      not_selected: 'Votre commune n’a pas été retenue',
    },
    eligible:
      'Les organisateurs ont déclaré votre dossier complet et recevable : il est étudié par le comité de sélection.',
    training:
      'Votre commune est invitée à la formation de deux jours à l’expérimentation urbaine, ouverte à toutes les communes dont le dossier est complet et recevable. Les organisateurs vous en communiquent les dates.',
    ineligible: 'Les organisateurs ont déclaré votre dossier non recevable.',
    reasons: 'Motifs',
    selected: 'Le comité de sélection a retenu votre commune. Félicitations !',
    agreementBy: (date) => `Convention à signer avant le ${date}.`,
    agreementRule: 'La convention avec les organisateurs est signée dans le mois qui suit la notification.',
    notSelected:
      'Merci pour votre candidature. Le comité de sélection n’a pas retenu votre commune cette fois-ci ; la formation de deux jours à l’expérimentation urbaine vous reste ouverte.',
    decidedOn: (date) => `Décision du ${date}.`,
  },
  en: {
    changesTitle: 'Changes requested by the organisers',
    changesIntro:
      'The organisers sent the application back for you to complete. Change the items below, then submit the application again.',
    organisersSaid: 'Message from the organisers',
    requestedList: 'Items to change',
    requestedMarker: 'To change at the organisers’ request',
    resubmit: 'Once you have made the changes, submit the application again at the bottom of the page.',
    commentsTitle: 'Organisers’ advice',
    commentLine: (date) => `Comment of ${date}`,
    resolvedLine: (date) => `Dealt with on ${date}`,
    resolve: 'Mark as dealt with',
    resolving: 'Saving…',
    resolved: 'Comment marked as dealt with.',
    resolveFailed: 'The comment could not be marked as dealt with. Try again.',
    adviceTitle: 'Support',
    adviceIntro:
      'Before the deadline, the organisers can read your draft and give you their advice, part by part. Their comments show next to each part of the form.',
    adviceAsk: 'Ask the organisers for advice',
    adviceDialogTitle: 'Ask the organisers for advice',
    adviceMessage: 'Your message to the organisers',
    adviceHint: 'Say which parts you would like their advice on, or what you are unsure about.',
    adviceSend: 'Send the request',
    adviceSending: 'Sending…',
    adviceCancel: 'Cancel',
    adviceEmpty: 'Write your message to the organisers.',
    adviceSent: 'Request for advice sent to the organisers.',
    adviceOpen: (date) => `You asked for advice on ${date}: the organisers will answer here.`,
    adviceAnswered: (date) => `The organisers answered your request for advice on ${date}.`,
    adviceFailed: 'The request could not be sent. Try again.',
    errorPrefix: 'Error:',
    decisionTitle: {
      eligible: 'Application complete and admissible',
      ineligible: 'Application not admissible',
      selected: 'Your commune is a laureate',
      not_selected: 'Your commune was not selected',
    },
    eligible:
      'The organisers declared your application complete and admissible: the selection committee is studying it.',
    training:
      'Your commune is invited to the two-day training in urban experimentation, open to every commune whose application is complete and admissible. The organisers will send you its dates.',
    ineligible: 'The organisers declared your application not admissible.',
    reasons: 'Reasons',
    selected: 'The selection committee chose your commune. Congratulations!',
    agreementBy: (date) => `Agreement to sign by ${date}.`,
    agreementRule: 'The agreement with the organisers is signed within one month of the notification.',
    notSelected:
      'Thank you for applying. The selection committee did not choose your commune this time; the two-day training in urban experimentation remains open to you.',
    decidedOn: (date) => `Decision of ${date}.`,
  },
};
