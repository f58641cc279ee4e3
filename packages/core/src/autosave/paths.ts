import { isJsonObject, type JsonObject } from '../merge-patch.js';
import type { ApplicationDraftContent } from '../schemas/application.js';

/**
 * The dotted paths an edit of a document of type `T` can address: objects are entered ("team.agent.email"),
 * lists are not (a list is one field, replaced whole by a merge patch).
 */
export type FieldPath<T> = T extends readonly unknown[]
  ? never
  : T extends object
    ? { [K in keyof T & string]-?: K | `${K}.${FieldPath<Exclude<T[K], undefined>>}` }[keyof T & string]
    : never;

/** The type of the value at a dotted path of `T`. */
export type FieldValue<T, P extends string> = P extends `${infer K}.${infer Rest}`
  ? K extends keyof T
    ? FieldValue<Exclude<T[K], undefined>, Rest>
    : never
  : P extends keyof T
    ? Exclude<T[P], undefined>
    : never;

/** A field of the dossier an `Autosave` edit can address: "challenge.title", "team.agent", "partners"… */
export type DraftPath = FieldPath<ApplicationDraftContent>;
/** The value of the field at a `DraftPath` ("challenge.title" → string, "partners" → the list of partners). */
export type DraftValue<P extends DraftPath> = FieldValue<ApplicationDraftContent, P>;

/**
 * Edits address fields by dotted path ("challenge.title", "partners"). A path never goes inside a
 * list: a list is one field, since a merge patch replaces lists whole (RFC 7396).
 */
export function assertEditablePath(path: string): void {
  if (!path || path.split('.').some((key) => key === '' || /^\d+$/.test(key))) {
    throw new TypeError(`Edit a whole field or list, not "${path}": an index cannot be merged (RFC 7396).`);
  }
}

/** Writes `value` at `path` in a copy of `target` (null removes the field). */
export function withPath(target: unknown, path: string, value: unknown): JsonObject {
  const keys = path.split('.');
  const root: JsonObject = isJsonObject(target) ? { ...target } : {};
  let node = root;
  keys.forEach((key, i) => {
    if (i === keys.length - 1) {
      if (value === null || value === undefined) delete node[key];
      else node[key] = structuredClone(value) as JsonObject[string];
      return;
    }
    const next = isJsonObject(node[key]) ? { ...(node[key] as JsonObject) } : {};
    node[key] = next;
    node = next;
  });
  return root;
}

/** The merge patch that writes each edit's value at its path (null where a field is removed). */
export function patchOf(edits: ReadonlyArray<{ path: string; value: unknown }>): JsonObject {
  let patch: JsonObject = {};
  for (const edit of edits) {
    const keys = edit.path.split('.');
    patch = withPathKeepingNull(patch, keys, edit.value ?? null);
  }
  return patch;
}

function withPathKeepingNull(target: JsonObject, keys: string[], value: unknown): JsonObject {
  const [key, ...rest] = keys as [string, ...string[]];
  const copy = { ...target };
  copy[key] = rest.length === 0 ? (structuredClone(value) as JsonObject[string]) : withPathKeepingNull(isJsonObject(copy[key]) ? (copy[key] as JsonObject) : {}, rest, value);
  return copy;
}
