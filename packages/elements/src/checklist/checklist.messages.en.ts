// The English strings: a module of their own, loaded the first time an element of the page speaks English
// (see lazyTranslations in i18n/translate.ts); French pages never download them.
import type { ChecklistMessages } from './checklist.messages.js';

const en: ChecklistMessages = {
  titleCall: 'What the call asks for',
  titleDossier: 'Where your application stands',
  loading: 'Loading…',
  failed: (reason) => `The call’s information could not be loaded: ${reason}`,
  noCall: 'No call is given.',
  eligibility: 'Eligibility',
  condition: {
    territory: (territory) => `Be a member commune of the ${territory}.`,
    excluded: (names) => `Not be a laureate of the 1st edition (${names}).`,
    deadline: (when) => `Send the complete application by ${when} at the latest.`,
    onePerCommune: 'One application per commune.',
  },
  zone: (city) => `(${city} time)`,
  parts: (count) => `The ${count} parts of the application`,
  formPart: 'The application form',
  formPartDescription: 'To fill in online, in several sections:',
  documentRules: (types, size, count) => `Accepted formats: ${types}. Maximum size: ${size} per file. ${count}`,
  count: (min, max) =>
    min === max
      ? `Exactly ${min} file${min > 1 ? 's' : ''}.`
      : min === 0
        ? `Optional, at most ${max} file${max > 1 ? 's' : ''}.`
        : `From ${min} to ${max} files.`,
  perPartner: 'One document per declared partner.',
  criteria: 'Selection criteria',
  criterion: (number, title) => `Criterion ${number}: ${title}`,
  criterionStatus: { not_started: 'Not started', partial: 'Partly addressed', ready: 'Addressed' },
  met: 'Done',
  unmet: 'To do',
  signals: (met, total) => `${met} of ${total} pointer${total > 1 ? 's' : ''}`,
  eligible: 'Your commune may apply.',
  notEligible: 'Your commune cannot apply as things stand:',
  completeness: 'Completeness',
  complete: 'Every required field and document is there.',
  missing: (count) => (count === 1 ? '1 item left to complete:' : `${count} items left to complete:`),
  warnings: 'To check (does not prevent sending)',
  infos: 'For your information',
  ready: 'Ready to send',
  toComplete: (count) => (count === 1 ? '1 item to complete' : `${count} items to complete`),
  blocked: 'Cannot apply as things stand: see eligibility',
  noteLabel: 'Pointers, not a score:',
};

export default en;
