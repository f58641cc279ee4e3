import { type DocumentKindRule, mediaTypeName } from '@qmi/core';
import { MEDIA_TYPE_EXTENSIONS } from '@qmi/validators/media-types';

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
