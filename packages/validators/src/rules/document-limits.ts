import { type CallDefinition, type DocumentKindRule, mediaTypeName } from '@qmi/core';

/**
 * The document limits of a call, each judged here and only here: by the dossier rules (a dossier
 * as it stands) and by the check of one file before it joins the dossier (the platform at upload,
 * a page at pick). A limit changed here changes both.
 */

export const typeAccepted = (kind: DocumentKindRule, mediaType: string | undefined): boolean =>
  mediaType !== undefined && kind.acceptedTypes.includes(mediaType);

export const sizeAllowed = (kind: DocumentKindRule, bytes: number): boolean => bytes <= kind.maxSizeBytes;

/** At most the kind's maximum of files (the minimum is a dossier's concern, not a file's). */
export const countAllowed = (kind: DocumentKindRule, count: number): boolean => count <= kind.maxCount;

export const totalAllowed = (call: Pick<CallDefinition, 'maxTotalDocumentBytes'>, bytes: number): boolean =>
  bytes <= call.maxTotalDocumentBytes;

/** A per-partner document names one of the dossier's declared partners; other kinds need none. */
export const partnerTied = (
  kind: DocumentKindRule,
  partnerId: string | undefined,
  declared: readonly string[],
): boolean => !kind.perPartner || (!!partnerId && declared.includes(partnerId));

/** The kind's formats as people name them: "PDF, JPEG, PNG". */
export const acceptedList = (kind: DocumentKindRule): string =>
  kind.acceptedTypes.map((type) => mediaTypeName(type)).join(', ');
