import { lazyTranslations } from '../i18n/translate.js';

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

export const REVIEW_MESSAGES = lazyTranslations<ReviewMessages>(
  {
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
  { en: () => import('./review-feedback.messages.en.js').then((module) => module.default) },
);
