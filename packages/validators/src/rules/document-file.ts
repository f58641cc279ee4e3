import type { CallDefinition, DocumentKindRule, ErrorCode, Lang } from '@qmi/core';
import type { Params } from '../units.js';
import { REFUSAL_MESSAGES } from '../refusal-messages.js';
import { acceptedList, countAllowed, partnerTied, sizeAllowed, totalAllowed, typeAccepted } from './document-limits.js';
import { mediaTypeOfName } from './media-types.js';
import type { EvaluableApplication } from './types.js';

/** The document rules one file can break, by the ids the dossier rules report them with. */
export type DocumentFileRule =
  'documents.type' | 'documents.size' | 'documents.count' | 'documents.total-size' | 'documents.partner-link';

/** The platform's refusal code of each (the problem+json `code`; its HTTP status is in ERROR_CODES). */
export const REFUSAL_CODES = {
  'documents.type': 'document_type_not_accepted',
  'documents.size': 'document_too_large',
  'documents.count': 'document_limit_reached',
  'documents.total-size': 'document_total_exceeded',
  'documents.partner-link': 'partner_unknown',
} as const satisfies Record<DocumentFileRule, ErrorCode>;
/** The platform's refusal code (problem+json `code`) of a file that breaks a document rule. */
export type DocumentRefusalCode = (typeof REFUSAL_CODES)[DocumentFileRule];

/** What the file checks read of the call: its limit on the dossier's documents together (a page may know no more). */
export type CallLimits = Pick<CallDefinition, 'maxTotalDocumentBytes'>;

/** A file about to join a dossier, as a page picks it or an upload announces it. */
export interface DocumentFile {
  /** Its name: the extension says its format (the platform checks the bytes themselves later). */
  name: string;
  size: number;
  /** For per-partner kinds: the declared partner it comes from. */
  partnerId?: string | undefined;
}

/** What the dossier already holds, that the file would add to. */
export interface DocumentUsage {
  /** Files of the file's kind (a page may count the ones still on their way). */
  count: number;
  /** Bytes of all the dossier's documents. */
  totalBytes: number;
}

export interface DossierDocuments extends DocumentUsage {
  /** Ids of the dossier's declared partners. */
  partnerIds: readonly string[];
}

/**
 * Why a file may not join the dossier, as the platform refuses it: the rule broken, its refusal code, the
 * reason in the language asked, and the limits a client needs to explain it.
 */
export interface DocumentRefusal {
  rule: DocumentFileRule;
  code: DocumentRefusalCode;
  /** The reason, in the language asked: the platform's problem `detail`. */
  message: string;
  params: Params;
  /** The limits a client needs to explain or avoid the refusal: the problem's extension members. */
  extra: Record<string, unknown>;
}

const refusal = (
  rule: DocumentFileRule,
  params: Params,
  extra: Record<string, unknown>,
  lang: Lang,
): DocumentRefusal => ({
  rule,
  code: REFUSAL_CODES[rule],
  message: REFUSAL_MESSAGES[lang][rule](params, lang),
  params,
  extra,
});

/**
 * The limits that depend on the dossier's other files (the kind's count, then the dossier's total),
 * which can change while a file is on its way: judged before it is sent and again at its last byte.
 */
export function checkDocumentLimits(
  call: CallLimits,
  kind: DocumentKindRule,
  file: Pick<DocumentFile, 'size'>,
  usage: DocumentUsage,
  lang: Lang = 'fr',
): DocumentRefusal | undefined {
  if (!countAllowed(kind, usage.count + 1)) {
    return refusal(
      'documents.count',
      { kind: kind.title[lang], max: kind.maxCount, count: usage.count },
      { maxCount: kind.maxCount },
      lang,
    );
  }
  const total = usage.totalBytes + file.size;
  if (!totalAllowed(call, total)) {
    const max = call.maxTotalDocumentBytes;
    return refusal(
      'documents.total-size',
      { max, total },
      { maxTotalDocumentBytes: max, usedBytes: usage.totalBytes },
      lang,
    );
  }
  return undefined;
}

/**
 * Whether a file may join a dossier: its size, the kind's count, the dossier's total, its partner,
 * its format by name, in that order, and the first fault only. The platform answers an upload with
 * this refusal (code, detail, extension members); a page may run it before sending a byte.
 */
export function checkDocumentFile(
  call: CallLimits,
  kind: DocumentKindRule,
  file: DocumentFile,
  dossier: DossierDocuments,
  lang: Lang = 'fr',
): DocumentRefusal | undefined {
  const params = { kind: kind.title[lang], filename: file.name };
  if (!sizeAllowed(kind, file.size)) {
    return refusal(
      'documents.size',
      { ...params, max: kind.maxSizeBytes, size: file.size },
      { maxSizeBytes: kind.maxSizeBytes, sizeBytes: file.size },
      lang,
    );
  }
  const limits = checkDocumentLimits(call, kind, file, dossier, lang);
  if (limits) return limits;
  if (!partnerTied(kind, file.partnerId, dossier.partnerIds)) {
    return refusal('documents.partner-link', params, { partners: [...dossier.partnerIds] }, lang);
  }
  if (!typeAccepted(kind, mediaTypeOfName(file.name))) {
    return refusal(
      'documents.type',
      { ...params, accepted: acceptedList(kind) },
      { acceptedTypes: kind.acceptedTypes },
      lang,
    );
  }
  return undefined;
}

/** What a dossier holds for a kind, for a page that has the dossier at hand. */
export function dossierDocuments(application: EvaluableApplication, kindId: string): DossierDocuments {
  const documents = application.documents ?? [];
  return {
    count: documents.filter((doc) => doc.kind === kindId).length,
    totalBytes: documents.reduce((sum, doc) => sum + doc.sizeBytes, 0),
    partnerIds: (application.partners ?? []).map((partner) => partner.id),
  };
}
