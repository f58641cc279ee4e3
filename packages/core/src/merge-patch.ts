/**
 * JSON Merge Patch (RFC 7396): the format of every dossier save. A patch names only what
 * changed, so editing a field costs a few bytes whatever the size of the dossier; an edit inside
 * a list (a partner, a sector) re-sends that list, since RFC 7396 replaces arrays whole.
 */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
/** A JSON object: string keys, JSON values. */
export type JsonObject = { [key: string]: JsonValue };

/**
 * The merge patch of a document of type `T`: every member optional, `null` removes it, objects are
 * patched member by member, arrays and values replaced whole (RFC 7396). A member `T` does not have,
 * or a value of the wrong type, is a compile error.
 */
export type MergePatch<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: MergePatch<Exclude<T[K], undefined>> | null }
    : T;

/**
 * Whether a value is a JSON object (an object that is neither `null` nor an array): what RFC 7396 merges key
 * by key.
 */
export const isJsonObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Applies a merge patch to a document (RFC 7396 section 2); neither input is modified. */
export function applyMergePatch(target: unknown, patch: unknown): unknown {
  // An array is copied, so that the result shares nothing the caller could change; a string or a number needs no copy.
  if (!isJsonObject(patch)) return typeof patch === 'object' && patch !== null ? structuredClone(patch) : patch;
  const result: Record<string, unknown> = isJsonObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = applyMergePatch(result[key], value);
  }
  return result;
}

/** Whether two JSON values are equal: deep, by value (the order of an object's keys does not matter). */
const sameJson = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  if (isJsonObject(a) && isJsonObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => k in b && sameJson(a[k], b[k]));
  }
  return false;
};
export { sameJson as jsonEqual };

/**
 * The smallest merge patch that turns `from` into `to` (undefined when they are equal).
 * Arrays are replaced whole, as RFC 7396 requires.
 */
export function createMergePatch(from: unknown, to: unknown): JsonValue | undefined {
  if (sameJson(from, to)) return undefined;
  if (!isJsonObject(from) || !isJsonObject(to)) return structuredClone(to) as JsonValue;
  const patch: JsonObject = {};
  for (const key of Object.keys(from)) if (!(key in to) || to[key] === undefined) patch[key] = null;
  for (const [key, value] of Object.entries(to)) {
    if (value === undefined) continue;
    const child = createMergePatch(from[key], value);
    if (child !== undefined) patch[key] = child;
  }
  return patch;
}
