import type { DocumentKindRule, Lang } from '@qmi/core';
import { checkDocumentFile, type DocumentRefusal, type DossierDocuments } from '@qmi/validators';

/*
 * Loaded with import() when a person reaches the picker (see `uploader.pick-chunk.ts`), not with the
 * page: an uploader that nobody uses (a dossier read, its files listed) never needs the platform's rules,
 * nor core's DocumentUpload that sends a file (its tus engine comes later still, as the upload starts).
 */

// What makes, starts and follows a chosen file's upload (core's DocumentUpload).
export { beginUpload } from './uploader.upload.js';
// The words of what happens once a file is chosen: refusals, failures, the end of an upload.
export { LATER_FR, laterEnglish, refusedWords } from './uploader.messages.later.js';

/** What the uploader knows of the dossier when a file is picked. */
export interface PickContext {
  /** The call's limit on all the dossier's documents together; unknown (Infinity) when the page gave no call. */
  maxTotalBytes: number;
  /** Files of the kind recorded or on their way (neither finished nor failed). */
  activeCount: number;
  /** Bytes of the dossier's documents, with the files on their way. */
  totalBytes: number;
  /** Ids of the dossier's declared partners. */
  partnerIds: readonly string[];
  /** The partner chosen for a per-partner kind ('' when none). */
  partnerId: string;
}

/**
 * Checks a picked file before any byte is sent, with the platform's own check (@qmi/validators'
 * `checkDocumentFile`: its order, rule ids, codes and words), on what the page knows of the dossier.
 */
export function pickRefusal(
  file: Pick<File, 'name' | 'size'>,
  rule: DocumentKindRule,
  context: PickContext,
  lang: Lang,
): DocumentRefusal | undefined {
  const dossier: DossierDocuments = {
    count: context.activeCount,
    totalBytes: context.totalBytes,
    partnerIds: context.partnerIds,
  };
  const partnerId = rule.perPartner && context.partnerId ? context.partnerId : undefined;
  return checkDocumentFile(
    { maxTotalDocumentBytes: context.maxTotalBytes },
    rule,
    { name: file.name, size: file.size, partnerId },
    dossier,
    lang,
  );
}
