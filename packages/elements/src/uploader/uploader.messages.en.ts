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
  refusedType: (name, types) => `“${name}” was not sent: only these formats are accepted: ${types}.`,
  refusedSize: (name, max) => `“${name}” was not sent: it is larger than the maximum of ${max}.`,
  refusedCount: (max) =>
    `This document is already complete: ${max} file${max > 1 ? 's' : ''} at most. Remove one to replace it.`,
  refusedTotal: (name, max) =>
    `“${name}” was not sent: the application’s documents would exceed ${max} in total, the maximum allowed.`,
  refusedPartner: 'First choose the partner this document comes from.',
  refusedByPlatform: (name, reason) => `“${name}” was refused by the platform. ${reason} Choose another file.`,
  status: {
    idle: 'Waiting',
    uploading: 'Uploading',
    paused: 'Paused',
    retrying: 'Connection lost, trying again…',
    complete: 'Uploaded',
    error: 'Upload failed',
    refused: 'Refused',
  },
  progress: (percent, speed, left) => `${percent}%${speed ? ` — ${speed}/s` : ''}${left ? ` — ${left}` : ''}`,
  secondsLeft: (s) => (s < 60 ? `${s} s left` : `${Math.ceil(s / 60)} min left`),
  pause: (name) => `Pause the upload of ${name}`,
  resume: (name) => `Resume the upload of ${name}`,
  retry: (name) => `Retry the upload of ${name}`,
  remove: (name) => `Remove ${name}`,
  cancel: (name) => `Cancel the upload of ${name}`,
  from: (partner) => `Partner: ${partner}`,
  interrupted: (name) =>
    `The upload of “${name}” was interrupted. Choose this file again: the upload will resume where it stopped.`,
  announceStart: (name) => `Upload of ${name} started.`,
  announceDone: (name) => `${name} uploaded.`,
  announceError: (name, reason) => `Upload of ${name} failed: ${reason}`,
  announcePaused: (name) => `Upload of ${name} paused.`,
  announceResumed: (name) => `Upload of ${name} resumed.`,
  announceCancelled: (name) => `Upload of ${name} cancelled.`,
  announceRemoved: (name) => `${name} removed.`,
  announceRemoveError: (name, reason) => `${name} was not removed: ${reason}`,
  files: (kind) => `Files: ${kind}`,
};

export default en;
