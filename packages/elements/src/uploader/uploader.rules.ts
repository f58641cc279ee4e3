import { type DocumentKindRule, type Lang, mediaTypeName } from '@qmi/core';
import { checkDocumentFile, type DocumentRefusal, type DossierDocuments, MEDIA_TYPE_EXTENSIONS } from '@qmi/validators';

/** The kind's formats as people name them ("PDF, ODT, DOCX"). */
export const typeNames = (rule: DocumentKindRule): string =>
  rule.acceptedTypes.map((type) => mediaTypeName(type)).join(', ');

/**
 * The file input's `accept`: the media types and their extensions (a file picker filters on either),
 * from the table the platform judges a file's name on.
 */
export const acceptOf = (rule: DocumentKindRule): string =>
  rule.acceptedTypes
    .flatMap((type) => [type, ...(MEDIA_TYPE_EXTENSIONS[type] ?? []).map((extension) => `.${extension}`)])
    .join(',');

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

/**
 * Where the focus goes when the focused control left with a render, as row keys to try in order: the
 * same row (pause gives way to resume), the recorded document a sent file became, the next rows (then
 * the previous ones, nearest first); when the focus was outside the rows (the picker left: the kind is
 * full now), the newest row first. The file input comes after all of these.
 */
export function focusCandidates(
  before: { row: string | undefined; rows: readonly string[] },
  became: ReadonlyMap<string, string>,
  rowsNow: readonly string[],
): string[] {
  if (!before.row) return [...rowsNow].reverse();
  const at = before.rows.indexOf(before.row);
  const next = before.rows.slice(at + 1);
  const previous = before.rows.slice(0, Math.max(at, 0)).reverse();
  const document = became.get(before.row);
  return [before.row, ...(document ? [document] : []), ...next, ...previous];
}
