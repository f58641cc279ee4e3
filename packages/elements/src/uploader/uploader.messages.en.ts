// The English strings: a module of their own, loaded the first time an element of the page speaks English
// (see lazyTranslations in i18n/translate.ts); French pages never download them.
import type { UploaderMessages } from './uploader.messages.js';

const en: UploaderMessages = {
  choose: 'Choose a file',
  chooseAnother: 'Add another file',
  chooseOther: 'Choose another file',
  chooseFor: (choose, kind) => `${choose}: ${kind}`,
  drop: 'or drop it here',
  rules: (types, max, count) => `Accepted formats: ${types}. Maximum size: ${max} per file. ${count}`,
  count: (min, max) =>
    min === max ? `Exactly ${min} file.` : min === 0 ? `${max} files at most.` : `${min} to ${max} files.`,
  partner: 'Partner concerned',
  partnerHint: 'Each support document is tied to the partner who signed it.',
  choosePartner: 'Choose a partner…',
  noPartner: 'First declare your partners in the “Local partners” section.',
  status: {
    uploading: 'Uploading',
    paused: 'Paused',
    retrying: 'Connection lost, trying again…',
    complete: 'Uploaded',
  },
  progress: (percent, speed, left) => `${percent}%${speed ? ` — ${speed}/s` : ''}${left ? ` — ${left}` : ''}`,
  pause: (name) => `Pause the upload of ${name}`,
  resume: (name) => `Resume the upload of ${name}`,
  remove: (name) => `Remove ${name}`,
  cancel: (name) => `Cancel the upload of ${name}`,
  from: (partner) => `Partner: ${partner}`,
  interrupted: (name) =>
    `The upload of “${name}” was interrupted. Choose this file again: the upload will resume where it stopped.`,
  announceStart: (name) => `Upload of ${name} started.`,
  announcePaused: (name) => `Upload of ${name} paused.`,
  announceResumed: (name) => `Upload of ${name} resumed.`,
  announceCancelled: (name) => `Upload of ${name} cancelled.`,
  announceRemoved: (name) => `${name} removed.`,
  announceRemoveError: (name, reason) => `${name} was not removed: ${reason}`,
  files: (kind) => `Files: ${kind}`,
};

export default en;
