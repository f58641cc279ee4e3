// The English of uploader.messages.later.ts: fetched the first time an English uploader has a chosen file's
// outcome to say; French pages never download it.
import type { LaterMessages } from './uploader.messages.later.js';

const en: LaterMessages = {
  refusedType: (name, types) => `“${name}” was not sent: only these formats are accepted: ${types}.`,
  refusedSize: (name, max) => `“${name}” was not sent: it is larger than the maximum of ${max}.`,
  refusedCount: (max) =>
    `This document is already complete: ${max} file${max > 1 ? 's' : ''} at most. Remove one to replace it.`,
  refusedTotal: (name, max) =>
    `“${name}” was not sent: the application’s documents would exceed ${max} in total, the maximum allowed.`,
  refusedPartner: 'First choose the partner this document comes from.',
  refusedByPlatform: (name, reason) => `“${name}” was refused by the platform. ${reason} Choose another file.`,
  status: { idle: 'Waiting', error: 'Upload failed', refused: 'Refused' },
  secondsLeft: (s) => (s < 60 ? `${s} s left` : `${Math.ceil(s / 60)} min left`),
  retry: (name) => `Retry the upload of ${name}`,
  announceDone: (name) => `${name} uploaded.`,
  announceError: (name, reason) => `Upload of ${name} failed: ${reason}`,
};

export default en;
