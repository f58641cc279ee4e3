import type { ApplicationChange } from '../client/application-save.js';
import type { JsonPatchOperation } from '../json-patch.js';
import { jsonPointer } from '../json-pointer.js';
import { applyMergePatch, isJsonObject, jsonEqual } from '../merge-patch.js';
import { getPath, patchOf, setPath } from '../paths.js';
import type { ApplicationDraftContent } from '../schemas/application.js';
import type { PendingEdit } from './journal.js';

type Keys = Array<string | number>;

/**
 * What a save of `edits` sends, on the dossier `base` they were made on (the one If-Match names).
 *
 * Edits stay per field, as the journal, the rebase and the conflicts know them ("partners" is one
 * field): only the wire changes. A merge patch re-sends a list whole (RFC 7396), so when an edited list
 * keeps its items' ids in the same order (one partner's e-mail changed), the save is a JSON Patch of
 * the members that changed inside the items (`replace /partners/3/email`), with the batch's other
 * fields written as the merge patch would write them. A list whose items were added, removed or
 * reordered, or a batch without such a list, goes as today's merge patch; and so does a JSON Patch that
 * would come out longer (a list rewritten item by item). Either way the server ends with the same
 * dossier, guarded by the same If-Match, so a 412 and its rebase are as they were.
 */
export function changeOf(base: ApplicationDraftContent, edits: readonly PendingEdit[]): ApplicationChange {
  const mergePatch = patchOf(edits);
  if (!edits.some((edit) => keyedAlike(getPath(base, edit.path), edit.value))) return { mergePatch };
  const jsonPatch = edits.flatMap((edit) => {
    const keys = edit.path.split('.');
    const before = getPath(base, keys);
    return keyedAlike(before, edit.value)
      ? before.flatMap((item, i) => replaceOps(item, (edit.value as unknown[])[i], [...keys, i]))
      : mergeOps(base, keys, edit.value);
  });
  return JSON.stringify(jsonPatch).length < JSON.stringify(mergePatch).length ? { jsonPatch } : { mergePatch };
}

/** Two lists of items with ids, the same ids in the same order: their changes lie inside the items. */
function keyedAlike(before: unknown, after: unknown): before is unknown[] {
  if (!Array.isArray(before) || !Array.isArray(after) || before.length !== after.length || before.length === 0)
    return false;
  return before.every((item, i) => {
    const other: unknown = after[i];
    return isJsonObject(item) && isJsonObject(other) && typeof item.id === 'string' && item.id === other.id;
  });
}

const present = (object: Record<string, unknown>, key: string) => object[key] !== undefined;

/** The operations that make `before` exactly `after` (an item of a list, replaced whole by a merge patch). */
function replaceOps(before: unknown, after: unknown, at: Keys): JsonPatchOperation[] {
  if (jsonEqual(before, after)) return [];
  if (!isJsonObject(before) || !isJsonObject(after)) return [{ op: 'replace', path: jsonPointer(at), value: after }];
  const ops: JsonPatchOperation[] = [];
  for (const key of Object.keys(before))
    if (present(before, key) && !present(after, key)) ops.push({ op: 'remove', path: jsonPointer([...at, key]) });
  for (const [key, value] of Object.entries(after)) {
    if (value === undefined) continue;
    if (!present(before, key)) ops.push({ op: 'add', path: jsonPointer([...at, key]), value });
    else ops.push(...replaceOps(before[key], value, [...at, key]));
  }
  return ops;
}

/**
 * The operations that write `value` at the dotted `keys` of `document` as a merge patch would (RFC 7396):
 * objects met on the way are created when missing, an object value is merged member by member, null removes.
 */
function mergeOps(document: unknown, keys: Keys, value: unknown): JsonPatchOperation[] {
  const [key, ...rest] = keys as [string, ...string[]];
  const current = isJsonObject(document) ? document[key] : undefined;
  const at = jsonPointer([key]);
  const patch = rest.length > 0 ? setPath({}, rest, value, { nulls: 'keep' }) : value;
  if (isJsonObject(patch) && isJsonObject(current)) {
    // Both objects: merged member by member, each member's operations under this key.
    return Object.entries(patch).flatMap(([member, v]) =>
      mergeOps(current, [member], v ?? null).map((op) => ({ ...op, path: at + op.path })),
    );
  }
  if (patch === null || patch === undefined) return current === undefined ? [] : [{ op: 'remove', path: at }];
  // Written where no object was: what the merge patch leaves there (its nulls dropped, RFC 7396 section 2).
  const written = applyMergePatch(undefined, patch);
  if (jsonEqual(current, written)) return [];
  return [{ op: current === undefined ? 'add' : 'replace', path: at, value: written }];
}
