// The English strings: a module of their own, loaded the first time an element of the page speaks English
// (see lazyTranslations in i18n/translate.ts); French pages never download them.
import type { ReviewMessages } from './review-feedback.messages.js';

const en: ReviewMessages = {
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
  eligible: 'The organisers declared your application complete and admissible: the selection committee is studying it.',
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
};

export default en;
